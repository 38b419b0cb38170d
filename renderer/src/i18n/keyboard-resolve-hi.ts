import type { keyboardResolveEn } from './keyboard-resolve-en';

/** Hindi: the resolve key in the keyboard cheat sheet. */
export const keyboardResolveHi: typeof keyboardResolveEn = {
  resolve: 'बातचीत को सुलझा हुआ चिह्नित करें (अगली बातचीत जिसे आपकी ज़रूरत है, खुलेगी)',
};
