import type { factProposalsEn } from './fact-proposals-en';
import type { OtherOnly } from './plural-shape';

/** Vietnamese strings of customer facts proposed in the background: the settings section. */
export const factProposalsVi: OtherOnly<typeof factProposalsEn> = {
  title: 'Thông tin từ cuộc trò chuyện',
  description:
    'Khi có mô hình, trợ lý đọc tin nhắn mới của khách sau khi bạn đã trả lời và cuộc trò chuyện đã lắng xuống (hoặc bạn đã giải quyết nó), rồi đề xuất thông tin cho thẻ khách hàng, như cỡ hay dị ứng. Đề xuất không bao giờ được dùng trong bản nháp cho đến khi có người duyệt trên thẻ.',
  enabled: 'Đề xuất thông tin từ cuộc trò chuyện',
  noModel: 'Cần có mô hình. Không có mô hình, nhân viên tự thêm thông tin trên thẻ khách hàng.',
  saved: 'Đã lưu.',
  failed: 'Chưa lưu được: {{message}}',
};
