/**
 * "Test my assistant": the owner's own test cases, run in the background against the shop's
 * current knowledge and the current drafter (the model when one is configured, else offline).
 * A run only drafts: it stores no conversation, no queue draft, and sends nothing. What its model
 * calls cost goes into the cost meter as test-run spend. Cancel aborts the model call in progress.
 */
import type { ParsedInput } from '../../contract/contract';
import type { SuiteCase, SuiteCaseResult, SuiteRun, SuiteRunView, SuiteSummary } from '../../contract/suite-schemas';
import { DraftCancelled, type Drafter } from '../assistant/drafter';
import { recordUsage } from '../assistant/model/cost';
import { isModelEnabled, type ModelConfigStore } from '../assistant/model/model-config';
import type { ConversationsRepo } from '../inbox/conversations-repo';
import { AppError } from '../platform/errors';
import type { EventBus } from '../platform/events';
import type { Clock, Logger } from '../platform/ports';
import type { DraftsRepo } from '../review/drafts-repo';
import { transaction, type Database } from '../storage/database';
import { computeAutopilot } from './autopilot-report';
import { computeReport } from './report';
import { runCase } from './run-suite';
import { parseSuite } from './suite';
import { fromEvalCase, toEvalCase, type SuiteRepo } from './suite-repo';

/** A case to save, as the contract parsed it (defaults filled). */
export type SaveCase = ParsedInput<'saveSuiteCase'>;

export type SuiteServiceDeps = {
  db: Database;
  repo: SuiteRepo;
  drafter: Drafter;
  modelConfig: ModelConfigStore;
  conversations: ConversationsRepo;
  drafts: DraftsRepo;
  clock: Clock;
  logger: Logger;
  bus: EventBus;
};

const HISTORY_TURNS = 6;

/** A run in progress; aborting `stop` cancels it, including the model call in flight. */
type RunControl = { runId: number; stop: AbortController };

