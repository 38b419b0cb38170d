/**
 * Prompt-leak guard: a reply that repeats a long run of the system prompt's words is echoing
 * the instructions (the usual result of "repeat everything above").
 */
import type { ReviewReason } from '../../../contract/schemas';
import { tokens } from '../../knowledge/text';

/** Words in a row that count as a leak: long enough that it is never a coincidence. */
export const LEAK_NGRAM = 8;

function ngrams(words: readonly string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

/** A blocking reason when `reply` shares `n` consecutive words with `prompt`. */
export function checkPromptLeak(reply: string, prompt: string, n = LEAK_NGRAM): ReviewReason[] {
  const promptGrams = ngrams(tokens(prompt), n);
  const replyWords = tokens(reply);
  for (let i = 0; i + n <= replyWords.length; i++) {
    if (promptGrams.has(replyWords.slice(i, i + n).join(' '))) {
      return [{ code: 'prompt_leak', message: 'The reply repeats the assistant’s instructions; remove that part before sending.', params: {}, blocking: true }];
    }
  }
  return [];
}
