/**
 * Prompt size as the bench reports it: the tokens one draft would send for a message, built
 * exactly as the drafter builds it (retrieval, knowledge pack, budget), with no network.
 */
import type { Language } from '../../../contract/schemas';
import type { KnowledgeRepo } from '../../knowledge/knowledge-repo';
import type { Retriever } from '../../knowledge/retrieval';
import { prepareModelPrompt } from './prepare';
import { PROMPT_TOKEN_BUDGET, SCHEMA_TOKENS } from './prompt';

/** What one message's prompt weighs. `tokens` is 0 when the model would not be called. */
export type PromptSize = {
  tokens: number;
  /** Of which the response schema sent in `response_format`. */
  schemaTokens: number;
  chars: number;
  knowledgeLines: number;
  budget: number;
  /** Nothing relevant was found: the drafter hands off without a model call. */
  handoff: boolean;
};

/** Measures the prompt the drafter would send for `message` (estimate: see `estimateTokens`). */
export function measurePromptSize(core: { knowledge: KnowledgeRepo; retriever: Retriever }, message: string, language: Language = 'en'): PromptSize {
  const { items, prompt } = prepareModelPrompt(core, { message, customerName: 'Customer', history: [] }, language);
  if (!prompt) return { tokens: 0, schemaTokens: 0, chars: 0, knowledgeLines: 0, budget: PROMPT_TOKEN_BUDGET, handoff: true };
  return {
    tokens: prompt.tokens,
    schemaTokens: SCHEMA_TOKENS,
    chars: prompt.messages.reduce((sum, m) => sum + m.content.length, 0),
    knowledgeLines: items.length,
    budget: PROMPT_TOKEN_BUDGET,
    handoff: false,
  };
}
