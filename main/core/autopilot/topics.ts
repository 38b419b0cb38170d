/**
 * A draft's topics: what the autopilot earns trust on, one FAQ entry at a time, product questions
 * together, and small talk (greetings, thanks). Derived from what the draft cites, so the topic of
 * a reply is the knowledge it quotes, not a guess about the question.
 */
import type { DraftOutcome } from '../assistant/drafter';

/** Product answers share one topic; small talk another; an FAQ entry is `faq:<id>`. */
export const PRODUCTS_TOPIC = 'products';
export const GREETINGS_TOPIC = 'greetings';

/** The topics of an answer draft, lead source first; empty for a handoff or a draft citing nothing. */
export function topicsOf(outcome: Pick<DraftOutcome, 'route' | 'sources' | 'steps'>): string[] {
  if (outcome.route !== 'answer') return [];
  if (outcome.steps?.composer === 'small_talk') return [GREETINGS_TOPIC];
  const topics: string[] = [];
  for (const source of outcome.sources) {
    const topic = source.id.startsWith('product:') ? PRODUCTS_TOPIC : source.id;
    if (!topics.includes(topic)) topics.push(topic);
  }
  return topics;
}
