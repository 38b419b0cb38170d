/**
 * Everything before the model call that needs no network: the customer's language, the relevant
 * knowledge and the prompt. Shared by the drafter and `measurePromptSize`.
 */
import { LANGUAGES, type Language } from '../../../contract/schemas';
import type { KnowledgeRepo } from '../../knowledge/knowledge-repo';
import type { Hit, Retriever } from '../../knowledge/retrieval';
import type { DraftInput } from '../drafter';
import { detectLanguage } from '../guards/language';
import { knowledgePack, type KnowledgeItem } from './knowledge-pack';
import { buildPrompt, type BuiltPrompt } from './prompt';

/** Candidates retrieval returns before the knowledge pack keeps the relevant few. */
export const SEARCH_LIMIT = 12;

/**
 * The customer's language: triage's detector when it reports one, else a clear reading of the
 * message itself, else the conversation's language.
 */
export function customerLanguage(input: Pick<DraftInput, 'message' | 'language'>, triaged: unknown): Language {
  const reported = (triaged as { language?: unknown } | null)?.language;
  if (typeof reported === 'string' && (LANGUAGES as readonly string[]).includes(reported)) return reported as Language;
  return detectLanguage(input.message) ?? input.language;
}

/** The knowledge found and the prompt built from it. */
export type PreparedPrompt = { items: KnowledgeItem[]; prompt: BuiltPrompt | null };

/**
 * Builds the prompt from `found` (hits already retrieved, e.g. fused with embeddings) or from a
 * lexical search; `prompt` is null when nothing relevant was found.
 */
export function prepareModelPrompt(
  deps: { knowledge: KnowledgeRepo; retriever: Retriever },
  input: Pick<DraftInput, 'message' | 'customerName' | 'history'>,
  language: Language,
  found?: readonly Hit[],
): PreparedPrompt {
  const hits = found ?? deps.retriever.search(input.message, { history: input.history, limit: SEARCH_LIMIT });
  const items = knowledgePack(hits, deps.knowledge);
  if (items.length === 0) return { items, prompt: null };
  const prompt = buildPrompt({
    profile: deps.knowledge.profile(),
    language,
    customerName: input.customerName,
    message: input.message,
    history: input.history,
    items,
  });
  return { items: prompt.items, prompt };
}
