/**
 * Follow-ups ("is it in stock?", "¿y en tamaño grande?", "ada stoknya?") name no subject: it is
 * in the customer's earlier turn. When the turn alone is not covered, the pipeline searches once
 * more with that turn's words first; the same gate then judges the whole, so an unrelated
 * question after a product question ("can you build me a spaceship?") is still not covered.
 */
import type { RetrievalResult } from '../knowledge/knowledge-search';
import type { Turn } from '../knowledge/retrieval';
import { contentTokens } from '../knowledge/text';

/** A follow-up is short; a longer turn that the knowledge does not cover is a new question. */
const MAX_FOLLOW_UP_WORDS = 6;
/** Earlier customer turns the subject may come from (a follow-up may follow a follow-up). */
const SUBJECT_TURNS = 2;

/** A second query: the subject of the earlier customer turns, then the follow-up. */
export type FollowUp = { query: string; subject: string; subjectWords: ReadonlySet<string> };

/**
 * The query for a turn the knowledge did not cover on its own, or null when it is no follow-up
 * (too long, or no earlier customer turn with words). `strip` removes small talk from a turn.
 */
export function followUpQuery(rest: string, found: RetrievalResult, history: readonly Turn[], strip: (text: string) => string): FollowUp | null {
  if (contentTokens(rest).length > MAX_FOLLOW_UP_WORDS) return null;
  const earlier = history
    .filter((t) => t.from === 'customer')
    .map((t) => strip(t.text).trim())
    .filter((text) => contentTokens(text).length > 0)
    .slice(-SUBJECT_TURNS);
  if (earlier.length === 0) return null;
  const subject = earlier.join('\n');
  // Words the turn alone already matched are its own, not the subject's.
  const own = new Set(found.hits.flatMap((h) => h.matched));
  const subjectWords = new Set(contentTokens(subject).filter((w) => !own.has(w)));
  return { query: `${subject}\n${rest}`, subject, subjectWords };
}
