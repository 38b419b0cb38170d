import type { keyboardEn } from './keyboard-en';
import type { OtherOnly } from './plural-shape';

/** Vietnamese strings of the keyboard shortcuts and "Sent · Undo". */
export const keyboardVi: OtherOnly<typeof keyboardEn> = {
  sheetTitle: 'Phím tắt',
  sheetIntro: 'Trong hộp thư, khi con trỏ không ở trong ô nhập chữ. Esc để rời ô nhập chữ.',
  open: 'Phím tắt (?)',
  groups: { move: 'Di chuyển', draft: 'Bản nháp', write: 'Viết', other: 'Khác' },
  keys: {
    next: 'Cuộc trò chuyện sau',
    previous: 'Cuộc trò chuyện trước',
    approve: 'Duyệt & gửi bản nháp',
    approveInEditor: 'Duyệt & gửi từ ô soạn',
    edit: 'Sửa bản nháp (con trỏ chuyển vào đó)',
    reject: 'Từ chối bản nháp (lý do không bắt buộc; Enter để xác nhận)',
    reply: 'Viết trong ô trả lời',
    quickReply: 'Chèn trả lời nhanh',
    send: 'Gửi từ ô trả lời',
    search: 'Tìm cuộc trò chuyện',
    undo: 'Hoàn tác lần gửi vừa rồi khi còn hiện',
    leave: 'Rời ô nhập chữ',
    help: 'Hiện danh sách này',
  },
  sent: 'Đã gửi cho {{name}}',
  sentHint: 'Sẽ gửi đi sau {{seconds}} giây.',
  undo: 'Hoàn tác',
  undone: 'Chưa gửi — nội dung đã trở lại ô soạn',
  undoFailed: 'Quá muộn để hoàn tác',
  nothingNext: 'Hiện không còn gì cần bạn xử lý.',
};
