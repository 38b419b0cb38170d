/**
 * What can go wrong with a model call, as a kind (for logs and tests) and a plain sentence (for
 * the review card). Server messages are never logged: they may echo customer text.
 */
import type { MODEL_FAULT_KINDS } from '../../../contract/reason-schemas';
import { loadedOpenAiSdk } from './openai-sdk';

/** The kinds of model failure the drafter tells apart (each has a sentence on the review card). */
export type FaultKind = (typeof MODEL_FAULT_KINDS)[number];

/**
 * A model call that produced nothing usable. `usage` is what it still cost, when known; `params`
 * are the figures the card's translated sentence for `kind` shows (seconds, HTTP status).
 */
export class ModelFault extends Error {
  constructor(
    readonly kind: FaultKind,
    message: string,
    readonly usage: { promptTokens: number; completionTokens: number } | null = null,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'ModelFault';
  }
}

/** Turns whatever the SDK or the stream threw into a `ModelFault` with a sentence a person reads. */
export function toFault(error: unknown, context: { timeoutMs: number; model: string }): ModelFault {
  if (error instanceof ModelFault) return error;
  const seconds = Math.round(context.timeoutMs / 1000);
  // The SDK's errors exist only once it is loaded (lazily, by the first model call).
  const sdk = loadedOpenAiSdk();
  if (!sdk) return error instanceof SyntaxError ? new ModelFault('truncated', 'The model server sent a malformed stream.') : new ModelFault('unreachable', 'The model call failed unexpectedly.');
  const { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } = sdk;
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError) {
    return new ModelFault('timeout', `The model did not answer within ${seconds} seconds.`, null, { seconds });
  }
  if (error instanceof APIConnectionError) return new ModelFault('unreachable', 'Could not reach the model server; is it running?');
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    if (status === 429) return new ModelFault('rate_limited', 'The model server is rate-limiting requests (429); try again in a minute.');
    if (status === 401 || status === 403) return new ModelFault('auth', 'The model server refused the API key.');
    if (status === 404) return new ModelFault('bad_request', `The model server does not know the model "${context.model}".`);
    if (status >= 500) return new ModelFault('server_error', `The model server failed (${status}).`, null, { status });
    if (status === 0) return new ModelFault('truncated', 'The model server sent an error in the middle of its answer.');
    return new ModelFault('bad_request', `The model server rejected the request (${status}).`);
  }
  if (error instanceof SyntaxError) return new ModelFault('truncated', 'The model server sent a malformed stream.');
  return new ModelFault('unreachable', 'The model call failed unexpectedly.');
}

/**
 * Whether a 400 says the server does not support the `response_format` asked for: the cue to try
 * a plainer one (json_schema → json_object → text).
 */
export function rejectsResponseFormat(error: unknown): boolean {
  const sdk = loadedOpenAiSdk();
  if (!sdk || !(error instanceof sdk.APIError) || error.status !== 400) return false;
  const detail = `${error.message} ${JSON.stringify(error.error ?? '')}`;
  return /response_format|json_schema|json_object|structured output|schema/i.test(detail);
}
