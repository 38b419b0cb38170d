/**
 * Headless notifier: no desktop to show a toast on, so notifications become log lines.
 */
import type { Logger, Notifier } from '../core/platform/ports';

/** Logs each notification at info level. */
export function createLogNotifier(logger: Logger): Notifier {
  return { notify: (title, body) => logger.info({ notification: title }, body) };
}
