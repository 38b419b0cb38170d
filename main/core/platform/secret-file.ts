/**
 * The JSON file both secret stores keep their entries in (`secrets.json` headless,
 * `secrets.enc.json` in Electron): written whole through a 0600 temp file and a rename.
 *
 * A file that exists but cannot be read is an error, never an empty store: reading it as empty
 * made a damaged file look like "no WhatsApp keys", and the next write replaced it for good.
 * A write over such a file first sets it aside (`<file>.unreadable-<time>`, 0600), so whatever
 * it still holds can be recovered by hand.
 */
import { chmodSync, copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/** The secrets file exists but is not a readable JSON object of strings. */
export class SecretStoreUnreadableError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`The secrets file ${file} cannot be read (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
    this.name = 'SecretStoreUnreadableError';
  }
}

/** What a secret store does with its file. */
export type SecretFile = {
  /** The entries; `{}` when there is no file; throws `SecretStoreUnreadableError` when it is damaged. */
  read(): Record<string, string>;
  /** Applies `change` to the entries and writes them; a damaged file is set aside first. */
  update(change: (values: Record<string, string>) => Record<string, string>): void;
};

/** Opens `file`; `onSetAside` hears where a damaged file was copied to. */
export function secretFile(file: string, options: { now?: () => number; onSetAside?: (copy: string) => void } = {}): SecretFile {
  const now = options.now ?? Date.now;
  const read = (): Record<string, string> => {
    if (!existsSync(file)) return {};
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new SecretStoreUnreadableError(file, error);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value) || Object.values(value).some((v) => typeof v !== 'string')) {
      throw new SecretStoreUnreadableError(file, new Error('not an object of strings'));
    }
    return value as Record<string, string>;
  };
  const setAside = () => {
    let copy = `${file}.unreadable-${now()}`;
    for (let n = 2; existsSync(copy); n++) copy = `${file}.unreadable-${now()}-${n}`;
    copyFileSync(file, copy);
    chmodSync(copy, 0o600);
    options.onSetAside?.(copy);
  };
  return {
    read,
    update(change) {
      let values: Record<string, string>;
      try {
        values = read();
      } catch (error) {
        if (!(error instanceof SecretStoreUnreadableError)) throw error;
        setAside();
        values = {};
      }
      const tmp = `${file}.tmp`;
      writeFileSync(tmp, JSON.stringify(change(values)), { mode: 0o600 });
      chmodSync(tmp, 0o600);
      renameSync(tmp, file);
    },
  };
}
