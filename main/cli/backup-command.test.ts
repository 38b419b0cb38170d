import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import type { Product } from '../contract/schemas';
import { listBackups } from '../core/backup/backup-files';
import { createConfSettings } from '../core/platform/conf-settings';
import { MIGRATIONS } from '../core/storage/migrations';
import { createTestCore } from '../testing/test-core';
import { runBackup, runRestore, type BackupIo } from './backup-command';

const product = (sku: string, price: string): Product => ({
  sku,
  name: `Plant ${sku}`,
  description: '',
  price,
  currency: 'MXN',
  stock: null,
  options: {},
  tags: [],
  active: true,
});

describe('counterpart backup / restore', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-backup-'));
    dirs.push(dir);
    return dir;
  };
  let time = Date.UTC(2026, 11, 7, 14, 0, 0);
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    const value: BackupIo = { out: (l) => out.push(l), err: (l) => err.push(l), now: () => (time += 1000) };
    return { value, out, err };
  };
  /** The products of the data folder, through a real core (which migrates and reads as the app does). */
  const products = (dataDir: string) => {
    const t = createTestCore({ dataDir });
    try {
      return t.core.knowledge.allProducts().map((p) => `${p.sku} ${p.price}`);
    } finally {
      t.close();
    }
  };
  /** A shop with one product, its core closed. */
  const shop = () => {
    const dataDir = tempDir();
    const t = createTestCore({ dataDir });
    t.core.knowledge.upsertProduct(product('A', '100.00'));
    t.close();
    return dataDir;
  };
  const backupOf = async (dataDir: string) => {
    const run = io();
    expect(await runBackup(['--data-dir', dataDir], run.value)).toBe(0);
    return listBackups(join(dataDir, 'backups')).at(-1)!.file;
  };

  it('restores a real backup: write, back up (app running), change, restore, reopen → the backed-up data', async () => {
    const dataDir = tempDir();
    const t = createTestCore({ dataDir });
    t.core.knowledge.upsertProduct(product('A', '100.00'));

    // Online: the core holds the folder and its writer connection while the command copies.
    const backup = io();
    expect(await runBackup(['--data-dir', dataDir], backup.value)).toBe(0);
    expect(backup.out).toHaveLength(1);
    expect(backup.out[0]).toMatch(/^Backed up .*counterpart\.db to .*backups\/counterpart-20261207-\d{6}\.db \(\d+ KB\)\.$/);
    const file = listBackups(join(dataDir, 'backups'))[0]!.file;

    t.core.knowledge.upsertProduct(product('A', '150.00'));
    t.core.knowledge.upsertProduct(product('B', '20.00'));
    t.close();

    const restore = io();
    expect(await runRestore([file, '--data-dir', dataDir], restore.value)).toBe(0);
    expect(restore.err).toEqual([]);
    expect(restore.out).toHaveLength(1);
    expect(restore.out[0]).toMatch(new RegExp(`^Restored ${file} \\(schema ${MIGRATIONS.at(-1)!.version}\\) into ${dataDir}; the replaced database is kept as .*backups/replaced-\\d{8}-\\d{6}\\.db\\.$`));
    expect(products(dataDir)).toEqual(['A 100.00']);

    // The replaced database is whole on its own (its WAL folded in) and private.
    const replaced = restore.out[0]!.match(/kept as (.*)\.$/)![1]!;
    const old = new DatabaseSync(replaced, { readOnly: true });
    expect(old.prepare('SELECT sku, price FROM products ORDER BY sku').all().map((r) => `${r.sku} ${r.price}`)).toEqual(['A 150.00', 'B 20.00']);
    old.close();
    expect(statSync(replaced).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'counterpart.db')).mode & 0o777).toBe(0o600);
    expect(readdirSync(dataDir).filter((n) => n.includes('restoring'))).toEqual([]);
  });

  it('a WAL left by a crash is folded into the kept database, never replayed into the restored one', async () => {
    const source = shop();
    const file = await backupOf(source);
    // A crash's leftovers: commits still only in the WAL. Copied while a writer holds them there.
    const writer = new DatabaseSync(join(source, 'counterpart.db'));
    writer.exec('PRAGMA wal_autocheckpoint = 0');
    writer.prepare("INSERT INTO products (sku, name, price, currency, updated_at) VALUES ('W', 'Only in the WAL', '1.00', 'MXN', 1)").run();
    const crashed = tempDir();
    for (const suffix of ['', '-wal']) copyFileSync(join(source, `counterpart.db${suffix}`), join(crashed, `counterpart.db${suffix}`));
    writer.close();
    expect(statSync(join(crashed, 'counterpart.db-wal')).size).toBeGreaterThan(0);

    const run = io();
    expect(await runRestore([file, '--data-dir', crashed], run.value)).toBe(0);
    expect(readdirSync(crashed).filter((n) => n.startsWith('counterpart.db-'))).toEqual([]);
    expect(products(crashed)).toEqual(['A 100.00']);
    const replaced = run.out[0]!.match(/kept as (.*)\.$/)![1]!;
    const old = new DatabaseSync(replaced, { readOnly: true });
    expect(old.prepare('SELECT sku FROM products ORDER BY sku').all().map((r) => r.sku)).toEqual(['A', 'W']);
    old.close();
  });

  it('refuses to restore while the app runs on the folder, and changes nothing', async () => {
    const dataDir = shop();
    const file = await backupOf(dataDir);
    const t = createTestCore({ dataDir });
    t.core.knowledge.upsertProduct(product('B', '20.00'));
    const run = io();
    expect(await runRestore([file, '--data-dir', dataDir], run.value)).toBe(1);
    expect(run.out).toEqual([]);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/^Not restored: Counterpart is already running on .*\(counterpart test core, pid \d+.*\); quit it first\.$/);
    t.close();
    expect(products(dataDir)).toEqual(['A 100.00', 'B 20.00']);
    expect(readdirSync(join(dataDir, 'backups')).filter((n) => n.startsWith('replaced-'))).toEqual([]);
  });

  it('refuses damaged files, other databases and newer schemas before touching the current database', async () => {
    const dataDir = shop();
    const good = await backupOf(dataDir);
    const elsewhere = tempDir();

    const truncated = join(elsewhere, 'truncated.db');
    const bytes = readFileSync(good);
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));

    const garbage = join(elsewhere, 'garbage.db');
    writeFileSync(garbage, Buffer.alloc(8192, 0x5a));

    const other = join(elsewhere, 'other.db');
    const o = new DatabaseSync(other);
    o.exec('CREATE TABLE notes (text TEXT); PRAGMA user_version = 3');
    o.close();

    const newer = join(elsewhere, 'newer.db');
    writeFileSync(newer, readFileSync(good));
    const n = new DatabaseSync(newer);
    n.exec(`PRAGMA user_version = ${MIGRATIONS.at(-1)!.version + 1}`);
    n.close();

    const cases: Array<[string, RegExp]> = [
      [truncated, /damaged|not a usable database|malformed/],
      [garbage, /not a usable database|cannot be opened/],
      [other, /is not a Counterpart database \(no profile, products/],
      [newer, /comes from a newer Counterpart/],
      [join(elsewhere, 'missing.db'), /does not exist/],
    ];
    for (const [file, why] of cases) {
      const run = io();
      expect(await runRestore([file, '--data-dir', dataDir], run.value), file).toBe(1);
      expect(run.err).toHaveLength(1);
      expect(run.err[0]).toMatch(/^Not restored: /);
      expect(run.err[0]).toMatch(why);
    }
    expect(products(dataDir)).toEqual(['A 100.00']);
    expect(readdirSync(join(dataDir, 'backups')).filter((name) => !name.startsWith('counterpart-'))).toEqual([]);
  });

  it('restores into a new data folder (a new computer)', async () => {
    const file = await backupOf(shop());
    const fresh = join(tempDir(), 'new-home');
    const run = io();
    expect(await runRestore([file, '--data-dir', fresh], run.value)).toBe(0);
    expect(run.out[0]).toMatch(/^Restored .* into .*new-home\.$/);
    expect(statSync(fresh).mode & 0o777).toBe(0o700);
    expect(products(fresh)).toEqual(['A 100.00']);
  });

  it('prunes the data folder backups to the kept count, never a folder of your own', async () => {
    const dataDir = shop();
    createConfSettings(dataDir).update({ backupsKept: 2 });
    for (let i = 0; i < 4; i++) await backupOf(dataDir);
    expect(listBackups(join(dataDir, 'backups'))).toHaveLength(2);
    expect(statSync(join(dataDir, 'backups')).mode & 0o777).toBe(0o700);

    // A folder of your own (a USB drive's root) keeps its mode; the files are still private.
    const mine = tempDir();
    chmodSync(mine, 0o755);
    for (let i = 0; i < 4; i++) expect(await runBackup([mine, '--data-dir', dataDir], io().value)).toBe(0);
    expect(listBackups(mine)).toHaveLength(4);
    expect(statSync(mine).mode & 0o777).toBe(0o755);
    expect(listBackups(mine).map((b) => statSync(b.file).mode & 0o777)).toEqual([0o600, 0o600, 0o600, 0o600]);
  });

  it('says so when the folder has no database, and creates none', async () => {
    const dataDir = tempDir();
    const run = io();
    expect(await runBackup(['--data-dir', dataDir], run.value)).toBe(1);
    expect(run.err).toEqual([`No Counterpart database in ${dataDir}.`]);
    expect(existsSync(join(dataDir, 'counterpart.db'))).toBe(false);
    expect(await runRestore(['--data-dir', dataDir], io().value)).toBe(2);
  });
});
