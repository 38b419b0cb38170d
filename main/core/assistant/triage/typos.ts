/**
 * Typo tolerance for the few words triage turns on. Customers type fast ("hunan agent",
 * "consmuer complaint", "someody"); a word one edit away from a key word (two for long words),
 * with the same first letter, is read as that key word. Four-letter words count only with two
 * letters swapped ("tlak"): any other edit turns too many ordinary words into key words.
 */
import { rewriteWords, type TextView } from './text-view';

/** Key words, folded. Only words whose misspelling would hide a handoff or an attack. */
export const KEY_WORDS: readonly string[] = [
  // asking for a person
  'agent', 'agents', 'human', 'person', 'someone', 'somebody', 'operator', 'representative', 'assistant',
  'speak', 'speaking', 'talk', 'talking', 'contact', 'contacting', 'chatting', 'supervisor', 'manager',
  'persona', 'humano', 'asesor', 'atendente', 'pessoa', 'alguien', 'alguem',
  // complaints
  'complaint', 'complaints', 'complain', 'reclamation', 'consumer', 'customer', 'claim', 'lodge', 'lodging',
  'filing', 'unacceptable', 'terrible', 'horrible', 'disgusting', 'ridiculous', 'useless', 'pathetic',
  'queja', 'reclamo', 'reclamacion', 'reclamacao', 'inaceptable', 'inaceitavel', 'komplain', 'keluhan',
  // refunds
  'refund', 'refunds', 'refunded', 'reimburse', 'reimbursement', 'compensation', 'compensations', 'money',
  'reembolso', 'reembolsar', 'estorno', 'devolucion', 'devolucao', 'dinheiro', 'dinero',
  // legal
  'lawsuit', 'attorney', 'abogado', 'advogado', 'pengacara',
  // order status
  // (not inflected verbs: "arrives" read as "arrived" would turn a question into a statement)
  'package', 'parcel', 'pedido', 'paquete', 'pesanan',
  // opting out
  'unsubscribe', 'messaging', 'messages', 'texting', 'contacting',
  // injection
  'ignore', 'disregard', 'instructions', 'previous', 'directives', 'password', 'passcode', 'passphrase',
  'secret', 'confidential', 'developer', 'override', 'system', 'prompt',
];

const KEYS = new Set(KEY_WORDS);
const BY_FIRST = new Map<string, string[]>();
for (const word of KEY_WORDS) BY_FIRST.set(word[0]!, [...(BY_FIRST.get(word[0]!) ?? []), word]);

/** Optimal string alignment distance (Levenshtein plus swapped neighbours), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i]!;
    const prev = rows[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[a.length]![b.length]!;
}

/** Whether `a` is `b` with two neighbouring letters swapped ("tlak" for "talk"). */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** The key word a folded word is a likely typo of, or the word itself. */
export function correctWord(word: string): string {
  if (word.length < 4 || KEYS.has(word) || !/^[a-z]+$/.test(word)) return word;
  // Four-letter words only by a swap: any other edit turns too many words into key words.
  if (word.length === 4) return KEY_WORDS.find((key) => isSwap(word, key)) ?? word;
  let best = word;
  let bestDistance = Infinity;
  for (const key of BY_FIRST.get(word[0]!) ?? []) {
    const allowed = key.length >= 8 ? 2 : 1;
    const distance = editDistance(word, key, allowed);
    if (distance <= allowed && distance < bestDistance) {
      best = key;
      bestDistance = distance;
    }
  }
  return best;
}

/** The view with likely typos of key words corrected (the same view when nothing changed). */
export function correctTypos(view: TextView): TextView {
  return rewriteWords(view, correctWord);
}
