/**
 * What the window title says: the number of chats waiting for a person before the app's name,
 * as mail and chat apps do ("(3) Counterpart"), so a background tab or window shows it.
 */
export function attentionTitle(waiting: number, appName = 'Counterpart'): string {
  return waiting > 0 ? `(${waiting}) ${appName}` : appName;
}

/** Which browser-notification state the attention popover shows. */
export type BrowserPermission = 'unsupported' | 'default' | 'granted' | 'denied';

/** The Notification API's permission, or 'unsupported' where there is none. */
export function browserPermission(scope: { Notification?: { permission: NotificationPermission } } = globalThis as never): BrowserPermission {
  return scope.Notification ? scope.Notification.permission : 'unsupported';
}
