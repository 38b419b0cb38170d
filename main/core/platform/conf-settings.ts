/**
 * Settings over a conf-like store: electron-store in Electron, and under plain Node the same
 * `settings.json` read and written here (the format `conf`, which electron-store is built on,
 * reads and writes: one JSON object, tab-indented, mode 0600).
 */
import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/**
 * The settings store in the data folder (`settings.json`), as `conf` kept it. Written here rather
 * than through `conf`: loading `conf` (ajv, semver and their kin) was about a quarter of the code
 * `counterpart serve` loaded before its first answer, for one small JSON file.
 */
export function createFileSettings(dataDir: string): SettingsStore {
  return settingsOver(jsonFileBackend(join(dataDir, 'settings.json')));
}

/** The key `conf` keeps its own bookkeeping under: never a setting, kept as it is on a write. */
const CONF_INTERNAL_KEY = '__internal__';

/**
 * One JSON object in a file, read as `conf` reads it: a missing file is an empty object, a byte
 * order mark is skipped, a damaged file is an error that names the file but quotes none of it. A
 * write merges the values in and replaces the file whole (0600 temp file, synced, renamed), so a
 * crash leaves the old file or the new one, never half of one.
 */
export function jsonFileBackend(file: string): KeyValueBackend {
  const readFile = (): Record<string, unknown> => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      throw new SyntaxError(`The config file \`${file}\` is not valid JSON.`);
    }
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
  };
  return {
    get store() {
      const { [CONF_INTERNAL_KEY]: _bookkeeping, ...values } = readFile();
      return values;
    },
    set(values) {
      const data = JSON.stringify({ ...readFile(), ...values }, undefined, '\t');
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      const tmp = `${file}.tmp`;
      const fd = openSync(tmp, 'w', 0o600);
      try {
        writeSync(fd, data);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      try {
        chmodSync(tmp, 0o600);
        renameSync(tmp, file);
      } catch (error) {
        rmSync(tmp, { force: true });
        throw error;
      }
    },
  };
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