/** Keeps the suite and runs it, one run at a time. */
export class SuiteService {
  private current: RunControl | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly deps: SuiteServiceDeps) {
    // A run cannot outlive its process: one still marked running was cut short.
    deps.repo.markInterrupted(deps.clock.now());
  }

  list(): SuiteCase[] {
    return this.deps.repo.list();
  }

  save(input: SaveCase): SuiteCase {
    const { repo, db, clock } = this.deps;
    const id = transaction(db, () => {
      if (input.id !== null && !repo.get(input.id)) throw new AppError('not_found', `No test ${input.id}.`);
      const caseId = input.caseId || repo.nextCaseId();
      const holder = repo.idOf(caseId);
      if (holder !== null && holder !== input.id) throw new AppError('conflict', `Another test is already called "${caseId}".`);
      const fields = { caseId, message: input.message, lang: input.lang, history: input.history, expect: input.expect };
      // A case copied from a customer's chat stays linked to that customer (forget deletes it).
      if (input.id === null) return repo.insert(fields, clock.now(), input.fromDraftId === null ? null : repo.customerOfDraft(input.fromDraftId));
      repo.update(input.id, fields, clock.now());
      return input.id;
    });
    return repo.get(id)!;
  }

  delete(id: number): number {
    return this.deps.repo.delete(id);
  }

  /** Imports a JSONL suite: every line valid, or nothing changes. */
  import(text: string, replace: boolean): { added: number; updated: number; removed: number; problems: Array<{ line: number; reason: string }> } {
    const parsed = parseSuite(text);
    if (!parsed.ok) return { added: 0, updated: 0, removed: 0, problems: parsed.problems };
    if (parsed.cases.length === 0) return { added: 0, updated: 0, removed: 0, problems: [{ line: 1, reason: 'the file holds no test case' }] };
    const { repo, db, clock } = this.deps;
    return transaction(db, () => {
      let added = 0;
      let updated = 0;
      for (const c of parsed.cases) {
        const existing = repo.idOf(c.id);
        if (existing === null) {
          repo.insert(fromEvalCase(c), clock.now());
          added += 1;
        } else {
          repo.update(existing, fromEvalCase(c), clock.now());
          updated += 1;
        }
      }
      const removed = replace ? repo.deleteAllBut(new Set(parsed.cases.map((c) => c.id))) : 0;
      return { added, updated, removed, problems: [] };
    });
  }

  /** The suite as FORMAT.md JSONL, one case a line. */
  export(): { fileName: string; text: string; cases: number } {
    const cases = this.deps.repo.list();
    const day = new Date(this.deps.clock.now()).toISOString().slice(0, 10);
    const text = cases.map((c) => JSON.stringify(toEvalCase(c))).join('\n');
    return { fileName: `counterpart-tests-${day}.jsonl`, text: text ? `${text}\n` : '', cases: cases.length };
  }

  /** A new case from a draft the owner reviewed: its message, chat history, route and first source. */
  fromDraft(draftId: number): SaveCase {
    const item = this.deps.drafts.get(draftId);
    if (!item) throw new AppError('not_found', `No draft ${draftId}.`);
    const row = this.deps.db.prepare('SELECT message_id FROM drafts WHERE id = ?').get(draftId) as { message_id: number };
    const first = item.route === 'answer' ? item.sources[0]?.id : undefined;
    return {
      id: null,
      caseId: '',
      message: item.customerMessage,
      lang: item.language,
      history: this.deps.conversations.history(item.conversationId, row.message_id, HISTORY_TURNS),
      expect: { route: item.route, sources: first ? [first] : [], flags: null, mustNotContain: [] },
      fromDraftId: draftId,
    };
  }

  /** Starts a run in the background and returns it at once; `conflict` while one is going. */
  start(): SuiteRun {
    if (this.current) throw new AppError('conflict', 'A test run is already going. Wait for it to finish or stop it.');
    const cases = this.deps.repo.list().map(toEvalCase);
    if (cases.length === 0) throw new AppError('bad_input', 'Add a test first.');
    const config = this.deps.modelConfig.get();
    const drafter = isModelEnabled(config) ? `model:${config.model}` : 'offline';
    const runId = this.deps.repo.startRun(drafter, cases.length, this.deps.clock.now());
    const control: RunControl = { runId, stop: new AbortController() };
    this.current = control;
    this.running = this.execute(control, cases);
    this.emit(runId);
    return this.deps.repo.run(runId)!;
  }

  /**
   * Stops the running run: a model call in progress is aborted (its case is not recorded); a case
   * the offline drafter is finishing still counts. The run ends `cancelled` without waiting for the model.
   */
  cancel(): SuiteRun {
    if (!this.current) throw new AppError('not_found', 'No test run is going.');
    this.current.stop.abort();
    return this.deps.repo.run(this.current.runId)!;
  }

  /** Resolves when no run is going (tests; shutdown). */
  async idle(): Promise<void> {
    await this.running;
  }

  /** Stops a run, aborting its model call; the core is closing. */
  close(): void {
    this.current?.stop.abort();
  }

  /** The latest run, its figures and each case's result. */
  view(): SuiteRunView {
    const run = this.deps.repo.latestRun();
    if (!run) return { run: null, summary: null, results: [] };
    const stored = this.deps.repo.results(run.id);
    if (stored.length === 0) return { run, summary: null, results: [] };
    const cases = stored.map((s) => s.testCase);
    const outcomes = stored.map((s) => s.outcome);
    const { results: judged, ...figures } = computeReport(cases, outcomes);
    const auto = computeAutopilot(cases, outcomes);
    const results: SuiteCaseResult[] = judged.map((r, i) => ({
      caseId: r.id,
      message: cases[i]!.message,
      pass: r.pass,
      why: r.why,
      expectedRoute: r.expectedRoute,
      route: r.route,
      expectedSources: cases[i]!.expect.sources ?? [],
      sources: r.sources,
      expectedFlags: cases[i]!.expect.flags ?? null,
      flags: r.flags,
      draft: r.draft,
      drafter: stored[i]!.outcome.drafter,
      autoSend: auto.autoSend[i]!,
    }));
    const summary: SuiteSummary = { ...figures, passed: results.filter((r) => r.pass).length, autopilot: auto.autopilot };
    return { run, summary, results };
  }

  private async execute(control: RunControl, cases: ReturnType<typeof toEvalCase>[]): Promise<void> {
    const { repo, db, clock, logger } = this.deps;
    const signal = control.stop.signal;
    let status: 'done' | 'cancelled' | 'failed' = 'done';
    let error: string | null = null;
    try {
      for (const [position, testCase] of cases.entries()) {
        // Yield first, so `start` returns before any drafting and the UI's calls are served between cases.
        await new Promise((resolve) => setImmediate(resolve));
        if (signal.aborted) {
          status = 'cancelled';
          break;
        }
        const { cost, ...outcome } = await runCase(this.deps.drafter, testCase, signal);
        transaction(db, () => {
          repo.addResult(control.runId, position, { testCase, outcome });
          if (cost) recordUsage(db, { source: 'test_run', ref: `suite_run:${control.runId}`, cost, at: clock.now() });
        });
        this.emit(control.runId);
      }
    } catch (failure) {
      // Our own cancel, not a failure: the aborted case leaves no result, half or whole.
      if (failure instanceof DraftCancelled && signal.aborted) {
        status = 'cancelled';
      } else {
        status = 'failed';
        error = failure instanceof Error ? failure.message : String(failure);
        logger.error({ err: failure, runId: control.runId }, 'test run failed');
      }
    }
    this.current = null;
    try {
      repo.finishRun(control.runId, status, clock.now(), error);
      this.emit(control.runId);
    } catch (failure) {
      // The database closed under the run (shutdown): the next start marks it interrupted.
      logger.error({ err: failure, runId: control.runId }, 'could not record the end of a test run');
    }
  }

  private emit(runId: number): void {
    const run = this.deps.repo.run(runId);
    if (run) this.deps.bus.emit('suiteRunProgress', { runId, status: run.status, done: run.done, total: run.total });
  }
}
