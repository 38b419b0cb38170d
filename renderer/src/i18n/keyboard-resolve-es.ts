import type { keyboardResolveEn } from './keyboard-resolve-en';

/** Spanish: the resolve key in the keyboard cheat sheet. */
export const keyboardResolveEs: typeof keyboardResolveEn = {
  resolve: 'Resolver la conversación (se abre la siguiente que te necesita)',
};
