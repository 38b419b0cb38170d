import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { currentVersion, openDatabase } from '../storage/database';
import { MIGRATIONS } from '../storage/migrations';
import { createTestCore } from '../../testing/test-core';
import { listBackups } from './backup-files';

const LATEST = MIGRATIONS.at(-1)!.version;

/** A data folder whose database an older build left: every migration but the newest, one product. */
function olderShop(dataDir: string): void {
  const db = new DatabaseSync(join(dataDir, 'counterpart.db'));
  for (const migration of MIGRATIONS.slice(0, -1)) {
    db.exec(migration.sql);
    db.exec(`PRAGMA user_version = ${migration.version}`);
  }
  db.prepare("INSERT INTO products (sku, name, price, currency, updated_at) VALUES ('A', 'Monstera', '100.00', 'MXN', 1)").run();
  db.close();
}

describe('backup before a migration', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-premig-'));
    dirs.push(dir);
    return dir;
  };

  it('copies an existing database at its old schema before upgrading it, and audits the copy', () => {
    const dataDir = tempDir();
    olderShop(dataDir);
    const t = createTestCore({ dataDir });
    try {
      expect(currentVersion(t.core.db)).toBe(LATEST);
      const [copy, ...more] = listBackups(join(dataDir, 'backups'));
      expect(more).toEqual([]);
      expect(copy!.name).toMatch(new RegExp(`^counterpart-\\d{8}-\\d{6}-before-v${LATEST}\\.db$`));
      const old = new DatabaseSync(copy!.file, { readOnly: true });
      expect(old.prepare('PRAGMA user_version').get()).toEqual({ user_version: LATEST - 1 });
      expect(old.prepare('SELECT name FROM products').all()).toEqual([{ name: 'Monstera' }]);
      old.close();
      expect(t.core.audit.list(10)).toContainEqual(
        expect.objectContaining({ action: 'backup.created', subject: copy!.name, detail: expect.objectContaining({ reason: 'migration', from: LATEST - 1, to: LATEST }) }),
      );
    } finally {
      t.close();
    }
  });

  it('takes no copy of a new database or of one already up to date', () => {
    const dataDir = tempDir();
    createTestCore({ dataDir }).close();
    createTestCore({ dataDir }).close();
    expect(readdirSync(dataDir)).not.toContain('backups');
  });

  it('migrates nothing when the copy cannot be taken', () => {
    const dir = tempDir();
    const file = join(dir, 'old.db');
    const seed = new DatabaseSync(file);
    seed.exec(MIGRATIONS[0]!.sql);
    seed.exec('PRAGMA user_version = 1');
    seed.close();
    expect(() =>
      openDatabase(file, {
        beforeMigrate: () => {
          throw new Error('disk full');
        },
      }),
    ).toThrow('disk full');
    const after = new DatabaseSync(file, { readOnly: true });
    expect(after.prepare('PRAGMA user_version').get()).toEqual({ user_version: 1 });
    after.close();
  });
});
