import type { keyboardResolveEn } from './keyboard-resolve-en';
import type { OtherOnly } from './plural-shape';

/** Indonesian: the resolve key in the keyboard cheat sheet. */
export const keyboardResolveId: OtherOnly<typeof keyboardResolveEn> = {
  resolve: 'Tandai percakapan selesai (percakapan berikutnya yang membutuhkan Anda terbuka)',
};
