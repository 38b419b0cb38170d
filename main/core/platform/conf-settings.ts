/**
 * Settings under plain Node: `conf` (the library electron-store is built on).
 */
import Conf from 'conf';
import { Settings } from '../../contract/schemas';
import type { SettingsStore } from './ports';

/** Defaults for a fresh install (no UI language: the renderer detects one until the owner picks). */
export const DEFAULT_SETTINGS: Settings = { operatorName: 'Owner' };

/** Minimal shape shared by `conf` and `electron-store`, so both back one implementation. */
export interface KeyValueBackend {
  get store(): Record<string, unknown>;
  set(values: Record<string, unknown>): void;
}

/**
 * Settings over any conf-like backend; values are validated on the way in and out. The file is
 * read once and then kept: this store is its only writer (one core per data folder), and every
 * draft reads the settings (`conf` re-reads and re-parses the file on each `store` access).
 */
export function settingsOver(backend: KeyValueBackend): SettingsStore {
  let current: Settings | null = null;
  const read = (): Settings => {
    if (current === null) {
      const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...backend.store });
      current = parsed.success ? parsed.data : DEFAULT_SETTINGS;
    }
    return { ...current };
  };
  return {
    get: read,
    update(patch) {
      const next = Settings.parse({ ...read(), ...patch });
      backend.set(next);
      current = next;
      return { ...next };
    },
  };
}

/** A `conf`-backed settings store in the data folder (`settings.json`). */
export function createConfSettings(dataDir: string): SettingsStore {
  const conf = new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'settings', projectName: 'counterpart', configFileMode: 0o600 });
  return settingsOver(conf);
}

/** In-memory settings for tests. */
export function memorySettings(initial: Partial<Settings> = {}): SettingsStore {
  let store: Record<string, unknown> = { ...DEFAULT_SETTINGS, ...initial };
  return settingsOver({
    get store() {
      return store;
    },
    set(values) {
      store = { ...store, ...values };
    },
  });
}
