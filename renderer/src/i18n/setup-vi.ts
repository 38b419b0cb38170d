import type { OtherOnly } from './plural-shape';
import type { setupEn } from './setup-en';

/** Vietnamese strings for the first-run setup wizard. */
export const setupVi: OtherOnly<typeof setupEn> = {
  title: 'Thiết lập cửa hàng',
  description: 'Vài bước, khoảng mười phút. Bạn có thể rời đi bất cứ lúc nào rồi quay lại tiếp; bước nào cũng bỏ qua được và làm sau ở màn hình riêng của nó.',
  nav: 'Hoàn tất thiết lập',
  navHint: 'Tiếp tục từ chỗ bạn dừng',
  leave: 'Tạm rời thiết lập',
  continue: 'Tiếp tục',
  skip: 'Để sau',
  back: 'Quay lại',
  finish: 'Hoàn tất và mở hộp thư',
  skipFinish: 'Bỏ qua và mở hộp thư',
  done: 'Xong',
  skipped: 'Đã bỏ qua',
  runAgain: 'Chạy lại thiết lập',
  runAgainHelp: 'Đi lại các bước thiết lập (những gì bạn đã làm không bị hoàn tác).',
  steps: {
    profile: { label: 'Cửa hàng', title: 'Cửa hàng và ngôn ngữ', help: 'Tên, giờ mở cửa và các ngôn ngữ khách hay dùng để nhắn. Câu trả lời sẽ dùng những thông tin này.' },
    knowledge: {
      label: 'Kiến thức',
      title: 'Trợ lý biết những gì',
      help: 'Sản phẩm của bạn và câu trả lời cho các câu hỏi thường gặp. Nhập tệp của bạn, hoặc bắt đầu từ cửa hàng mẫu để xem cách hoạt động (hồ sơ cửa hàng sẽ bị thay bằng hồ sơ mẫu).',
      demo: 'Bắt đầu từ cửa hàng mẫu',
      import: 'Nhập thư mục hoặc bảng tính (CSV)',
      have: 'Trợ lý biết {{products}} sản phẩm và {{faqs}} câu trả lời.',
    },
    staff: {
      label: 'Mọi người',
      title: 'Bạn, và những ai cùng trực',
      help: 'Bạn là chủ cửa hàng. Mã PIN giúp nhân viên không đổi được cài đặt của chủ trên máy tính dùng chung.',
      ownerName: 'Tên của bạn',
      ownerPin: 'Mã PIN của bạn (không bắt buộc, 4 đến 8 chữ số)',
      ownerPinSet: 'Đã đặt mã PIN. Nhập mã mới để đổi.',
      saveOwner: 'Lưu',
      ownerSaved: 'Đã lưu.',
    },
    model: { label: 'Mô hình', title: 'Ai soạn bản nháp', help: 'Giữ “Không dùng mô hình” để soạn nháp nguyên văn từ kiến thức của bạn, hoặc kết nối máy chủ mô hình hay khóa API ngay bây giờ.' },
    whatsapp: {
      label: 'WhatsApp',
      title: 'Liên kết WhatsApp của cửa hàng',
      help: 'Quét mã QR hoặc nhập mã trên điện thoại của cửa hàng. Bạn có thể bỏ qua bước này và luyện tập trước.',
      linked: 'Đã liên kết WhatsApp.',
    },
    practice: {
      label: 'Dùng thử',
      title: 'Một cuộc chat luyện tập',
      help: 'Hãy viết như thể bạn là khách. Trợ lý soạn câu trả lời từ kiến thức của bạn; không gì được gửi nếu bạn chưa duyệt. Cuộc chat này không bao giờ rời khỏi Counterpart.',
      customer: 'Khách luyện tập',
      question: 'Tin nhắn của khách',
      suggestion: 'Shop mở cửa mấy giờ vậy?',
      send: 'Gửi trong vai khách',
      waiting: 'Đang soạn câu trả lời…',
      sent: 'Câu trả lời đầu tiên đã được gửi. Mọi cuộc trò chuyện đều như vậy: trợ lý soạn, bạn quyết định.',
    },
  },
};
