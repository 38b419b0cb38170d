/**
 * Secret store backed by Electron's safeStorage (OS keychain / DPAPI / libsecret): values are
 * encrypted before they touch the disk and never go to the renderer.
 */
import { safeStorage } from 'electron';
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretStore } from '../core/platform/ports';

/** Encrypted secrets in `<dataDir>/secrets.enc.json`. */
export function createSafeStorageSecrets(dataDir: string): SecretStore {
  const file = join(dataDir, 'secrets.enc.json');
  const read = (): Record<string, string> =>
    existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  const write = (values: Record<string, string>) => {
    writeFileSync(`${file}.tmp`, JSON.stringify(values), { mode: 0o600 });
    chmodSync(`${file}.tmp`, 0o600);
    renameSync(`${file}.tmp`, file);
  };
  const requireEncryption = () => {
    if (!safeStorage.isEncryptionAvailable()) throw new Error('The system keychain is not available; secrets cannot be stored safely.');
  };
  return {
    async get(name) {
      const value = read()[name];
      if (value === undefined) return null;
      requireEncryption();
      return safeStorage.decryptString(Buffer.from(value, 'base64'));
    },
    async set(name, value) {
      requireEncryption();
      write({ ...read(), [name]: safeStorage.encryptString(value).toString('base64') });
    },
    async delete(name) {
      const values = read();
      delete values[name];
      write(values);
    },
  };
}
