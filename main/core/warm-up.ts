/**
 * Work the core does once, after start-up and off the request path, so that neither importing the
 * code nor the first message pays for it: compiling triage's rule tables, loading the language
 * detector's data, the small-talk phrases and the catalog question words (stemmed), folding
 * customer names queued in the name index (after migration 9, every existing customer). It begins a moment after start (the shell's first calls come first) and
 * runs one step (one rule table) per timer tick with a gap between steps: a request takes several
 * turns of the event loop (connection, body, answer), and with steps back to back on
 * `setImmediate` every one of those turns waited for a step.
 */
import { warmSmallTalk } from './assistant/small-talk';
import { loadLanguageDetector } from './assistant/triage/language';
import { triageWarmUpSteps } from './assistant/triage/rules';
import { syncCustomerNames } from './inbox/customer-names';
import { catalogTerms } from './knowledge/search/catalog-words';
import type { Logger } from './platform/ports';
import type { Database } from './storage/database';

/** Before the first step: long enough for the first calls of a freshly started shell. */
const FIRST_STEP_MS = 250;
/** Between steps: the turns of a request in flight run in the gap. */
const STEP_GAP_MS = 5;

/**
 * Runs the warm-up steps, one per timer tick; stops as soon as `stopped()` says so. Real timers,
 * not the core's injected ones: this is scheduling, nothing a test advances by hand. `begin` runs
 * before the first step (the drafting workers start there and warm up on another core).
 */
export function warmUpLater(db: Database, logger: Logger, stopped: () => boolean, hooks: { begin?: () => void; done?: () => void } = {}): void {
  const steps: Array<() => void> = [
    ...triageWarmUpSteps(),
    () => loadLanguageDetector(),
    () => warmSmallTalk(),
    () => void catalogTerms(),
    () => syncCustomerNames(db),
  ];
  const next = (i: number) => {
    if (stopped()) return;
    if (i === 0) {
      try {
        hooks.begin?.();
      } catch (error) {
        logger.warn({ err: error }, 'warm-up could not start the drafting workers');
      }
    }
    if (i === steps.length) {
      hooks.done?.();
      return;
    }
    try {
      steps[i]!();
    } catch (error) {
      // Each step only does ahead of time what the first message would do: never fatal.
      logger.warn({ err: error }, 'warm-up step failed');
    }
    setTimeout(() => next(i + 1), STEP_GAP_MS).unref();
  };
  setTimeout(() => next(0), FIRST_STEP_MS).unref();
}
