/**
 * Rules as data: each concern keeps its patterns in a table by language, written the way
 * people type (accents and all) and folded here with the project's `fold()`, so "dónde" in a
 * pattern matches "donde", "DÓNDE" and "dònde" alike.
 */
import type { Language } from '../../../contract/schemas';
import { fold } from '../../knowledge/text';
import type { TextView } from './text-view';

/** A table key: one of the six customer languages, or `xx` for patterns in other languages. */
export type RuleLang = Language | 'xx';

/** Patterns of one concern, by the language they are written in. */
export type PatternTable = Partial<Record<RuleLang, readonly RegExp[]>>;

/** A compiled pattern with the language it belongs to. */
export type CompiledRule = { lang: RuleLang; re: RegExp };

/** Where a rule matched, in the folded text, and in which language. */
export type RuleHit = { lang: RuleLang; start: number; end: number };

// `\b` in JavaScript only knows ASCII letters; customers write in Devanagari and with accents.
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
const BOUNDARY = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;
// Folding lower-cases the source: \S, \W, \D, \B would flip meaning and \p{L} would break.
const UNFOLDABLE = /\\[A-Z]|\\p\{/;

/** Folds a pattern's source and makes `\b` Unicode-aware. Throws on escapes folding would break. */
export function compilePattern(re: RegExp): RegExp {
  if (UNFOLDABLE.test(re.source)) throw new Error(`triage pattern uses an upper-case escape: ${re.source}`);
  const source = spacesMatchLineBreaks(fold(re.source)).replace(/\\b/g, BOUNDARY);
  const flags = [...new Set(`${re.flags.replace(/[gy]/g, '')}u`)].join('');
  return new RegExp(source, flags);
}

/** A space in a pattern (outside a character class) also matches the view's line breaks. */
function spacesMatchLineBreaks(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ']') {
      inClass = false;
      out += ch;
    } else out += ch === ' ' && !inClass ? '\\s' : ch;
  }
  return out;
}

/** Compiles a table once, keeping each pattern's language. */
export function compileTable(table: PatternTable): CompiledRule[] {
  return (Object.entries(table) as Array<[RuleLang, readonly RegExp[]]>).flatMap(([lang, patterns]) =>
    patterns.map((re) => ({ lang, re: compilePattern(re) })),
  );
}

/** The first rule that matches the view, or null. */
export function firstHit(view: TextView, rules: readonly CompiledRule[]): RuleHit | null {
  for (const rule of rules) {
    const match = rule.re.exec(view.text);
    if (match) return { lang: rule.lang, start: match.index, end: match.index + match[0].length };
  }
  return null;
}

/** Whether any rule matches the view. */
export function anyHit(view: TextView, rules: readonly CompiledRule[]): boolean {
  return rules.some((rule) => rule.re.test(view.text));
}
