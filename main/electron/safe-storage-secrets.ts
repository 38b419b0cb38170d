/**
 * Secret store backed by Electron's safeStorage (OS keychain / DPAPI / libsecret): values are
 * encrypted before they touch the disk and never go to the renderer.
 */
import { safeStorage } from 'electron';
import { join } from 'node:path';
import type { SecretStore } from '../core/platform/ports';
import { secretFile } from '../core/platform/secret-file';

/** Encrypted secrets in `<dataDir>/secrets.enc.json`; a damaged file is set aside before a write. */
export function createSafeStorageSecrets(dataDir: string, options: { onSetAside?: (copy: string) => void } = {}): SecretStore {
  const file = secretFile(join(dataDir, 'secrets.enc.json'), options);
  const requireEncryption = () => {
    if (!safeStorage.isEncryptionAvailable()) throw new Error('The system keychain is not available; secrets cannot be stored safely.');
  };
  return {
    async get(name) {
      const value = file.read()[name];
      if (value === undefined) return null;
      requireEncryption();
      return safeStorage.decryptString(Buffer.from(value, 'base64'));
    },
    async set(name, value) {
      requireEncryption();
      const sealed = safeStorage.encryptString(value).toString('base64');
      file.update((values) => ({ ...values, [name]: sealed }));
    },
    async delete(name) {
      file.update(({ [name]: _removed, ...rest }) => rest);
    },
  };
}
