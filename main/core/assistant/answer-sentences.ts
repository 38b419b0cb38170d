/**
 * Which sentences of an FAQ answer answer the question: the ones sharing most of the question's
 * content words (folded and stemmed as retrieval analyses them), quoted word for word. When no
 * sentence stands out — none matches, or all match alike — the whole entry is quoted, so a
 * policy is never cut to a part that changes its meaning by omission of the part asked about.
 */
import { analyseField, queryGroups } from '../knowledge/search/analyze';
import { tokens } from '../knowledge/text';
import { findAmounts } from './guards/amounts';

/**
 * Words that ask for an amount ("how much", "cuánto", "berapa"), folded, per language: a sentence
 * stating an amount answers them even when it shares no other word ("How much is shipping?").
 */
const AMOUNT_WORDS: Record<string, string> = {
  en: 'much price cost costs fee charge',
  es: 'cuanto cuesta cuestan precio costo vale',
  pt: 'quanto custa custam preco custo valor',
  id: 'berapa harga biaya ongkir',
  vi: 'bao nhieu gia phi',
  hi: 'kitna kitne kimat keemat daam',
};
const AMOUNT_ASKS = new Set(Object.values(AMOUNT_WORDS).flatMap((list) => list.split(' ')));

/** Short abbreviations ("Av.", "Dr.", "St.") end with a period but do not end a sentence. */
const ABBREVIATION = /(?:^|\s)\p{Lu}\p{Ll}?\.$/u;

/** An answer's sentences, each with its own end punctuation, as written. */
export function answerSentences(answer: string): string[] {
  const pieces = answer.split(/(?<=[.!?。।])\s+(?=[\p{Lu}\p{N}¿¡"“])/u);
  const merged: string[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last !== undefined && ABBREVIATION.test(last)) merged[merged.length - 1] = `${last} ${piece}`;
    else merged.push(piece);
  }
  return merged.map((s) => s.trim()).filter(Boolean);
}

/** How many of the question's words a sentence carries (any variant), plus one when it states an amount asked for. */
function overlap(sentence: string, groups: ReturnType<typeof queryGroups>, asksAmount: boolean): number {
  const terms = new Set(analyseField(sentence).terms);
  let n = groups.filter((g) => g.variants.some((v) => terms.has(v))).length;
  if (asksAmount && findAmounts(sentence).some((f) => f.kind === 'money')) n += 1;
  return n;
}

/**
 * The sentence(s) of `answer` that answer `question`, joined as written (in their order), or the
 * whole answer when no sentence stands out.
 */
export function answeringPart(answer: string, question: string): string {
  const sentences = answerSentences(answer);
  if (sentences.length < 2) return answer;
  const groups = queryGroups(question);
  const asksAmount = tokens(question).some((t) => AMOUNT_ASKS.has(t));
  const scores = sentences.map((s) => overlap(s, groups, asksAmount));
  const best = Math.max(...scores);
  if (best === 0) return answer;
  const chosen = sentences.filter((_, i) => scores[i] === best);
  return chosen.length === sentences.length ? answer : chosen.join(' ');
}
