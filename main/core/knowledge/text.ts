/**
 * Text folding and tokenising shared by indexing and querying, so both sides agree.
 */
import { STOP_WORDS } from './stop-words';

const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;
// Nukta and chandrabindu are spelled inconsistently on phones (फ़ / फ, हाँ / हां).
const DEVANAGARI_NUKTA = /\u093C/g;
const DEVANAGARI_CHANDRABINDU = /\u0901/g;
// Apostrophes inside words: "don't" and "dont" must be the same word.
const INNER_APOSTROPHE = /(\p{L})['’`´](?=\p{L})/gu;

/**
 * Lower-cases and strips diacritics from Latin letters (é→e, ñ→n, ạ→a, đ→d) while keeping
 * Devanagari vowel signs, which are combining marks but carry meaning.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(LATIN_MARKS, '$1')
    .replace(/[đĐ]/g, 'd')
    .replace(DEVANAGARI_NUKTA, '')
    .replace(DEVANAGARI_CHANDRABINDU, '\u0902')
    .normalize('NFC')
    .toLowerCase();
}

/** Words of a text, folded, in order (letters and digits of any script, plus inner marks). */
export function tokens(text: string): string[] {
  return fold(text).replace(INNER_APOSTROPHE, '$1').match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? [];
}

/** Whether a folded token carries meaning: not a stop word, not a lone letter. */
export function isContentToken(token: string): boolean {
  if (token.length < 2 && !/\p{N}/u.test(token)) return false;
  return !STOP_WORDS.has(token);
}

/** Tokens that carry meaning, each once, in order: no stop words, no single letters. */
export function contentTokens(text: string): string[] {
  return [...new Set(tokens(text).filter(isContentToken))];
}
