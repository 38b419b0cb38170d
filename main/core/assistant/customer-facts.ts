/**
 * Approved facts about the customer being answered, as drafting uses them: cited like knowledge
 * (`fact:<id>`). The model sees them as knowledge lines marked as being about this customer; the
 * offline composer mentions one only when it shares a content word with the question ("what
 * size do I take?" and the fact "size M"), never as an answer of its own. The facts come from the
 * pipeline's `facts` port, read by the draft's own conversation, so no other customer's fact can
 * reach a prompt or a draft.
 */
import type { SourceRef } from '../../contract/schemas';
import { contentTokens } from '../knowledge/text';
import type { KnowledgeItem } from './model/knowledge-pack';

/** An approved fact (id and words). */
export type DraftFact = { id: number; text: string };

/** At most this many facts go into one prompt, newest kept. */
export const MAX_PROMPT_FACTS = 8;
const FACT_CHARS = 160;

/** A fact's source id. */
export const factSourceId = (fact: DraftFact) => `fact:${fact.id}`;

/** The card's view of a cited fact. */
export function factSource(fact: DraftFact): SourceRef {
  return { id: factSourceId(fact), kind: 'fact', title: fact.text, snippet: fact.text, policy: false, score: 1 };
}

/** `[fact:12] (about this customer) size M` — a knowledge line the model may cite. */
export function factItems(facts: readonly DraftFact[]): KnowledgeItem[] {
  return facts.slice(-MAX_PROMPT_FACTS).map((fact) => ({
    id: factSourceId(fact),
    line: `[${factSourceId(fact)}] (about this customer, told to the shop before) ${fact.text.replace(/\s+/g, ' ').slice(0, FACT_CHARS)}`,
    ref: factSource(fact),
  }));
}

/** Two folded words name the same thing: equal, or one a 4+ letter stem of the other ("size"/"sizes"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/** The facts that share a content word with the question, in their order. */
export function relevantFacts(facts: readonly DraftFact[], question: string): DraftFact[] {
  const asked = contentTokens(question);
  if (asked.length === 0) return [];
  return facts.filter((fact) => contentTokens(fact.text).some((w) => asked.some((q) => sameWord(w, q))));
}
