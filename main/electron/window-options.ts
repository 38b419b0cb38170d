/**
 * The one window's configuration and the navigation policy, as plain values so a test can read
 * them without launching Electron.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/** Origin of the bundled renderer, served by the `app:` protocol. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://counterpart`;

/** Hardened options for the main window. */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Counterpart',
    backgroundColor: '#f8faf9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}

/**
 * Whether the window may navigate to `url`: only within the app's own origin (or the dev server
 * electron-vite runs in development). Everything else is denied.
 */
export function isAllowedNavigation(url: string, devServerUrl?: string): boolean {
  try {
    const target = new URL(url);
    if (`${target.protocol}//${target.host}` === APP_ORIGIN) return true;
    if (devServerUrl) return target.origin === new URL(devServerUrl).origin;
    return false;
  } catch {
    return false;
  }
}
