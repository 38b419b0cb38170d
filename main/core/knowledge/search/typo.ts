/**
 * Typo tolerance: a message word the knowledge never uses is matched to the nearest word the
 * knowledge does use, found through a trigram index of the knowledge's vocabulary, or completed
 * when it is the start of a longer word ("fertil" → "fertilizer").
 *
 * Corrections must not turn a real word into another ("back" → "bank" would let an off-topic
 * message look answerable), and there is no dictionary to tell real words from typos. So only the
 * edits people's thumbs make are allowed: a swapped pair, a missing or extra letter, or a letter
 * replaced by its neighbour on the keyboard; and the first letter stays, as it does in nearly
 * every typo.
 */
import type { Database } from '../../storage/database';

const MIN_LENGTH = 4;
const CANDIDATES = 40;
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOURS = keyboardNeighbours();

function keyboardNeighbours(): Map<string, Set<string>> {
  const near = new Map<string, Set<string>>();
  const link = (a: string | undefined, b: string | undefined) => {
    if (!a || !b) return;
    if (!near.has(a)) near.set(a, new Set());
    if (!near.has(b)) near.set(b, new Set());
    near.get(a)!.add(b);
    near.get(b)!.add(a);
  };
  ROWS.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      link(row[c], row[c + 1]);
      const below = ROWS[r + 1];
      if (below) {
        link(row[c], below[c - 1]);
        link(row[c], below[c]);
      }
    }
  });
  return near;
}

/** Cost of typing `b` for `a`: 1 for a neighbouring key, 2 (too far for a typo) otherwise. */
function substitution(a: string, b: string): number {
  return a === b ? 0 : NEIGHBOURS.get(a)?.has(b) ? 1 : 2;
}

/**
 * Typo distance: optimal string alignment where a substitution costs 1 only between keyboard
 * neighbours; stops early once past `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + substitution(a[i - 1]!, b[j - 1]!));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many edits a word of this length may carry. */
export function allowedEdits(length: number): number {
  return length >= 9 ? 2 : 1;
}

/** Whether `candidate` keeps the word's first letter (or only swaps the first two). */
function sameStart(word: string, candidate: string): boolean {
  return word[0] === candidate[0] || (word[0] === candidate[1] && word[1] === candidate[0]);
}

/** Finds the knowledge's words a mistyped word most likely meant, nearest first. */
export class TypoCorrector {
  private readonly byTrigram;
  private readonly byPrefix;

  constructor(db: Database) {
    this.byTrigram = db.prepare(`SELECT term FROM search_terms_tri WHERE search_terms_tri MATCH ? ORDER BY rank LIMIT ${CANDIDATES}`);
    this.byPrefix = db.prepare('SELECT term FROM search_terms WHERE term > ? AND term < ? ORDER BY length(term), term LIMIT 3');
  }

  /** Up to `max` corrections or completions for `word`; empty when nothing is close. */
  correct(word: string, max = 2): string[] {
    if (word.length < MIN_LENGTH || /\p{N}/u.test(word)) return [];
    const limit = allowedEdits(word.length);
    const padded = `^${word}$`;
    const grams = new Set<string>();
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(`"${padded.slice(i, i + 3)}"`);
    const found: Array<{ term: string; distance: number }> = [];
    for (const { term } of this.byTrigram.all([...grams].join(' OR ')) as Array<{ term: string }>) {
      const candidate = term.slice(1, -1);
      if (candidate === word || !sameStart(word, candidate)) continue;
      const distance = editDistance(word, candidate, limit);
      if (distance <= limit) found.push({ term: candidate, distance });
    }
    found.sort((a, b) => a.distance - b.distance || a.term.localeCompare(b.term));
    const best = found.filter((f) => f.distance === found[0]?.distance).map((f) => f.term);
    if (best.length > 0) return best.slice(0, max);
    // A word cut short ("fertil", "monst") is completed rather than corrected.
    if (word.length < 5) return [];
    return (this.byPrefix.all(word, `${word}\uffff`) as Array<{ term: string }>).map((r) => r.term).slice(0, max);
  }
}
