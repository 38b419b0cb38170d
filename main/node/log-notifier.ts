/**
 * Headless notifier: no desktop to show a toast on, so notifications become log lines.
 */
import { logNotice } from '../core/platform/logger';
import type { Logger, Notifier } from '../core/platform/ports';

/** Logs each notification at info level: its event and ids, never its text (customer names). */
export function createLogNotifier(logger: Logger): Notifier {
  return { notify: (_title, _body, log) => logNotice(logger, log) };
}
