/**
 * Text folding and tokenising shared by indexing and querying, so both sides agree.
 */
import { STOP_WORDS } from './stop-words';

const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;

/**
 * Lower-cases and strips diacritics from Latin letters (é→e, ñ→n, ạ→a, đ→d) while keeping
 * Devanagari vowel signs, which are combining marks but carry meaning.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(LATIN_MARKS, '$1')
    .replace(/[đĐ]/g, 'd')
    .normalize('NFC')
    .toLowerCase();
}

/** Words of a text, folded, in order (letters and digits of any script, plus inner marks). */
export function tokens(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? [];
}

/** Tokens that carry meaning: no stop words, no single letters. */
export function contentTokens(text: string): string[] {
  const seen = new Set<string>();
  for (const token of tokens(text)) {
    if (token.length < 2 && !/\p{N}/u.test(token)) continue;
    if (STOP_WORDS.has(token)) continue;
    seen.add(token);
  }
  return [...seen];
}

/** A light, language-neutral stem: drops a plural `-es`/`-s` from longer Latin words. */
export function stem(token: string): string {
  if (token.length > 4 && token.endsWith('es')) return token.slice(0, -2);
  if (token.length > 3 && token.endsWith('s')) return token.slice(0, -1);
  return token;
}
