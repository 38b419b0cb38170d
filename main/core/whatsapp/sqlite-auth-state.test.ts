import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as baileys from 'baileys';
import type { SignalDataSet } from 'baileys';
import { afterEach, describe, expect, it } from 'vitest';
import { memorySecrets } from '../../testing/test-core';
import { openDatabase, type Database } from '../storage/database';
import { DATA_KEY_SECRET, loadDataKey } from './auth-crypto';
import { AuthRows, createSqliteAuthState } from './sqlite-auth-state';

describe('the SQLite auth state', () => {
  let dir = '';
  let db: Database | undefined;
  afterEach(() => {
    db?.close();
    db = undefined;
    rmSync(dir, { recursive: true, force: true });
  });
  const openRows = () => {
    dir = mkdtempSync(join(tmpdir(), 'cp-wa-auth-'));
    db = openDatabase(join(dir, 'test.db'));
    return new AuthRows(db);
  };
  const key = randomBytes(32);

  it('creates creds once and reads the same creds back after a restart', () => {
    const rows = openRows();
    const first = createSqliteAuthState({ rows, key, kit: baileys });
    expect(rows.hasCreds()).toBe(true);
    first.state.creds.me = { id: '15550001111:3@s.whatsapp.net', lid: '99887766:3@lid' };
    first.state.creds.accountSyncCounter = 2;
    first.saveCreds();

    const second = createSqliteAuthState({ rows, key, kit: baileys });
    expect(second.state.creds.me?.id).toBe('15550001111:3@s.whatsapp.net');
    expect(second.state.creds.accountSyncCounter).toBe(2);
    expect(Buffer.isBuffer(second.state.creds.noiseKey.private)).toBe(true);
    expect(Buffer.compare(second.state.creds.noiseKey.private, first.state.creds.noiseKey.private)).toBe(0);
    expect(Buffer.compare(second.state.creds.signedPreKey.signature, first.state.creds.signedPreKey.signature)).toBe(0);
    expect(second.state.creds.advSecretKey).toBe(first.state.creds.advSecretKey);
  });

  it('round-trips every key type Baileys 7 stores, and deletes on null', async () => {
    const rows = openRows();
    const { state } = createSqliteAuthState({ rows, key, kit: baileys });
    const pair = baileys.Curve.generateKeyPair();
    const data: SignalDataSet = {
      'pre-key': { '1': pair },
      session: { '15550002222.0': randomBytes(40) },
      'sender-key': { 'group::15550002222': randomBytes(20) },
      'sender-key-memory': { 'group@g.us': { '15550002222:0@s.whatsapp.net': true } },
      'app-state-sync-key': { AAAA: { keyData: randomBytes(32), timestamp: 1700000000 } },
      'app-state-sync-version': { regular: { version: 3, hash: randomBytes(128), indexValueMap: { abc: { valueMac: randomBytes(32) } } } },
      'lid-mapping': { '15550002222': '8877665544', '8877665544_reverse': '15550002222' },
      'device-list': { '15550002222': ['0', '2'] },
      tctoken: { '8877665544@lid': { token: randomBytes(16), timestamp: '1700000000' } },
      'identity-key': { '15550002222.0': randomBytes(33) },
    };
    await state.keys.set(data);
    for (const [type, values] of Object.entries(data)) {
      if (type === 'app-state-sync-key') continue; // a proto object, checked below
      const got = await state.keys.get(type as keyof baileys.SignalDataTypeMap, Object.keys(values));
      expect(JSON.parse(JSON.stringify(got, baileys.BufferJSON.replacer))).toEqual(JSON.parse(JSON.stringify(values, baileys.BufferJSON.replacer)));
    }
    const syncKey = (await state.keys.get('app-state-sync-key', ['AAAA'])).AAAA;
    expect(syncKey).toBeInstanceOf(baileys.proto.Message.AppStateSyncKeyData);
    expect(Buffer.from(syncKey!.keyData!)).toEqual(data['app-state-sync-key']!.AAAA!.keyData);
    expect(Buffer.isBuffer((await state.keys.get('session', ['15550002222.0']))['15550002222.0'])).toBe(true);

    await state.keys.set({ 'pre-key': { '1': null }, 'lid-mapping': { '15550002222': null } });
    expect(await state.keys.get('pre-key', ['1', '2'])).toEqual({});
    expect(Object.keys(await state.keys.get('lid-mapping', ['15550002222', '8877665544_reverse']))).toEqual(['8877665544_reverse']);
  });

  it('writes each set in one transaction: a value that cannot be stored aborts the whole set', async () => {
    const rows = openRows();
    const { state } = createSqliteAuthState({ rows, key, kit: baileys });
    const before = rows.count();
    // A BigInt cannot be serialised: the lid-mapping written before it must not survive.
    const bad = { 'lid-mapping': { '1555': '999' }, tctoken: { x: { token: Buffer.alloc(1), timestamp: 1n } } } as unknown as SignalDataSet;
    await expect(async () => state.keys.set(bad)).rejects.toThrow();
    expect(rows.count()).toBe(before);
  });

  it('keeps nothing readable at rest and refuses a different key', async () => {
    const rows = openRows();
    const { state } = createSqliteAuthState({ rows, key, kit: baileys });
    await state.keys.set({ 'lid-mapping': { '15550003333': '123456789012345' } });
    const raw = db!.prepare('SELECT kind, data FROM wa_auth').all() as Array<{ kind: string; data: Uint8Array }>;
    const text = raw.map((r) => Buffer.from(r.data).toString('latin1')).join('|');
    expect(text).not.toContain('123456789012345');
    expect(text).not.toContain(state.creds.advSecretKey);
    expect(text).not.toContain(Buffer.from(state.creds.noiseKey.public).toString('base64'));
    expect(() => createSqliteAuthState({ rows, key: randomBytes(32), kit: baileys })).toThrow();
  });

  it('clears keys but keeps creds, and wipes everything on unlink', async () => {
    const rows = openRows();
    const { state } = createSqliteAuthState({ rows, key, kit: baileys });
    await state.keys.set({ session: { a: randomBytes(4) }, 'pre-key': { '7': baileys.Curve.generateKeyPair() } });
    await state.keys.clear?.();
    expect(rows.count()).toBe(1);
    expect(rows.hasCreds()).toBe(true);
    rows.wipe();
    expect(rows.count()).toBe(0);
  });

  it('keeps the data key in the secret store, created once', async () => {
    const secrets = memorySecrets();
    expect(await loadDataKey(secrets, { create: false })).toBeNull();
    const created = await loadDataKey(secrets, { create: true });
    expect(created).toHaveLength(32);
    expect(await secrets.get(DATA_KEY_SECRET)).toBe(created!.toString('base64'));
    expect(await loadDataKey(secrets, { create: true })).toEqual(created);
  });
});
