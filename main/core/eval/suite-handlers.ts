/**
 * "Test my assistant" channels: the owner's test cases, JSONL import/export, and runs.
 */
import { actorOf } from '../app-handlers';
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';
import { AppError } from '../platform/errors';

type SuiteChannels =
  | 'listSuiteCases'
  | 'saveSuiteCase'
  | 'deleteSuiteCase'
  | 'importSuite'
  | 'exportSuite'
  | 'suiteCaseFromDraft'
  | 'startSuiteRun'
  | 'cancelSuiteRun'
  | 'getSuiteRun';

/** Registers the suite channels. */
export function suiteHandlers(core: Core): HandlerMap<SuiteChannels> {
  return {
    listSuiteCases: () => ({ items: core.suite.list() }),
    saveSuiteCase: (input) => {
      const saved = core.suite.save(input);
      core.audit.record(actorOf(core), input.id === null ? 'suite.case_added' : 'suite.case_edited', `suite_case:${saved.caseId}`);
      return saved;
    },
    deleteSuiteCase: ({ id }) => {
      const existing = core.suite.list().find((c) => c.id === id);
      if (!existing) throw new AppError('not_found', `No test ${id}.`);
      const deleted = core.suite.delete(id);
      core.audit.record(actorOf(core), 'suite.case_deleted', `suite_case:${existing.caseId}`);
      return { deleted };
    },
    importSuite: ({ text, replace }) => {
      const result = core.suite.import(text, replace);
      if (result.problems.length === 0) {
        core.audit.record(actorOf(core), 'suite.imported', 'suite', { added: result.added, updated: result.updated, removed: result.removed });
      }
      return result;
    },
    exportSuite: () => core.suite.export(),
    suiteCaseFromDraft: ({ draftId }) => core.suite.fromDraft(draftId),
    startSuiteRun: () => {
      const run = core.suite.start();
      core.audit.record(actorOf(core), 'suite.run_started', `suite_run:${run.id}`, { cases: run.total, drafter: run.drafter });
      return run;
    },
    cancelSuiteRun: () => {
      const run = core.suite.cancel();
      core.audit.record(actorOf(core), 'suite.run_cancelled', `suite_run:${run.id}`);
      return run;
    },
    getSuiteRun: () => core.suite.view(),
  };
}
