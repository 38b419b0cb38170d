/**
 * PIN hashing: scrypt with a salt of its own per person, compared in constant time. A PIN is a
 * few digits, so the hash alone would not hold against someone with the database; the per-person
 * rate limit (`staff-service.ts`) is what protects it at the desk.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 32;

function derive(pin: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, KEY_LENGTH, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** A stored PIN: hex hash and hex salt. */
export type PinHash = { hash: string; salt: string };

/** Hashes a PIN with a fresh random salt. */
export async function hashPin(pin: string): Promise<PinHash> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt);
  return { hash: key.toString('hex'), salt: salt.toString('hex') };
}

/** Whether `pin` matches the stored hash (constant-time comparison). */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'hex');
  const key = await derive(pin, Buffer.from(stored.salt, 'hex'));
  return expected.length === key.length && timingSafeEqual(expected, key);
}
