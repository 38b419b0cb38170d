import type { keyboardResolveEn } from './keyboard-resolve-en';

/** Brazilian Portuguese: the resolve key in the keyboard cheat sheet. */
export const keyboardResolvePt: typeof keyboardResolveEn = {
  resolve: 'Resolver a conversa (abre a próxima que precisa de você)',
};
