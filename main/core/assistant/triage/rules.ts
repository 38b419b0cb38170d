/**
 * Rules as data: each concern keeps its patterns in a table by language, written the way
 * people type (accents and all) and folded here with the project's `fold()`, so "dónde" in a
 * pattern matches "donde", "DÓNDE" and "dònde" alike.
 */
import type { Language } from '../../../contract/schemas';
import { fold } from '../../knowledge/text';
import { LiteralMatcher, requiredLiterals, type Required } from './literals';
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

/** Patterns compiled (the counter start-up tests read: importing triage must compile none). */
let compiledPatterns = 0;

/** How many triage patterns this process has compiled so far. */
export function compiledPatternCount(): number {
  return compiledPatterns;
}

// Only these texts let `\b` stand for the Unicode word edge: an underscore is a word character
// to `\b` and not to triage.
// eslint-disable-next-line no-control-regex -- any ASCII character, control characters included
const ASCII_TEXT = /^[\x00-\x5e\x60-\x7f]*$/;

/**
 * One rule ready to run: the Unicode-aware regex, the same regex with JavaScript's own `\b` for
 * texts whose every character is ASCII (there both mean the same word edges, and V8 runs the
 * plain one many times faster), and the literals a match cannot do without.
 */
type ReadyRule = CompiledRule & { ascii: RegExp | null; needs: Required };

/**
 * A table's rules, compiled on first use: importing triage costs nothing, and the core warms
 * every table after start-up, off the request path (`warmTriageRules`).
 */
export class RuleSet {
  private ready: Compiled | null = null;
  constructor(private readonly build: () => ReadyRule[]) {}

  /** The compiled rules, in table order. */
  rules(): readonly ReadyRule[] {
    return this.compiled().rules;
  }

  /** The rules that may match `text` (a literal each needs occurs in it), with the regex to run. */
  *candidates(text: string): Generator<{ rule: ReadyRule; re: RegExp }> {
    const { rules, matcher, byLiteral, always } = this.compiled();
    const picked = new Set<number>(always);
    for (const id of matcher.scan(text)) for (const index of byLiteral[id]!) picked.add(index);
    if (picked.size === 0) return;
    const ascii = ASCII_TEXT.test(text);
    for (const index of [...picked].sort((a, b) => a - b)) {
      const rule = rules[index]!;
      yield { rule, re: ascii && rule.ascii ? rule.ascii : rule.re };
    }
  }

  private compiled(): Compiled {
    if (this.ready) return this.ready;
    const rules = this.build();
    const ids = new Map<string, number>();
    const byLiteral: number[][] = [];
    const always: number[] = [];
    rules.forEach((rule, index) => {
      if (!rule.needs) {
        always.push(index);
        return;
      }
      for (const literal of rule.needs) {
        if (!ids.has(literal)) {
          ids.set(literal, ids.size);
          byLiteral.push([]);
        }
        byLiteral[ids.get(literal)!]!.push(index);
      }
    });
    this.ready = { rules, byLiteral, always, matcher: new LiteralMatcher([...ids.keys()]) };
    return this.ready;
  }
}

/** A compiled set: its rules, which rules each literal admits, and rules with no known literal. */
type Compiled = { rules: ReadyRule[]; byLiteral: number[][]; always: number[]; matcher: LiteralMatcher };

const everySet: RuleSet[] = [];

function compileRule(lang: RuleLang, re: RegExp): ReadyRule {
  const unicode = compilePattern(re);
  compiledPatterns++;
  const ascii = unicode.flags.includes('i') ? null : new RegExp(unicode.source.split(BOUNDARY).join('\\b'), unicode.flags);
  return { lang, re: unicode, ascii, needs: requiredLiterals(unicode.source, unicode.flags) };
}

/** A table's rules, compiled lazily, keeping each pattern's language. */
export function compileTable(table: PatternTable): RuleSet {
  const set = new RuleSet(() =>
    (Object.entries(table) as Array<[RuleLang, readonly RegExp[]]>).flatMap(([lang, patterns]) => patterns.map((re) => compileRule(lang, re))),
  );
  everySet.push(set);
  return set;
}

/** Several tables read as one, in order (each still compiled once). */
export function joinRules(...sets: readonly RuleSet[]): RuleSet {
  const joined = new RuleSet(() => sets.flatMap((s) => [...s.rules()]));
  everySet.push(joined);
  return joined;
}

/**
 * One step per table imported so far: compile it and run each regex once, so V8 has compiled
 * it too. Steps, so a caller can let requests in between tables.
 */
export function triageWarmUpSteps(): Array<() => void> {
  return everySet.map((set) => () => {
    for (const rule of set.rules()) {
      rule.re.test('');
      rule.ascii?.test('');
    }
  });
}

/** Compiles every table imported so far at once; returns how many tables. */
export function warmTriageRules(): number {
  const steps = triageWarmUpSteps();
  for (const step of steps) step();
  return steps.length;
}

/** The first rule that matches the view, or null. */
export function firstHit(view: TextView, set: RuleSet): RuleHit | null {
  for (const { rule, re } of set.candidates(view.text)) {
    const match = re.exec(view.text);
    if (match) return { lang: rule.lang, start: match.index, end: match.index + match[0].length };
  }
  return null;
}

/** Whether any rule matches the view. */
export function anyHit(view: TextView, set: RuleSet): boolean {
  for (const { re } of set.candidates(view.text)) if (re.test(view.text)) return true;
  return false;
}
