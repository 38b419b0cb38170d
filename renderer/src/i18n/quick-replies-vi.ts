import type { OtherOnly } from './plural-shape';
import type { quickRepliesEn } from './quick-replies-en';

/** Vietnamese strings of quick replies: the `/` picker and the settings section. */
export const quickRepliesVi: OtherOnly<typeof quickRepliesEn> = {
  title: 'Trả lời nhanh',
  description: 'Những đoạn bạn hay gửi. Gõ / và phím tắt trong bất kỳ ô trả lời hoặc bản nháp nào để chèn, bằng ngôn ngữ của khách nếu bạn đã viết sẵn.',
  variablesHint: 'Bạn có thể dùng {name} (tên của khách — bỏ qua nếu không biết), {fullname}, {shop}, {operator}, {hours} và {location}.',
  add: 'Thêm trả lời nhanh',
  edit: 'Sửa',
  delete: 'Xóa',
  deleteConfirm: 'Xóa /{{shortcut}}?',
  empty: 'Chưa có trả lời nhanh nào.',
  titleLabel: 'Tiêu đề',
  titlePlaceholder: 'Giờ mở cửa',
  shortcutLabel: 'Phím tắt',
  shortcutDescription: 'Chữ cái, chữ số, - hoặc _; gõ sau dấu /.',
  textLabel: 'Nội dung bằng {{language}}',
  textPlaceholder: 'Chào {name}! Shop mở cửa từ thứ Hai đến thứ Bảy, 9:00–19:00.',
  languagesWritten: 'Ngôn ngữ',
  saved: 'Đã lưu trả lời nhanh',
  deleted: 'Đã xóa trả lời nhanh',
  pickerLabel: 'Trả lời nhanh',
  pickerEmpty: 'Chưa có trả lời nhanh nào. Thêm trong Trợ lý → Trả lời nhanh.',
  pickerNoMatch: 'Không có trả lời nhanh nào khớp với /{{query}}.',
  pickerHint: '↑ ↓ để chọn · Enter để chèn · Esc để đóng',
  colShortcut: 'Phím tắt',
  colTitle: 'Tiêu đề',
  colLanguages: 'Ngôn ngữ',
};
