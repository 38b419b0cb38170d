/**
 * Everything before the model call that needs no network: the customer's language, the relevant
 * knowledge and the prompt. Shared by the drafter and `measurePromptSize`.
 */
import { LANGUAGES, type Language } from '../../../contract/schemas';
import type { KnowledgeRepo } from '../../knowledge/knowledge-repo';
import type { Hit, Retriever } from '../../knowledge/retrieval';
import type { DraftInput } from '../drafter';
import { detectLanguage } from '../guards/language';
import { DEFAULT_STOCK_DISPLAY, type StockDisplay } from '../stock-display';
import { factItems, type DraftFact } from '../customer-facts';
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

/** Builds the prompt from a lexical search of the message (`measurePromptSize`). */
export function prepareModelPrompt(
  deps: { knowledge: KnowledgeRepo; retriever: Retriever },
  input: Pick<DraftInput, 'message' | 'customerName' | 'history'>,
  language: Language,
): PreparedPrompt {
  const hits = deps.retriever.search(input.message, { history: input.history, limit: SEARCH_LIMIT });
  return promptFromHits(deps.knowledge, input, language, hits);
}

/** Builds the prompt from hits already found (the pipeline's one search); `prompt` is null when none is relevant. */
export function promptFromHits(
  knowledge: KnowledgeRepo,
  input: Pick<DraftInput, 'message' | 'customerName' | 'history'>,
  language: Language,
  hits: readonly Hit[],
  stock: StockDisplay = DEFAULT_STOCK_DISPLAY,
  facts: readonly DraftFact[] = [],
): PreparedPrompt {
  const found = knowledgePack(hits, knowledge, stock);
  // Facts about the customer help answer a question the knowledge covers; alone they answer nothing.
  if (found.length === 0) return { items: found, prompt: null };
  const items = [...found, ...factItems(facts)];
  const prompt = buildPrompt({
    profile: knowledge.profile(),
    language,
    customerName: input.customerName,
    message: input.message,
    history: input.history,
    items,
  });
  return { items: prompt.items, prompt };
}
