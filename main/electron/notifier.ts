/**
 * Desktop notifications through Electron's Notification API.
 */
import { Notification } from 'electron';
import type { Logger, Notifier } from '../core/platform/ports';

/** Shows a system notification when supported, else logs it. */
export function createDesktopNotifier(logger: Logger): Notifier {
  return {
    notify(title, body) {
      if (Notification.isSupported()) new Notification({ title, body, silent: false }).show();
      else logger.info({ notification: title }, body);
    },
  };
}
