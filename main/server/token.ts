/**
 * The headless shell's access token: random, per start, written to the data folder (0600).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** File name of the token in the data folder. */
export const TOKEN_FILE = 'serve-token';

/** A new random token (256 bits). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Stores the running shell's token for other local tools (and the owner) to read. */
export function writeToken(dataDir: string, token: string): void {
  const file = join(dataDir, TOKEN_FILE);
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}

/** Makes a new token and stores it. */
export function issueToken(dataDir: string): string {
  const token = newToken();
  writeToken(dataDir, token);
  return token;
}

/** Constant-time comparison so the token cannot be guessed byte by byte. */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
