/**
 * Headless secret store: a JSON file readable only by the user (mode 0600) in the data folder.
 * Electron uses safeStorage instead; this is the plain-Node fallback the issue allows.
 */
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretStore } from '../core/platform/ports';

/** Secrets in `<dataDir>/secrets.json`, written atomically with mode 0600. */
export function createFileSecretStore(dataDir: string): SecretStore {
  const file = join(dataDir, 'secrets.json');
  const read = (): Record<string, string> =>
    existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  const write = (values: Record<string, string>) => {
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, JSON.stringify(values), { mode: 0o600 });
    chmodSync(tmp, 0o600);
    renameSync(tmp, file);
  };
  return {
    async get(name) {
      return read()[name] ?? null;
    },
    async set(name, value) {
      write({ ...read(), [name]: value });
    },
    async delete(name) {
      const values = read();
      delete values[name];
      write(values);
    },
  };
}
