/**
 * Headless secret store: a JSON file readable only by the user (mode 0600) in the data folder.
 * Electron uses safeStorage instead; this is the plain-Node fallback the issue allows.
 */
import { join } from 'node:path';
import type { SecretStore } from '../core/platform/ports';
import { secretFile } from '../core/platform/secret-file';

/**
 * Secrets in `<dataDir>/secrets.json`, written atomically with mode 0600. A damaged file makes
 * `get` throw and is set aside before the next write (`onSetAside` hears where).
 */
export function createFileSecretStore(dataDir: string, options: { onSetAside?: (copy: string) => void } = {}): SecretStore {
  const file = secretFile(join(dataDir, 'secrets.json'), options);
  return {
    async get(name) {
      return file.read()[name] ?? null;
    },
    async set(name, value) {
      file.update((values) => ({ ...values, [name]: value }));
    },
    async delete(name) {
      file.update(({ [name]: _removed, ...rest }) => rest);
    },
  };
}
