/**
 * The customer name index (migration 9): each customer keyed by the first word of their folded
 * name, so the private-data guard finds the other customers a reply names by reading only those
 * whose first name the reply uses — the cost of a draft does not grow with the customer base.
 * Triggers queue every new or renamed customer in `customer_names_dirty`; `syncCustomerNames`
 * folds the queued ones (folding is JavaScript), and every lookup calls it first, so whoever
 * writes `customers` need not know about the index.
 */
import { fold, tokens } from '../knowledge/text';
import { transaction, type Database } from '../storage/database';

/** Shorter names are never flagged: "Al" or "Jo" would match ordinary words. */
const MIN_NAME_LENGTH = 3;

/** How a name is indexed: its folded form and the word the guard tests first; null when too short. */
export function nameKey(name: string): { firstToken: string; folded: string } | null {
  const folded = fold(name.trim());
  const firstToken = tokens(folded)[0];
  if (folded.length < MIN_NAME_LENGTH || !firstToken) return null;
  return { firstToken, folded };
}

/** Folds the queued customers into the index; returns how many it handled. */
export function syncCustomerNames(db: Database): number {
  const queued = db
    .prepare('SELECT d.customer_id AS id, cu.name AS name FROM customer_names_dirty d LEFT JOIN customers cu ON cu.id = d.customer_id')
    .all() as Array<{ id: number; name: string | null }>;
  if (queued.length === 0) return 0;
  transaction(db, () => {
    const upsert = db.prepare(
      `INSERT INTO customer_names (customer_id, first_token, folded) VALUES (?, ?, ?)
       ON CONFLICT (customer_id) DO UPDATE SET first_token = excluded.first_token, folded = excluded.folded`,
    );
    const remove = db.prepare('DELETE FROM customer_names WHERE customer_id = ?');
    const done = db.prepare('DELETE FROM customer_names_dirty WHERE customer_id = ?');
    for (const row of queued) {
      const key = row.name === null ? null : nameKey(row.name);
      if (key) upsert.run(row.id, key.firstToken, key.folded);
      else remove.run(row.id);
      done.run(row.id);
    }
  });
  return queued.length;
}

/** Who is being answered: their own name is never "another customer's". */
export type CurrentCustomer = { customerName: string; conversationId?: number };

/**
 * Folded names of other customers whose first name word is among `words` (the reply's folded
 * words) and, when given, whose whole folded name occurs in `foldedReply`. Reads only the index
 * rows for those words.
 */
export function otherCustomerNamesAmong(db: Database, words: readonly string[], current: CurrentCustomer, foldedReply?: string): string[] {
  if (words.length === 0) return [];
  syncCustomerNames(db);
  const rows = db
    .prepare(
      `SELECT DISTINCT n.folded FROM customer_names n JOIN customers cu ON cu.id = n.customer_id
       WHERE n.first_token IN (SELECT value FROM json_each(?))
         AND cu.name <> ?
         AND n.customer_id NOT IN (SELECT customer_id FROM conversations WHERE id = ?)
         AND (? IS NULL OR instr(?, n.folded) > 0)`,
    )
    .all(JSON.stringify([...new Set(words)]), current.customerName, current.conversationId ?? -1, foldedReply ?? null, foldedReply ?? null) as Array<{ folded: string }>;
  return rows.map((r) => r.folded);
}
