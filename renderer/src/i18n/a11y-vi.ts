import type { a11yEn } from './a11y-en';
import type { OtherOnly } from './plural-shape';

/** Vietnamese strings for accessibility and display: the skip link, the theme switch. */
export const a11yVi: OtherOnly<typeof a11yEn> = {
  skipToMain: 'Chuyển đến nội dung chính',
  theme: 'Giao diện',
  themeChoice: {
    auto: 'Theo hệ thống',
    light: 'Sáng',
    dark: 'Tối',
  },
  changeOperatorHint: 'đổi',
  dismissNotice: 'Đóng thông báo',
};
