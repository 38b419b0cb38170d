/**
 * The message as triage's rules read it: folded with the project's `fold()` (no accents, lower
 * case), apostrophes inside words dropped ("don't" = "dont"), spaces collapsed (line breaks
 * kept). Every character remembers where it came from, so a match can be quoted from the original
 * message on the card.
 */
import { fold } from '../../knowledge/text';

/** A folded text and, per character, its index in the original message. */
export type TextView = { text: string; origin: readonly number[]; source: string };

const APOSTROPHE = /['’`´]/u;
const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** Folds `message` one character at a time so each folded character maps back to the original. */
export function foldView(message: string): TextView {
  const source = message.normalize('NFC');
  const chars = [...source];
  let text = '';
  const origin: number[] = [];
  let offset = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const at = offset;
    offset += ch.length;
    // "don't" and "dont" must read alike, as they do for retrieval.
    if (APOSTROPHE.test(ch) && LETTER.test(chars[i - 1] ?? '') && LETTER.test(chars[i + 1] ?? '')) continue;
    if (/\s/u.test(ch)) {
      // Runs of spaces become one; a run with a line break stays a line break (quoted text,
      // "system:" lines).
      const last = text.at(-1);
      if (text === '') continue;
      if (last === ' ' || last === '\n') {
        if (ch === '\n' && last === ' ') text = `${text.slice(0, -1)}\n`;
        continue;
      }
      text += ch === '\n' || ch === '\r' ? '\n' : ' ';
      origin.push(at);
      continue;
    }
    // ASCII folds to its lower case; the full fold (two normalisations) only for the rest.
    if (ch.charCodeAt(0) < 0x80) {
      text += ch.toLowerCase();
      origin.push(at);
      continue;
    }
    for (const out of fold(ch)) {
      text += out;
      origin.push(at);
    }
  }
  if (text.endsWith(' ') || text.endsWith('\n')) {
    text = text.slice(0, -1);
    origin.pop();
  }
  return { text, origin, source };
}

/** The original words behind `view.text.slice(start, end)`, trimmed to `max` characters. */
export function quote(view: TextView, start: number, end: number, max = 80): string {
  if (end <= start || start >= view.origin.length) return '';
  const from = view.origin[start]!;
  const lastChar = view.origin[Math.min(end, view.origin.length) - 1]!;
  // The last folded character may stand for a multi-unit character (an emoji, a surrogate pair).
  const to = lastChar + ([...view.source.slice(lastChar, lastChar + 2)][0]?.length ?? 1);
  const words = view.source.slice(from, to).replace(/\s+/gu, ' ').trim();
  return words.length <= max ? words : `${words.slice(0, max - 1).trimEnd()}…`;
}

/** A view whose words were replaced (e.g. typos corrected), keeping each word's origin. */
export function rewriteWords(view: TextView, rewrite: (word: string) => string): TextView {
  let text = '';
  const origin: number[] = [];
  let changed = false;
  const WORD = /[\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+/gu;
  for (const match of view.text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    const out = LETTER.test(word[0]!) ? rewrite(word) : word;
    if (out !== word) changed = true;
    for (let i = 0; i < out.length; i++) {
      text += out[i];
      // A longer replacement maps its extra characters to the word's last original character.
      origin.push(view.origin[start + Math.min(i, word.length - 1)]!);
    }
  }
  return changed ? { text, origin, source: view.source } : view;
}

/** A stretch of a view's text. */
export type Span = { start: number; end: number };

/** The sentence around a hit, up to the hit's end: where an "if" or "my" would qualify it. */
export function sentenceBefore(view: TextView, hit: Span): TextView {
  const before = view.text.slice(0, hit.start);
  const start = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1;
  return { ...view, text: view.text.slice(start, hit.end), origin: view.origin.slice(start, hit.end) };
}

/** The sentence that holds a hit, whole. */
export function sentenceOf(view: TextView, hit: Span): TextView {
  const head = sentenceBefore(view, hit);
  const rest = view.text.slice(hit.end);
  const stop = rest.search(/[.!?\n]/);
  const end = stop === -1 ? view.text.length : hit.end + stop;
  const start = hit.end - head.text.length;
  return { ...view, text: view.text.slice(start, end), origin: view.origin.slice(start, end) };
}

/** A message flattened to one line and cut to `max` characters, for quoting whole. */
export function clip(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
