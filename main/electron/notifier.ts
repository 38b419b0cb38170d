/**
 * Desktop notifications through Electron's Notification API, and the dock/taskbar badge.
 */
import { app, Notification } from 'electron';
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
    // macOS dock and Linux launchers show the count; where there is none this does nothing.
    badge(count) {
      app.setBadgeCount(count);
    },
  };
}
