import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('enforces foreign keys', () => {
    const db = open();
    expect(() =>
      db.prepare("INSERT INTO messages (conversation_id, external_id, direction, author, text, status, at) VALUES (999, 'x', 'in', 'a', 't', 'received', 0)").run(),
    ).toThrow(/FOREIGN KEY/);
  });
});
