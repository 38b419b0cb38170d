/**
 * How large a request body each channel may send over HTTP, derived from its input schema so the
 * transport accepts what the contract accepts (a 50 MB catalog, a 5 MB test suite) and no more.
 */
import type { IncomingMessage } from 'node:http';
import { StringDecoder } from 'node:string_decoder';
import { z } from 'zod';
import { contract } from '../contract/contract';

/** Floor for every channel: small inputs (ids, a 4 000-character message) fit many times over. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** Room for keys, booleans and numbers around the strings. */
const ENVELOPE = 64 * 1024;

/**
 * JSON writes `\n`, `"` and `\` as two characters and non-ASCII as up to three UTF-8 bytes per
 * UTF-16 unit that zod counts; text files are mostly ASCII with a newline a line, so two bytes a
 * character covers real files (a body of only control characters may still be refused: 413).
 */
const BYTES_PER_CHAR = 2;

/** Characters the schema's strings may hold in all, or null when something has no bound. */
export function maxStringChars(schema: z.ZodType): number | null {
  if (schema instanceof z.ZodString) return schema.maxLength;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    return maxStringChars(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodBoolean || schema instanceof z.ZodNumber || schema instanceof z.ZodEnum || schema instanceof z.ZodLiteral) {
    return 0;
  }
  if (schema instanceof z.ZodObject) {
    let total = 0;
    for (const field of Object.values(schema.shape as Record<string, z.ZodType>)) {
      const chars = maxStringChars(field);
      if (chars === null) return null;
      total += chars;
    }
    return total;
  }
  return null;
}

/** The body limit in bytes for one channel name as it came in the URL (unknown names: the floor). */
export function bodyLimitFor(channel: string): number {
  if (!Object.hasOwn(contract, channel)) return DEFAULT_BODY_LIMIT;
  const chars = maxStringChars(contract[channel as keyof typeof contract].input as z.ZodType);
  return chars === null ? DEFAULT_BODY_LIMIT : Math.max(DEFAULT_BODY_LIMIT, chars * BYTES_PER_CHAR + ENVELOPE);
}

/** A body read in full, one larger than allowed, or one its sender gave up on halfway. */
export type BodyRead = { kind: 'text'; text: string } | { kind: 'too_large' } | { kind: 'aborted' };

/**
 * Reads a request body as text, chunk by chunk, up to `limit` bytes. A larger body is not
 * kept: the rest is read and dropped, so the caller's 413 reaches the client instead of a
 * connection reset (closing the socket mid-upload resets it).
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve({ kind: 'too_large' });
  }
  return new Promise((resolve) => {
    const decoder = new StringDecoder('utf8');
    const parts: string[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        parts.length = 0;
        req.resume();
        resolve({ kind: 'too_large' });
        return;
      }
      parts.push(decoder.write(chunk));
    };
    req.on('data', onData);
    req.on('end', () => resolve({ kind: 'text', text: parts.join('') + decoder.end() }));
    // A closed tab mid-upload is not a server error: nothing to answer, nothing to log.
    req.on('error', () => resolve({ kind: 'aborted' }));
    req.on('close', () => {
      if (!req.complete) resolve({ kind: 'aborted' });
    });
  });
}
