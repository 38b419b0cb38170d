/**
 * The owner's test suite and its runs, in SQLite. Cases are stored as the JSONL format names
 * them (FORMAT.md), so import → export loses nothing.
 */
import type { SuiteCase, SuiteExpect, SuiteRun, SuiteRunStatus, SuiteTurn } from '../../contract/suite-schemas';
import { transaction, type Database } from '../storage/database';
import type { CaseOutcome } from './report';
import type { EvalCase } from './suite';

/** Runs kept with their results; older ones are dropped when a new run starts. */
export const KEPT_RUNS = 10;

type CaseRow = { id: number; case_id: string; message: string; lang: string | null; history: string; expect: string; updated_at: number };
type RunRow = { id: number; status: SuiteRunStatus; drafter: string; total: number; done: number; error: string | null; started_at: number; finished_at: number | null };

/** A case's fields without its row id. */
export type CaseFields = { caseId: string; message: string; lang: string | null; history: SuiteTurn[]; expect: SuiteExpect };

/** What a run stored for one case: the case as it was, and what the assistant did. */
export type StoredResult = { testCase: EvalCase; outcome: CaseOutcome & { drafter: string } };

/** The JSONL form of a case (FORMAT.md): empty optional parts are left out. */
export function toEvalCase(c: CaseFields): EvalCase {
  const expect: EvalCase['expect'] = { route: c.expect.route };
  if (c.expect.sources.length > 0) expect.sources = c.expect.sources;
  if (c.expect.flags !== null) expect.flags = c.expect.flags;
  if (c.expect.mustNotContain.length > 0) expect.mustNotContain = c.expect.mustNotContain;
  return {
    id: c.caseId,
    message: c.message,
    ...(c.lang ? { lang: c.lang } : {}),
    ...(c.history.length > 0 ? { history: c.history } : {}),
    expect,
  };
}

/** A parsed JSONL case as stored fields. */
export function fromEvalCase(c: EvalCase): CaseFields {
  return {
    caseId: c.id,
    message: c.message,
    lang: c.lang ?? null,
    history: c.history ?? [],
    expect: { route: c.expect.route, sources: c.expect.sources ?? [], flags: c.expect.flags ?? null, mustNotContain: c.expect.mustNotContain ?? [] },
  };
}

/** Reads and writes suite cases, runs and results. */
export class SuiteRepo {
  constructor(private readonly db: Database) {}

  list(): SuiteCase[] {
    const rows = this.db.prepare('SELECT * FROM suite_cases ORDER BY id').all() as CaseRow[];
    return rows.map(toCase);
  }

  get(id: number): SuiteCase | null {
    const row = this.db.prepare('SELECT * FROM suite_cases WHERE id = ?').get(id) as CaseRow | undefined;
    return row ? toCase(row) : null;
  }

  /** The row id holding a case id, if any. */
  idOf(caseId: string): number | null {
    const row = this.db.prepare('SELECT id FROM suite_cases WHERE case_id = ?').get(caseId) as { id: number } | undefined;
    return row?.id ?? null;
  }

