import type { OtherOnly } from './plural-shape';
import type { updateEn } from './update-en';

/** Vietnamese strings for updates (the navbar notice). */
export const updateVi: OtherOnly<typeof updateEn> = {
  downloading: 'Đang tải phiên bản {{version}}…',
  ready: 'Phiên bản {{version}} đã sẵn sàng',
  notes: 'Có gì mới',
  restart: 'Khởi động lại để cập nhật',
  heldSending: 'Một câu trả lời đang được gửi. Hãy khởi động lại khi nó đã gửi xong.',
  managed: 'Bản cập nhật đến qua trình quản lý gói của bạn.',
  beta: 'kênh beta',
  support: {
    title: 'Cập nhật và hỗ trợ',
    channel: 'Kênh cập nhật',
    channels: { stable: 'Ổn định (khuyên dùng)', beta: 'Beta (tính năng mới trước)' },
    channelHelp: 'Bản beta có thể còn vài chỗ chưa hoàn thiện. Khi quay lại kênh ổn định, bạn sẽ chờ bản ổn định tiếp theo.',
    copy: 'Sao chép thông tin chẩn đoán',
    copied: 'Đã sao chép thông tin chẩn đoán. Hãy dán vào yêu cầu hỗ trợ của bạn.',
    copyFailed: 'Không sao chép tự động được; hãy chọn đoạn văn bản bên dưới và sao chép.',
    diagnosticsHelp: 'Phiên bản, thư mục dữ liệu, tình trạng cơ sở dữ liệu, liên kết WhatsApp và trạng thái mô hình. Không bao giờ có khóa của bạn hay tin nhắn của khách.',
  },
};
