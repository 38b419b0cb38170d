/** Exhaustiveness check for unions in the renderer (the core's lives in main/core/platform/errors.ts). */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