  /** Adds a case; `customerId` names the customer whose chat it was copied from (forget deletes it). */
  insert(fields: CaseFields, at: number, customerId: number | null = null): number {
    const result = this.db
      .prepare('INSERT INTO suite_cases (case_id, message, lang, history, expect, created_at, updated_at, customer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(fields.caseId, fields.message, fields.lang, JSON.stringify(fields.history), JSON.stringify(fields.expect), at, at, customerId);
    return Number(result.lastInsertRowid);
  }

  /** The customer whose chat holds a draft, or null. */
  customerOfDraft(draftId: number): number | null {
    const row = this.db.prepare('SELECT c.customer_id FROM drafts d JOIN conversations c ON c.id = d.conversation_id WHERE d.id = ?').get(draftId) as
      | { customer_id: number }
      | undefined;
    return row?.customer_id ?? null;
  }

  update(id: number, fields: CaseFields, at: number): void {
    this.db
      .prepare('UPDATE suite_cases SET case_id = ?, message = ?, lang = ?, history = ?, expect = ?, updated_at = ? WHERE id = ?')
      .run(fields.caseId, fields.message, fields.lang, JSON.stringify(fields.history), JSON.stringify(fields.expect), at, id);
  }

  delete(id: number): number {
    return Number(this.db.prepare('DELETE FROM suite_cases WHERE id = ?').run(id).changes);
  }

  /** Deletes every case whose id is not in `keep`; returns how many. */
  deleteAllBut(keep: ReadonlySet<string>): number {
    const doomed = this.list().filter((c) => !keep.has(c.caseId));
    for (const c of doomed) this.delete(c.id);
    return doomed.length;
  }

  /** The first free `test-N` id. */
  nextCaseId(): string {
    const taken = new Set(this.list().map((c) => c.caseId));
    let n = taken.size + 1;
    while (taken.has(`test-${n}`)) n += 1;
    return `test-${n}`;
  }

  /** Opens a run (dropping the oldest beyond `KEPT_RUNS`). */
  startRun(drafter: string, total: number, at: number): number {
    return transaction(this.db, () => {
      const id = Number(
        this.db.prepare("INSERT INTO suite_runs (status, drafter, total, started_at) VALUES ('running', ?, ?, ?)").run(drafter, total, at).lastInsertRowid,
      );
      this.db.prepare('DELETE FROM suite_runs WHERE id <= ?').run(id - KEPT_RUNS);
      return id;
    });
  }

  /** Stores one case's result and counts it done, together. */
  addResult(runId: number, position: number, result: StoredResult): void {
    transaction(this.db, () => {
      this.db
        .prepare('INSERT INTO suite_results (run_id, position, case_json, outcome_json) VALUES (?, ?, ?, ?)')
        .run(runId, position, JSON.stringify(result.testCase), JSON.stringify(result.outcome));
      this.db.prepare('UPDATE suite_runs SET done = done + 1 WHERE id = ?').run(runId);
    });
  }

  finishRun(runId: number, status: Exclude<SuiteRunStatus, 'running'>, at: number, error: string | null = null): void {
    this.db.prepare('UPDATE suite_runs SET status = ?, finished_at = ?, error = ? WHERE id = ?').run(status, at, error, runId);
  }

  /** A run left `running` by a previous process that stopped mid-way. */
  markInterrupted(at: number): number {
    return Number(this.db.prepare("UPDATE suite_runs SET status = 'interrupted', finished_at = ? WHERE status = 'running'").run(at).changes);
  }

  run(runId: number): SuiteRun | null {
    const row = this.db.prepare('SELECT * FROM suite_runs WHERE id = ?').get(runId) as RunRow | undefined;
    return row ? toRun(row) : null;
  }

  latestRun(): SuiteRun | null {
    const row = this.db.prepare('SELECT * FROM suite_runs ORDER BY id DESC LIMIT 1').get() as RunRow | undefined;
    return row ? toRun(row) : null;
  }

  results(runId: number): StoredResult[] {
    const rows = this.db.prepare('SELECT case_json, outcome_json FROM suite_results WHERE run_id = ? ORDER BY position').all(runId) as Array<{
      case_json: string;
      outcome_json: string;
    }>;
    return rows.map((r) => ({ testCase: JSON.parse(r.case_json) as EvalCase, outcome: JSON.parse(r.outcome_json) as StoredResult['outcome'] }));
  }
}

function toCase(row: CaseRow): SuiteCase {
  return {
    id: row.id,
    caseId: row.case_id,
    message: row.message,
    lang: row.lang,
    history: JSON.parse(row.history) as SuiteTurn[],
    expect: JSON.parse(row.expect) as SuiteExpect,
    updatedAt: row.updated_at,
  };
}

function toRun(row: RunRow): SuiteRun {
  return {
    id: row.id,
    status: row.status,
    drafter: row.drafter,
    done: row.done,
    total: row.total,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    error: row.error,
  };
}
