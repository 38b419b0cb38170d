/**
 * Test support: a database handle that counts the rows its statements hand back to JavaScript and
 * records each statement it ran with its parameters, so a test can show how much a piece of code
 * read and ask SQLite how it read it (`planOf`).
 */
import type { Database } from '../core/storage/database';

/** One statement run through the handle. */
export type RecordedStatement = { sql: string; args: unknown[] };

/** Wraps `db`; `rows()` is the number of rows returned so far, `statements()` what ran. */
export function countingDb(db: Database): { db: Database; rows: () => number; statements: () => RecordedStatement[] } {
  let rows = 0;
  const ran: RecordedStatement[] = [];
  const wrapper = {
    prepare(sql: string) {
      const stmt = db.prepare(sql);
      return {
        all: (...args: never[]) => {
          ran.push({ sql, args });
          const out = stmt.all(...args);
          rows += out.length;
          return out;
        },
        get: (...args: never[]) => {
          ran.push({ sql, args });
          const out = stmt.get(...args);
          if (out !== undefined) rows += 1;
          return out;
        },
        run: (...args: never[]) => {
          ran.push({ sql, args });
          return stmt.run(...args);
        },
      };
    },
    exec: (sql: string) => db.exec(sql),
    get isTransaction() {
      return db.isTransaction;
    },
  };
  return { db: wrapper as unknown as Database, rows: () => rows, statements: () => [...ran] };
}

/** SQLite's plan for a recorded statement, one line per step ("SEARCH n USING INDEX …", "SCAN …"). */
export function planOf(db: Database, statement: RecordedStatement): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...(statement.args as never[])) as Array<{ detail: string }>;
  return rows.map((r) => r.detail);
}
