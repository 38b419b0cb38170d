import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { currentVersion, migrate, openDatabase, transaction, type Database } from './database';
import { MIGRATIONS } from './migrations';

describe('openDatabase', () => {
  let dir: string | undefined;
  let db: Database | undefined;
  afterEach(() => {
    db?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    db = undefined;
    dir = undefined;
  });
  const open = () => {
    dir = mkdtempSync(join(tmpdir(), 'cp-db-'));
    const opened = openDatabase(join(dir, 'test.db'));
    db = opened;
    return opened;
  };

  it('uses WAL, FULL sync and foreign keys', () => {
    const db = open();
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA synchronous').get()).toEqual({ synchronous: 2 });
    expect(db.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
  });

  it('applies every migration once and records the version', () => {
    const db = open();
    const latest = MIGRATIONS.at(-1)!.version;
    expect(currentVersion(db)).toBe(latest);
    expect(migrate(db)).toBe(latest);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['products', 'faqs', 'messages', 'drafts', 'outbox', 'audit']));
  });

  it('builds a new database beside its file and discards what a first start that died left there', () => {
    dir = mkdtempSync(join(tmpdir(), 'cp-db-'));
    const file = join(dir, 'test.db');
    // A first start killed while building: a half-built file and its WAL, never put in place.
    writeFileSync(`${file}.new`, 'half a database');
    writeFileSync(`${file}.new-wal`, 'half a log');
    db = openDatabase(file);
    expect(currentVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    expect(readdirSync(dir).filter((name) => name.includes('.new'))).toEqual([]);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA synchronous').get()).toEqual({ synchronous: 2 });
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    // Opened again, it is the same database: nothing rebuilt, nothing lost.
    db.prepare("INSERT INTO audit (at, actor, action, subject) VALUES (1, 'owner', 'x', 'y')").run();
    db.close();
    db = openDatabase(file);
    expect(db.prepare('SELECT COUNT(*) AS n FROM audit').get()).toEqual({ n: 1 });
    expect(existsSync(`${file}.new`)).toBe(false);
  });

  it('keeps migrations numbered in order without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('rolls back a failed transaction and keeps an outer one when a nested one fails', () => {
    const db = open();
    db.exec('CREATE TABLE t (v INTEGER UNIQUE)');
    expect(() =>
      transaction(db, () => {
        db.prepare('INSERT INTO t VALUES (1)').run();
        db.prepare('INSERT INTO t VALUES (1)').run();
      }),
    ).toThrow();
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 0 });

    transaction(db, () => {
      db.prepare('INSERT INTO t VALUES (2)').run();
      expect(() =>
        transaction(db, () => {
          db.prepare('INSERT INTO t VALUES (3)').run();
          throw new Error('inner fails');
        }),
      ).toThrow('inner fails');
    });
    expect(db.prepare('SELECT v FROM t ORDER BY v').all()).toEqual([{ v: 2 }]);
    expect(db.isTransaction).toBe(false);
  });

  it('upgrades a version 4 file: drafts keep their rows and references, one pending draft per message', () => {
    dir = mkdtempSync(join(tmpdir(), 'cp-db-'));
    const file = join(dir, 'old.db');
    const old = new DatabaseSync(file);
    old.exec('PRAGMA foreign_keys = ON');
    for (const m of MIGRATIONS.filter((m) => m.version <= 4)) old.exec(m.sql);
    old.exec(`PRAGMA user_version = 4;
      INSERT INTO customers (id, channel, external_id, name, language, created_at) VALUES (1, 'practice', 'c', 'Ana', 'en', 0);
      INSERT INTO conversations (id, customer_id, channel, started_by, created_at, last_message_at) VALUES (1, 1, 'practice', 'customer', 0, 0);
      INSERT INTO messages (id, conversation_id, external_id, direction, author, text, status, at) VALUES (1, 1, 'm1', 'in', 'Ana', 'hi', 'received', 0);
      INSERT INTO messages (id, conversation_id, external_id, direction, author, text, status, at) VALUES (2, 1, 's1', 'out', 'Owner', 'hello', 'sent', 1);
      INSERT INTO drafts (id, conversation_id, message_id, route, text, drafter, status, created_at) VALUES (7, 1, 1, 'answer', 'hello', 'offline', 'sent', 0);
      INSERT INTO outbox (conversation_id, draft_id, message_id, send_id, text, author, status, created_at) VALUES (1, 7, 2, 's1', 'hello', 'Owner', 'sent', 1);`);
    old.close();
    const db = openDatabase(file);
    try {
      expect(currentVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
      expect(db.prepare('SELECT id, status FROM drafts').all()).toEqual([{ id: 7, status: 'sent' }]);
      expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      expect(db.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
      const draft = db.prepare("INSERT INTO drafts (conversation_id, message_id, route, text, drafter, created_at) VALUES (1, 1, 'answer', 'again', 'offline', 2)");
      draft.run();
      expect(() => draft.run()).toThrow(/UNIQUE/);
      expect(() => db.prepare('DELETE FROM drafts WHERE id = 7').run()).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
  });

  it('enforces foreign keys', () => {
    const db = open();
    expect(() =>
      db.prepare("INSERT INTO messages (conversation_id, external_id, direction, author, text, status, at) VALUES (999, 'x', 'in', 'a', 't', 'received', 0)").run(),
    ).toThrow(/FOREIGN KEY/);
  });
});
