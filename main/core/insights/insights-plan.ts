/**
 * The check that every insights aggregate reads the growing tables through an index: the plan
 * lines (`EXPLAIN QUERY PLAN`) that scan one of them whole. The tests and the bench run it.
 */
import type { Database } from '../storage/database';
import * as SQL from './insights-sql';

// What may be read whole: the period's days and months (JSON) and the queries' own CTEs.
const SMALL = new Set(['json_each', 'days_in', 'months_in']);

/** Plan lines that read a table without an index (a whole-table scan). */
export function unindexedScans(db: Database): string[] {
  const params: Record<string, Record<string, string | number>> = {
    DAYS_SQL: { days: '[]' },
    COST_MONTHS_SQL: { months: '[]' },
    SOURCES_SQL: { start: 0, end: 1, auto: SQL.AUTOPILOT_AUTHOR },
    RESPONSE_COUNTS_SQL: { start: 0, end: 1, until: 2 },
    RESPONDER_TURNS_SQL: { auto: 1 },
    WAIT_IN_ORDER_SQL: { start: 0, end: 1, until: 2, auto: 1, k: 0 },
    WAIT_SORTED_SQL: { start: 0, end: 1, until: 2, auto: 1, k: 0 },
  };
  const found: string[] = [];
  for (const [name, sql] of Object.entries(SQL)) {
    if (!name.endsWith('_SQL')) continue;
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params[name] ?? { start: 0, end: 1 }) as Array<{ detail: string }>;
    for (const { detail } of plan) {
      const scan = /^SCAN (\S+)/.exec(detail);
      if (scan && !/USING (COVERING )?INDEX/.test(detail) && !SMALL.has(scan[1]!) && !scan[1]!.startsWith('(')) found.push(`${name}: ${detail}`);
    }
  }
  return found;
}

