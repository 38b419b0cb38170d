import type {
  AppErrorValue,
  Channel,
  ChannelInput,
  ChannelOutput,
  ErrorCode,
  Result,
} from '../../../main/contract/contract';
import { getApi } from './get-api';

/** An error Result turned into a throwable, for TanStack Query. */
export class ApiError extends Error {
  readonly code: ErrorCode;

  constructor(error: AppErrorValue) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
  }
}

/** Calls one channel and unwraps its Result: resolves with the value or throws an `ApiError`. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const method = getApi()[channel] as unknown as (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
  const result = await method(input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/**
 * `call` for a large input: reports sent and total bytes while the shell can tell (the HTTP
 * shell can; over IPC the input is handed over at once and nothing is reported).
 */
export async function callWithUpload<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  onProgress: (sent: number, total: number) => void,
): Promise<ChannelOutput<C>> {
  const api = getApi();
  if (!api.upload) return call(channel, input);
  const result = (await api.upload(channel, input, onProgress)) as Result<ChannelOutput<C>>;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
