import type { OtherOnly } from './plural-shape';
import type { staffEn } from './staff-en';

/** Vietnamese strings for staff: the Staff panel and the header's quick switch. */
export const staffVi: OtherOnly<typeof staffEn> = {
  title: 'Nhân viên và mã PIN',
  description:
    'Những ai dùng Counterpart ở cửa hàng. Ai cũng duyệt, sửa và trả lời được; chỉ chủ cửa hàng mới đổi mô hình, xóa hoặc nhập kiến thức và quản lý nhân viên. Mỗi thao tác trong Hoạt động đều ghi tên người đang trực.',
  name: 'Tên',
  role: 'Vai trò',
  roles: { owner: 'Chủ cửa hàng', staff: 'Nhân viên' },
  pin: 'Mã PIN (không bắt buộc)',
  pinHelp: '4 đến 8 chữ số, được hỏi khi ai đó chuyển sang người này. Nên dùng cho chủ cửa hàng nếu máy tính dùng chung.',
  newPin: 'Mã PIN mới',
  pinSet: 'Đã đặt PIN',
  noPin: 'Không có PIN',
  atDesk: 'Đang trực',
  add: 'Thêm người',
  addTitle: 'Thêm một người',
  edit: 'Sửa',
  editTitle: 'Sửa {{name}}',
  clearPin: 'Bỏ mã PIN',
  keepPin: 'Để trống để giữ mã PIN hiện tại.',
  remove: 'Xóa',
  removeConfirm: 'Xóa {{name}}? Các thao tác trước đây của họ vẫn còn trong Hoạt động.',
  saved: 'Đã lưu.',
  ownerOnly: 'Chỉ chủ cửa hàng mới thêm người hoặc sửa thông tin người khác được. Bạn có thể đổi tên và mã PIN của chính mình.',
  switch: {
    button: 'Đổi người đang trực',
    title: 'Ai đang trực?',
    pinFor: 'Mã PIN của {{name}}',
    go: 'Chuyển',
    manage: 'Quản lý nhân viên',
    switched: '{{name}} đang trực.',
  },
  errors: {
    wrongPin: 'Mã PIN không đúng.',
    rateLimited: 'Nhập sai PIN quá nhiều lần. Hãy đợi vài phút rồi thử lại.',
    ownerOnly: 'Chỉ chủ cửa hàng mới làm được việc này. Hãy nhờ chủ cửa hàng chuyển vào.',
  },
};
