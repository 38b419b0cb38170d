/**
 * The literal text a regular expression cannot match without: a set of strings, one of which
 * every match contains. Triage reads a message against some 440 rules; a rule none of whose
 * literals is in the message is skipped with a few `includes` calls instead of running its regex
 * (with Unicode word-edge lookarounds at every position). Conservative by construction: whatever
 * this reader does not understand gives no literals (null), and the rule always runs.
 */

/** Strings one of which every match contains, or null when nothing is known to be required. */
export type Required = readonly string[] | null;

type Element = { literal: string | null; required: Required; optional: boolean };

/** The literals `source` requires; null for case-insensitive patterns or anything unusual. */
export function requiredLiterals(source: string, flags: string): Required {
  if (flags.includes('i')) return null;
  try {
    const reader = new Reader(source);
    const required = reader.alternation();
    return reader.done() ? required : null;
  } catch {
    return null;
  }
}

/** How selective a requirement is: its shortest string (longer strings are rarer in text). */
function strength(required: Required): number {
  return required ? Math.min(...required.map((s) => s.length)) : 0;
}

class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at === this.source.length;
  }

  /** `a|b|c`: one of the alternatives' requirements, so their union (null if any has none). */
  alternation(): Required {
    const options: Required[] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    if (options.some((o) => o === null)) return null;
    return [...new Set(options.flatMap((o) => o!))];
  }

  /** A run of elements: adjacent single literals join into a string; the most selective part wins. */
  private sequence(): Required {
    const candidates: Array<readonly string[]> = [];
    let run = '';
    const flush = () => {
      if (run) candidates.push([run]);
      run = '';
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const element = this.quantified();
      if (element.literal !== null && !element.optional) {
        run += element.literal;
        continue;
      }
      flush();
      if (element.required && !element.optional) candidates.push(element.required);
    }
    flush();
    let best: Required = null;
    for (const c of candidates) if (strength(c) > strength(best)) best = c;
    return best;
  }

  /** An element and its quantifier: optional when it may occur zero times; repeated literals stop a run. */
  private quantified(): Element {
    const element = this.element();
    const ch = this.source[this.at];
    let min: number;
    let repeats: boolean;
    if (ch === '*' || ch === '+' || ch === '?') {
      min = ch === '+' ? 1 : 0;
      repeats = ch !== '?';
      this.at++;
    } else if (ch === '{' && /^\{\d+(,\d*)?\}/.test(this.source.slice(this.at))) {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at))!;
      min = Number(match[1]);
      repeats = match[2] !== undefined || min !== 1;
      this.at += match[0].length;
    } else return element;
    if (this.source[this.at] === '?') this.at++;
    if (min === 0) return { literal: null, required: null, optional: true };
    // "a+" still needs "a", but may not be followed directly by the next literal of a run.
    return { literal: repeats ? null : element.literal, required: element.literal !== null ? [element.literal] : element.required, optional: false };
  }

  private element(): Element {
    const ch = this.source[this.at]!;
    if (ch === '(') return this.group();
    if (ch === '[') return this.characterClass();
    if (ch === '\\') return this.escape();
    this.at++;
    if (ch === '.' || ch === '^' || ch === '$') return { literal: null, required: null, optional: false };
    if ('*+?{}'.includes(ch)) throw new Error(`unexpected ${ch}`);
    // A surrogate pair is one character in a `u` pattern.
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && this.at < this.source.length) return { literal: ch + this.source[this.at++], required: null, optional: false };
    return { literal: ch, required: null, optional: false };
  }

  private group(): Element {
    this.at++;
    let lookaround = false;
    if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (/^\?<?[=!]/.test(this.source.slice(this.at))) {
      lookaround = true;
      this.at += this.source[this.at + 1] === '<' ? 3 : 2;
    } else if (this.source[this.at] === '?') throw new Error('unknown group');
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new Error('unclosed group');
    this.at++;
    // A lookaround matches no text of its own.
    return { literal: null, required: lookaround ? null : inner, optional: false };
  }

  private characterClass(): Element {
    this.at++;
    while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
    if (this.source[this.at] !== ']') throw new Error('unclosed class');
    this.at++;
    return { literal: null, required: null, optional: false };
  }

  private escape(): Element {
    const next = this.source[this.at + 1];
    if (next === undefined) throw new Error('trailing backslash');
    this.at += 2;
    const none = { literal: null, required: null, optional: false };
    if (next === 'p' || next === 'P') {
      const close = this.source.indexOf('}', this.at);
      if (close === -1) throw new Error('bad property escape');
      this.at = close + 1;
      return none;
    }
    if (next === 'u' || next === 'x' || next === 'c' || next === 'k' || /\d/.test(next)) throw new Error('escape not read');
    if (/[a-zA-Z]/.test(next)) {
      const controls: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
      return controls[next] !== undefined ? { literal: controls[next]!, required: null, optional: false } : none;
    }
    return { literal: next, required: null, optional: false };
  }
}

/**
 * Which of many literals occur in a text, in one pass over it (Aho–Corasick over UTF-16 code
 * units): a table's rules are checked against the text with one scan, whatever their number.
 */
export class LiteralMatcher {
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  private readonly output: number[][] = [[]];

  /** `literals[i]` is reported as `i`. */
  constructor(literals: readonly string[]) {
    literals.forEach((literal, id) => {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        let to = this.next[state]!.get(code);
        if (to === undefined) {
          to = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.output.push([]);
          this.next[state]!.set(code, to);
        }
        state = to;
      }
      this.output[state]!.push(id);
    });
    // Breadth first: each state's fail link is the longest proper suffix that is also a prefix.
    const queue = [...this.next[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, to] of this.next[state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !this.next[f]!.has(code)) f = this.fail[f]!;
        const target = this.next[f]!.get(code);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        this.output[to]!.push(...this.output[this.fail[to]!]!);
        queue.push(to);
      }
    }
  }

  /** The ids of the literals that occur in `text`, each once. */
  scan(text: string): number[] {
    const found: number[] = [];
    const seen = new Set<number>();
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let to = this.next[state]!.get(code);
      while (to === undefined && state !== 0) {
        state = this.fail[state]!;
        to = this.next[state]!.get(code);
      }
      state = to ?? 0;
      for (const id of this.output[state]!) {
        if (seen.has(id)) continue;
        seen.add(id);
        found.push(id);
      }
    }
    return found;
  }
}
