import type { AppErrorValue, ErrorCode, Result } from '../../../main/contract/contract';

/** Message for a refused (401) call: the tab has no live session, so it needs a new link. */
export const FORBIDDEN_MESSAGE =
  'Not authorised. Open the newest link printed by `counterpart serve` (each link opens Counterpart once).';

/** Message when the headless shell cannot be reached at all. */
export const UNAVAILABLE_MESSAGE = 'Cannot reach Counterpart. Is `counterpart serve` still running?';

/** Builds a failed Result. */
export function fail(code: ErrorCode, message: string): { ok: false; error: AppErrorValue } {
  return { ok: false, error: { code, message } };
}

/** The contract's error codes (a test keeps them equal; zod stays out of the bundle). */
export const ERROR_CODES: readonly string[] = [
  'bad_input',
  'not_found',
  'conflict',
  'forbidden',
  'too_large',
  'unavailable',
  'internal',
  'owner_only',
  'wrong_pin',
  'rate_limited',
];

/** True when a parsed response body has the shape of a contract `Result`. */
export function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if (body.ok === true) return 'value' in body;
  if (body.ok !== false || !('error' in body)) return false;
  const error = body.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    ERROR_CODES.includes(error.code) &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

/** Maps an HTTP status to the closest error code, for bodies that are not a Result. */
export function codeForStatus(status: number): ErrorCode {
  if (status === 413) return 'too_large';
  if (status === 400 || status === 415 || status === 422) return 'bad_input';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status === 502 || status === 503 || status === 504) return 'unavailable';
  return 'internal';
}

/**
 * Turns an HTTP answer into a Result: the server's own Result when the body is one (a 413 says
 * what the limit is), a refused token as `forbidden`, anything else by its status.
 */
export function resultOf(status: number, text: string): Result<unknown> {
  if (status === 401) return fail('forbidden', FORBIDDEN_MESSAGE);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return fail(codeForStatus(status), `Unexpected response from Counterpart (HTTP ${status}).`);
  }
  if (isResult(body)) return body;
  return fail(codeForStatus(status), `Malformed response from Counterpart (HTTP ${status}).`);
}
