/**
 * Desktop notifications through Electron's Notification API.
 */
import { Notification } from 'electron';
import { logNotice } from '../core/platform/logger';
import type { Logger, Notifier } from '../core/platform/ports';

/** Shows a system notification when supported, else logs that one happened (ids only). */
export function createDesktopNotifier(logger: Logger): Notifier {
  return {
    notify(title, body, log) {
      if (Notification.isSupported()) new Notification({ title, body, silent: false }).show();
      // The log gets ids only: the title can carry a customer's name.
      else logNotice(logger, log);
    },
  };
}
