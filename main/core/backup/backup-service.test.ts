import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import type { Product } from '../../contract/schemas';
import { memorySettings } from '../platform/conf-settings';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { BACKUP_INTERVAL_MS, CHECK_EVERY_MS, FIRST_CHECK_MS } from './backup-service';
import { backupDatabase, listBackups } from './backup-files';

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

/** The products in a database file, read on a connection of its own. */
function productsIn(file: string): Array<{ sku: string; price: string }> {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    return db.prepare('SELECT sku, price FROM products ORDER BY sku').all() as Array<{ sku: string; price: string }>;
  } finally {
    db.close();
  }
}

const mode = (path: string) => statSync(path).mode & 0o777;

describe('daily backup', () => {
  const cores: TestCore[] = [];
  afterEach(() => cores.splice(0).forEach((c) => c.dispose()));
  const open = (backupsKept?: number) => {
    const t = createTestCore({ settings: memorySettings(backupsKept === undefined ? {} : { backupsKept }) });
    cores.push(t);
    return t;
  };
  /** Lets `ms` pass (clock and timers) and waits for a backup the timers then due start. */
  const after = async (t: TestCore, ms: number) => {
    t.clock.advance(ms);
    const ran = t.timers.advance(ms);
    await t.core.backups.settled();
    return ran;
  };
  const audited = (t: TestCore) => t.core.audit.list(100).filter((e) => e.action.startsWith('backup.'));

  it('takes the first backup a few minutes after start, then one a day, in a private folder', async () => {
    const t = open();
    t.core.knowledge.upsertProduct(product('A', '100.00'));
    await t.core.start();
    expect(await after(t, FIRST_CHECK_MS - 1)).toBe(0);
    expect(t.core.backups.status().count).toBe(0);

    expect(await after(t, 1)).toBe(1);
    const first = t.core.backups.status();
    expect(first).toMatchObject({ count: 1, lastAt: Math.floor(t.clock.now() / 1000) * 1000 });
    const [file] = listBackups(first.dir);
    expect(productsIn(file!.file)).toEqual([{ sku: 'A', price: '100.00' }]);
    expect(mode(first.dir)).toBe(0o700);
    expect(mode(file!.file)).toBe(0o600);
    // One file: no -wal/-shm or partial copy beside it.
    expect(readdirSync(first.dir)).toEqual([file!.name]);
    expect(audited(t)).toEqual([expect.objectContaining({ actor: 'system', action: 'backup.created', subject: file!.name, detail: expect.objectContaining({ reason: 'daily', kept: 7 }) })]);

    // Hourly looks within the day take nothing; the one after a day does.
    for (let hour = 1; hour < 24; hour++) await after(t, CHECK_EVERY_MS);
    expect(t.core.backups.status().count).toBe(1);
    await after(t, CHECK_EVERY_MS);
    expect(t.core.backups.status().count).toBe(2);
  });

  it('keeps only the newest N (the backupsKept setting)', async () => {
    const t = open(3);
    await t.core.start();
    await after(t, FIRST_CHECK_MS);
    const names: string[] = [listBackups(t.core.backups.dir)[0]!.name];
    for (let day = 1; day < 5; day++) {
      await after(t, BACKUP_INTERVAL_MS);
      names.push(listBackups(t.core.backups.dir).at(-1)!.name);
    }
    expect(new Set(names).size).toBe(5);
    expect(listBackups(t.core.backups.dir).map((b) => b.name)).toEqual(names.slice(2));
  });

  it('a machine that slept past the day or whose clock went back backs up at its next look, and close() stops the schedule', async () => {
    const t = open();
    await t.core.start();
    await after(t, FIRST_CHECK_MS);
    // Timers paused by sleep (they count no time): the clock jumps three days, and the next
    // hourly look catches up once.
    t.clock.advance(3 * BACKUP_INTERVAL_MS);
    await after(t, CHECK_EVERY_MS);
    expect(t.core.backups.status().count).toBe(2);
    // The clock is set back a week (it was wrong): the newest backup looks a week ahead, and the
    // next look takes one rather than waiting for that day.
    t.clock.advance(-7 * BACKUP_INTERVAL_MS);
    await after(t, CHECK_EVERY_MS);
    expect(t.core.backups.status().count).toBe(3);
    await after(t, CHECK_EVERY_MS);
    expect(t.core.backups.status().count).toBe(3);
    t.close();
    expect(t.timers.size).toBe(0);
  });

  it('a backup taken while a write transaction is open holds only committed data', async () => {
    const t = open();
    t.core.knowledge.upsertProduct(product('A', '100.00'));
    const db = t.core.db;
    db.exec('BEGIN IMMEDIATE');
    t.core.knowledge.upsertProduct(product('B', '5.00'));
    db.prepare('UPDATE products SET price = ? WHERE sku = ?').run('999.00', 'A');
    const taking = t.core.backups.backupNow();
    // The writer keeps writing while the copy runs, then commits.
    t.core.knowledge.upsertProduct(product('C', '7.00'));
    const taken = await taking;
    db.exec('COMMIT');

    expect(productsIn(taken.file)).toEqual([{ sku: 'A', price: '100.00' }]);
    expect(productsIn(join(t.dataDir, 'counterpart.db'))).toEqual([
      { sku: 'A', price: '999.00' },
      { sku: 'B', price: '5.00' },
      { sku: 'C', price: '7.00' },
    ]);
  });

  it('a failing backup is logged, audited once per failing streak, and retried at the next look', async () => {
    const t = open();
    await t.core.start();
    // The backups path is taken by a file: the folder cannot be created.
    const { writeFileSync, rmSync } = await import('node:fs');
    writeFileSync(t.core.backups.dir, 'not a folder');
    await after(t, FIRST_CHECK_MS);
    await after(t, CHECK_EVERY_MS);
    expect(audited(t).map((e) => e.action)).toEqual(['backup.failed']);
    rmSync(t.core.backups.dir);
    await after(t, CHECK_EVERY_MS);
    expect(audited(t).map((e) => e.action)).toEqual(['backup.created', 'backup.failed']);
  });

  it('refuses a folder without a database rather than creating an empty one', async () => {
    const t = open();
    await expect(backupDatabase(join(t.dataDir, 'missing.db'), t.core.backups.dir, t.clock.now())).rejects.toThrow(/No Counterpart database/);
    expect(readdirSync(t.dataDir)).not.toContain('missing.db');
  });
});
