import type { keyboardResolveEn } from './keyboard-resolve-en';
import type { OtherOnly } from './plural-shape';

/** Vietnamese: the resolve key in the keyboard cheat sheet. */
export const keyboardResolveVi: OtherOnly<typeof keyboardResolveEn> = {
  resolve: 'Đánh dấu đã xong cuộc trò chuyện (mở cuộc tiếp theo cần bạn)',
};
