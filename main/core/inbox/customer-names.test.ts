import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPrivateData } from '../assistant/guards/private-data';
import { openDatabase, type Database } from '../storage/database';
import { countingDb } from '../../testing/counting-db';
import { otherCustomerNamesAmong, syncCustomerNames, type CurrentCustomer } from './customer-names';

/** Inserts `count` customers in one statement, the way an old data folder would hold them. */
function addCustomers(db: Database, from: number, count: number): void {
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO customers (channel, external_id, name, language, created_at)
     SELECT 'whatsapp', 'wa:' || i, 'Cliente' || i || ' Apellido' || (i % 97), 'es', 0 FROM n`,
  ).run(from, from + count - 1);
}

function addCustomer(db: Database, externalId: string, name: string): number {
  db.prepare(`INSERT INTO customers (channel, external_id, name, language, created_at) VALUES ('practice', ?, ?, 'en', 0)`).run(externalId, name);
  const { id } = db.prepare('SELECT id FROM customers WHERE external_id = ?').get(externalId) as { id: number };
  db.prepare(`INSERT INTO conversations (customer_id, channel, started_by, created_at, last_message_at) VALUES (?, 'practice', 'customer', 0, 0)`).run(id);
  return (db.prepare('SELECT id FROM conversations WHERE customer_id = ?').get(id) as { id: number }).id;
}

describe('customer name index', () => {
  let dir: string | undefined;
  let db: Database | undefined;
  afterEach(() => {
    db?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    db = undefined;
    dir = undefined;
  });
  const open = (): Database => {
    dir = mkdtempSync(join(tmpdir(), 'cp-names-'));
    db = openDatabase(join(dir, 'test.db'));
    return db;
  };

  it('finds the other customers a reply names by reading only their rows, at 20k customers as at 40k', () => {
    const db = open();
    addCustomers(db, 1, 20_000);
    addCustomer(db, 'p:jose', 'José Núñez');
    addCustomer(db, 'p:priya', 'Priya Sharma');
    const current: CurrentCustomer = { customerName: 'María López', conversationId: addCustomer(db, 'p:maria', 'María López') };
    expect(syncCustomerNames(db)).toBe(20_003);

    const guard = (reply: string, handle: Database) =>
      checkPrivateData(reply, { shopText: 'Verde Vivo, plants', customerText: 'María López\nhola', otherCustomers: (words, folded) => otherCustomerNamesAmong(handle, words, current, folded) });

    const first = countingDb(db);
    // Accents folded both ways: the reply spells the name without them.
    const leak = guard('Jose Nunez bought the same pot, and María López asked too.', first.db);
    expect(leak).toMatchObject([{ code: 'private_data', params: { items: 'jose nunez', count: 1 } }]);
    const readAt20k = first.rows();
    expect(readAt20k).toBeLessThanOrEqual(2);

    addCustomers(db, 20_001, 20_000);
    syncCustomerNames(db);
    const second = countingDb(db);
    expect(guard('Jose Nunez bought the same pot, and María López asked too.', second.db)).toHaveLength(1);
    expect(second.rows()).toBe(readAt20k);

    // The customer being answered is never "another customer", nor is a name nobody has.
    expect(guard('Thank you María López, the pot ships today.', db)).toEqual([]);
    expect(guard('Thank you Maria Lopez, the pot ships today.', db)).toEqual([]);
    expect(guard('Priya is a lovely name for a plant.', db)).toEqual([]);
    expect(guard('Ask Priya Sharma about it.', db)).toMatchObject([{ params: { items: 'priya sharma' } }]);

    // Many customers share a first name: only the names the reply holds whole are read.
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
       INSERT INTO customers (channel, external_id, name, language, created_at) SELECT 'whatsapp', 'priya:' || i, 'Priya Shah' || i, 'hi', 0 FROM n`,
    ).run();
    syncCustomerNames(db);
    const shared = countingDb(db);
    expect(guard('Ask Priya Sharma about it.', shared.db)).toMatchObject([{ params: { items: 'priya sharma' } }]);
    expect(shared.rows()).toBeLessThanOrEqual(2);
  });

  it('reads the index, never the whole customers table', () => {
    const db = open();
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT DISTINCT n.folded FROM customer_names n JOIN customers cu ON cu.id = n.customer_id
         WHERE n.first_token IN (SELECT value FROM json_each(?)) AND cu.name <> ?
           AND n.customer_id NOT IN (SELECT customer_id FROM conversations WHERE id = ?)`,
      )
      .all('["jose"]', 'x', 1) as Array<{ detail: string }>;
    const details = plan.map((p) => p.detail).join('\n');
    expect(details).toMatch(/SEARCH n USING INDEX customer_names_by_token/);
    expect(details).not.toMatch(/SCAN (n|cu)\b/);
  });

  it('follows renames and customers added after the first lookup', () => {
    const db = open();
    const current: CurrentCustomer = { customerName: 'Ana Ruiz', conversationId: addCustomer(db, 'p:ana', 'Ana Ruiz') };
    addCustomer(db, 'p:lu', 'Lucía Torres');
    expect(otherCustomerNamesAmong(db, ['lucia', 'torres'], current)).toEqual(['lucia torres']);
    db.prepare("UPDATE customers SET name = 'Beatriz Gómez' WHERE external_id = 'p:lu'").run();
    expect(otherCustomerNamesAmong(db, ['lucia'], current)).toEqual([]);
    expect(otherCustomerNamesAmong(db, ['beatriz'], current)).toEqual(['beatriz gomez']);
    addCustomer(db, 'p:new', 'Óscar Peña');
    expect(otherCustomerNamesAmong(db, ['oscar'], current)).toEqual(['oscar pena']);
    // Too short to flag: "Al" would match ordinary words.
    addCustomer(db, 'p:al', 'Al');
    expect(otherCustomerNamesAmong(db, ['al'], current)).toEqual([]);
  });
});
