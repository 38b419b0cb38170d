/**
 * Work the core does once, after start-up and off the request path, so that neither importing the
 * code nor the first message pays for it: compiling triage's rule tables, loading the language
 * detector's data, folding customer names queued in the name index (after migration 9, every
 * existing customer). One step (one rule table) per turn of the event loop, so a request arriving meanwhile waits
 * for one step at most.
 */
import { loadLanguageDetector } from './assistant/triage/language';
import { triageWarmUpSteps } from './assistant/triage/rules';
import { syncCustomerNames } from './inbox/customer-names';
import type { Logger } from './platform/ports';
import type { Database } from './storage/database';

/** Runs the warm-up steps one per `setImmediate`; stops as soon as `stopped()` says so. */
export function warmUpLater(db: Database, logger: Logger, stopped: () => boolean, done?: () => void): void {
  const steps: Array<() => void> = [...triageWarmUpSteps(), () => loadLanguageDetector(), () => syncCustomerNames(db)];
  const next = (i: number) => {
    if (stopped()) return;
    if (i === steps.length) {
      done?.();
      return;
    }
    try {
      steps[i]!();
    } catch (error) {
      // Each step only does ahead of time what the first message would do: never fatal.
      logger.warn({ err: error }, 'warm-up step failed');
    }
    setImmediate(() => next(i + 1));
  };
  setImmediate(() => next(0));
}
