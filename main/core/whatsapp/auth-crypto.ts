/**
 * Encryption at rest for the WhatsApp auth state: a random 256-bit data key, kept only in the
 * core's SecretStore (safeStorage in Electron, a 0600 file headless), seals each row with
 * AES-256-GCM. The row's address is bound in as associated data so rows cannot be swapped.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretStore } from '../platform/ports';

/** The SecretStore entry holding the base64 data key. */
export const DATA_KEY_SECRET = 'whatsapp.authDataKey';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Reads the data key; creates and stores a new one when `create` is set and none exists. */
export async function loadDataKey(secrets: SecretStore, options: { create: boolean }): Promise<Buffer | null> {
  const stored = await secrets.get(DATA_KEY_SECRET);
  if (stored) {
    const key = Buffer.from(stored, 'base64');
    if (key.length === 32) return key;
  }
  if (!options.create) return null;
  const key = randomBytes(32);
  await secrets.set(DATA_KEY_SECRET, key.toString('base64'));
  return key;
}

/** Forgets the data key (after the auth rows are wiped), so a new link starts from a new key. */
export async function forgetDataKey(secrets: SecretStore): Promise<void> {
  await secrets.delete(DATA_KEY_SECRET);
}

/** Encrypts `plaintext`; the output is iv | tag | ciphertext. */
export function seal(key: Buffer, plaintext: string, address: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(address, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** Decrypts what `seal` produced for the same address; throws when the key or address differ. */
export function open(key: Buffer, sealed: Uint8Array, address: string): string {
  const data = Buffer.from(sealed);
  const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(address, 'utf8'));
  decipher.setAuthTag(data.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(data.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
