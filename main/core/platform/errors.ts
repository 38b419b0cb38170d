/**
 * Errors the core raises on purpose; the dispatcher turns them into `{ok:false}` values.
 */
import type { ErrorCode } from '../../contract/contract';

/** An expected failure with a code the shells understand. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Exhaustiveness check for discriminated unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
