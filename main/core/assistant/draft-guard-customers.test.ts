import { afterEach, describe, expect, it } from 'vitest';
import { countingDb, planOf } from '../../testing/counting-db';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { syncCustomerNames } from '../inbox/customer-names';
import type { Database } from '../storage/database';
import { DraftPipeline } from './draft-pipeline';

/**
 * A draft's private-data guard at a shop's size: with 20,000 customers (and 2,000 whose first
 * name is a word of the reply) it reads the other customers through the name index — a handful of
 * rows handed back, every statement an index search, the same reads at 40,000 customers.
 */
function addCustomers(db: Database, prefix: string, count: number, name: string): void {
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO customers (channel, external_id, name, language, created_at)
     SELECT 'whatsapp', ? || i, ${name}, 'es', 0 FROM n`,
  ).run(count, prefix);
}

describe('the private-data guard of a draft at 20k customers', () => {
  let t: TestCore | undefined;
  afterEach(() => t?.dispose());

  it('reads other customers through the name index, not the customers table', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const db = t.core.db;
    addCustomers(db, 'wa:', 20_000, `'Cliente' || i || ' Apellido' || (i % 97)`);
    // Customers sharing a word the reply uses ("Monstera"): candidates by first name, never whole.
    addCustomers(db, 'mon:', 2_000, `'Monstera Fan' || i`);
    syncCustomerNames(db);

    const draftWith = async (handle: Database) => {
      const pipeline = new DraftPipeline({ knowledge: t!.core.knowledge, search: t!.core.search, db: handle });
      return pipeline.draft({ message: 'How much is the monstera?', customerName: 'Ana', language: 'en', history: [] });
    };
    const at20k = countingDb(db);
    const outcome = await draftWith(at20k.db);
    expect(outcome).toMatchObject({ route: 'answer', sources: [{ id: 'product:CV-001' }] });
    expect(outcome.text).toMatch(/monstera/i);
    expect(outcome.reasons.map((r) => r.code)).not.toContain('private_data');

    // The guard asked the database (the pipeline reads it for nothing else)…
    const statements = at20k.statements();
    expect(statements.some((s) => /customer_names/.test(s.sql))).toBe(true);
    // …handed back a handful of rows, not 22,000…
    expect(at20k.rows()).toBeLessThanOrEqual(2);
    // …and SQLite searched the index for every customer it looked at: no scan of either table.
    const plans = statements.map((s) => planOf(db, s).join('\n'));
    expect(plans.join('\n')).toMatch(/SEARCH n USING (COVERING )?INDEX customer_names_by_token/);
    for (const plan of plans) expect(plan).not.toMatch(/SCAN (n|cu|customers|customer_names)\b/);

    // Twice the customers, the same reads.
    addCustomers(db, 'more:', 20_000, `'Otro' || i || ' Cliente'`);
    syncCustomerNames(db);
    const at40k = countingDb(db);
    await draftWith(at40k.db);
    expect(at40k.rows()).toBe(at20k.rows());
    expect(at40k.statements().map((s) => s.sql)).toEqual(statements.map((s) => s.sql));
  });
});
