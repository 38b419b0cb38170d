/**
 * Baileys auth state in SQLite (instead of useMultiFileAuthState): the creds and every Signal
 * key type live in `wa_auth`, BufferJSON-serialised and sealed with the data key. Each
 * `keys.set()` is one transaction, and the creds are saved whole on every `creds.update`, so a
 * crash never leaves half a key bundle behind.
 */
import type { AuthenticationCreds, AuthenticationState, SignalDataSet, SignalDataTypeMap } from 'baileys';
import { transaction, type Database } from '../storage/database';
import { open, seal } from './auth-crypto';

/** The few Baileys values the store needs; loaded lazily so Baileys stays off the startup path. */
export type AuthKit = {
  BufferJSON: { replacer: (key: string, value: unknown) => unknown; reviver: (key: string, value: unknown) => unknown };
  initAuthCreds: () => AuthenticationCreds;
  proto: { Message: { AppStateSyncKeyData: { fromObject(value: { [key: string]: unknown }): SignalDataTypeMap['app-state-sync-key'] } } };
};

const CREDS = 'creds';

/** Row-level access to `wa_auth`; knows nothing about Baileys. */
export class AuthRows {
  constructor(private readonly db: Database) {}

  /** Whether creds were ever saved (a link was started or completed). */
  hasCreds(): boolean {
    return this.db.prepare('SELECT 1 FROM wa_auth WHERE kind = ? AND id = ?').get(CREDS, CREDS) !== undefined;
  }

  read(kind: string, id: string): Uint8Array | null {
    const row = this.db.prepare('SELECT data FROM wa_auth WHERE kind = ? AND id = ?').get(kind, id) as { data: Uint8Array } | undefined;
    return row?.data ?? null;
  }

  /** Applies puts (data) and deletes (null) in one transaction. */
  write(changes: Array<{ kind: string; id: string; data: Uint8Array | null }>): void {
    const put = this.db.prepare('INSERT INTO wa_auth (kind, id, data) VALUES (?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET data = excluded.data');
    const remove = this.db.prepare('DELETE FROM wa_auth WHERE kind = ? AND id = ?');
    transaction(this.db, () => {
      for (const change of changes) {
        if (change.data) put.run(change.kind, change.id, change.data);
        else remove.run(change.kind, change.id);
      }
    });
  }

  count(kind?: string): number {
    const row = (kind === undefined
      ? this.db.prepare('SELECT COUNT(*) AS n FROM wa_auth').get()
      : this.db.prepare('SELECT COUNT(*) AS n FROM wa_auth WHERE kind = ?').get(kind)) as { n: number };
    return row.n;
  }

  /** Deletes every key but keeps the creds (Baileys' `keys.clear`). */
  clearKeys(): void {
    this.db.prepare('DELETE FROM wa_auth WHERE kind <> ?').run(CREDS);
  }

  /** Deletes the creds and every key: the device is unlinked. */
  wipe(): void {
    this.db.prepare('DELETE FROM wa_auth').run();
  }
}

/** The auth state Baileys uses, and how to persist its creds. */
export type SqliteAuthState = {
  state: AuthenticationState;
  /** Writes the creds whole; call on every `creds.update`. */
  saveCreds(): void;
};

/** Opens (or starts) the auth state sealed under `key`. Throws if the stored rows do not open. */
export function createSqliteAuthState(args: { rows: AuthRows; key: Buffer; kit: AuthKit }): SqliteAuthState {
  const { rows, key, kit } = args;
  const address = (kind: string, id: string) => `wa_auth:${kind}:${id}`;
  const encode = (kind: string, id: string, value: unknown) =>
    seal(key, JSON.stringify(value, kit.BufferJSON.replacer), address(kind, id));
  const decode = (kind: string, id: string, data: Uint8Array): unknown => JSON.parse(open(key, data, address(kind, id)), kit.BufferJSON.reviver);

  const stored = rows.read(CREDS, CREDS);
  const creds = stored ? (decode(CREDS, CREDS, stored) as AuthenticationCreds) : kit.initAuthCreds();
  const saveCreds = () => rows.write([{ kind: CREDS, id: CREDS, data: encode(CREDS, CREDS, creds) }]);
  if (!stored) saveCreds();

  return {
    state: {
      creds,
      keys: {
        get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]) {
          const found: { [id: string]: SignalDataTypeMap[T] } = {};
          for (const id of ids) {
            const data = rows.read(type, id);
            if (!data) continue;
            let value = decode(type, id, data);
            if (type === 'app-state-sync-key' && value) {
              value = kit.proto.Message.AppStateSyncKeyData.fromObject(value as { [key: string]: unknown });
            }
            found[id] = value as SignalDataTypeMap[T];
          }
          return found;
        },
        set(data: SignalDataSet) {
          // Serialise everything first: a value that fails to encode aborts the whole set.
          const changes: Array<{ kind: string; id: string; data: Uint8Array | null }> = [];
          for (const [kind, values] of Object.entries(data)) {
            for (const [id, value] of Object.entries(values ?? {})) {
              changes.push({ kind, id, data: value === null || value === undefined ? null : encode(kind, id, value) });
            }
          }
          rows.write(changes);
        },
        clear() {
          rows.clearKeys();
        },
      },
    },
    saveCreds,
  };
}
