/**
 * One streamed chat completion with structured output. Asks for `json_schema`, steps down to
 * `json_object` and then plain text when the server answers 400 to the format, reports the
 * partial `reply` as it streams, and turns every failure into a `ModelFault` — except the
 * caller's own abort, which rejects with `DraftCancelled`.
 */
import type { OpenAI } from 'openai';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { DraftCancelled } from '../drafter';
import { JSON_SCHEMA_FORMAT } from './draft-schema';
import { ModelFault, rejectsResponseFormat, toFault } from './faults';
import { loadedOpenAiSdk } from './openai-sdk';
import { partialReply } from './partial-json';
import type { ChatMessage } from './prompt';

/** How the answer's JSON is requested, from strictest to plainest. */
export type OutputMode = 'json_schema' | 'json_object' | 'text';
const MODES: readonly OutputMode[] = ['json_schema', 'json_object', 'text'];

/** An answer longer than this is runaway output, not a WhatsApp reply. */
const MAX_ANSWER_CHARS = 12_000;

/** Tokens one call used, as the server reported them. */
export type Usage = { promptTokens: number; completionTokens: number };
/** The raw answer, its usage, and the format the server accepted. */
export type CompletionResult = { text: string; usage: Usage | null; mode: OutputMode };

/** One completion to stream. */
export type CompletionRequest = {
  client: OpenAI;
  model: string;
  messages: readonly ChatMessage[];
  /** No chunk for this long ends the stream as a timeout (the SDK's timeout stops at the headers). */
  idleMs: number;
  /** Called with the partial reply text whenever it grows. */
  onReply?: (text: string) => void;
  /** The caller's cancel: aborts the request (and any retry the SDK is waiting to make). */
  signal?: AbortSignal;
};

function responseFormat(mode: OutputMode): ChatCompletionCreateParamsStreaming['response_format'] {
  if (mode === 'json_schema') return JSON_SCHEMA_FORMAT as unknown as ChatCompletionCreateParamsStreaming['response_format'];
  if (mode === 'json_object') return { type: 'json_object' };
  return undefined;
}

/** Streams one completion in `mode`. */
async function streamOnce(request: CompletionRequest, mode: OutputMode): Promise<CompletionResult> {
  const cancelled = () => request.signal?.aborted === true;
  if (cancelled()) throw new DraftCancelled();
  // One controller for both reasons to stop: the idle timer and the caller's cancel.
  const controller = new AbortController();
  const onCancel = () => controller.abort();
  request.signal?.addEventListener('abort', onCancel, { once: true });
  let timedOut = false;
  let idle: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, request.idleMs);
  };
  let text = '';
  let usage: Usage | null = null;
  let finish: string | null = null;
  let lastReply = '';
  let streaming = false;
  try {
    arm();
    const stream = await request.client.chat.completions.create(
      {
        model: request.model,
        messages: [...request.messages],
        stream: true,
        stream_options: { include_usage: true },
        ...(mode === 'text' ? {} : { response_format: responseFormat(mode) }),
      },
      { signal: controller.signal },
    );
    streaming = true;
    for await (const chunk of stream) {
      arm();
      if (chunk.usage) usage = { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
      const choice = chunk.choices[0];
      if (!choice) continue;
      if (choice.delta?.refusal) throw new ModelFault('refused', 'The model declined to answer.');
      if (choice.delta?.content) {
        text += choice.delta.content;
        if (text.length > MAX_ANSWER_CHARS) throw new ModelFault('truncated', 'The model kept writing far past a WhatsApp reply; stopped it.');
        const reply = partialReply(text);
        if (reply !== null && reply !== lastReply) {
          lastReply = reply;
          request.onReply?.(reply);
        }
      }
      if (choice.finish_reason) finish = choice.finish_reason;
    }
  } catch (error) {
    if (cancelled()) throw new DraftCancelled();
    if (timedOut) throw stalled(request.idleMs, usage);
    if (error instanceof ModelFault) throw error;
    // Before the stream opened, the SDK's error says what happened (status, retries spent).
    const sdk = loadedOpenAiSdk();
    if (!streaming || (sdk !== null && error instanceof sdk.APIError && error.status !== undefined)) throw error;
    // Once streaming, a broken body surfaces as a connection error or a bare fetch "terminated".
    throw new ModelFault('truncated', 'The connection to the model broke before its answer was complete.', usage);
  } finally {
    clearTimeout(idle);
    request.signal?.removeEventListener('abort', onCancel);
  }
  // The SDK ends iteration quietly when the stream is aborted, so a cancel or a stall shows only here.
  if (cancelled()) throw new DraftCancelled();
  if (timedOut) throw stalled(request.idleMs, usage);
  if (finish === null) throw new ModelFault('truncated', 'The model’s answer stopped before it was complete.', usage);
  if (finish === 'length') throw new ModelFault('truncated', 'The model’s answer was cut off at its length limit.', usage);
  if (finish === 'content_filter') throw new ModelFault('refused', 'The model server filtered the answer.', usage);
  return { text, usage, mode };
}

function stalled(idleMs: number, usage: Usage | null): ModelFault {
  const seconds = Math.round(idleMs / 1000);
  return new ModelFault('timeout', `The model stopped answering for ${seconds} seconds.`, usage, { seconds });
}

/**
 * Streams a completion starting at `mode`, stepping down when the server rejects the format.
 * Throws `ModelFault` (or `DraftCancelled`); the caller remembers the returned mode for the next draft.
 */
export async function complete(request: CompletionRequest, mode: OutputMode, timeoutMs: number): Promise<CompletionResult> {
  for (let i = MODES.indexOf(mode); i < MODES.length; i++) {
    try {
      return await streamOnce(request, MODES[i]!);
    } catch (error) {
      if (error instanceof DraftCancelled) throw error;
      if (i < MODES.length - 1 && rejectsResponseFormat(error)) continue;
      throw toFault(error, { timeoutMs, model: request.model });
    }
  }
  throw new ModelFault('bad_request', 'The model server rejected every answer format.');
}
