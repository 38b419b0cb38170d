/**
 * Electron entry: the thin shell around the core. Single instance, one hardened window, the
 * `app:` protocol, safeStorage secrets, desktop notifications, and the contract over IPC.
 */
import { app, BrowserWindow, dialog, ipcMain, powerMonitor, safeStorage, session, shell } from 'electron';
import Store from 'electron-store';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore, type Core } from './core/composition';
import { createDispatch } from './core/handlers';
import { settingsOver } from './core/platform/conf-settings';
import { resolveDataDir } from './core/platform/data-dir';
import { createLogger } from './core/platform/logger';
import { makeDataFolderPrivate } from './core/platform/private-folder';
import { systemClock } from './core/platform/ports';
import { DataFolderLockedError } from './core/storage/data-folder-lock';
import { handleAppProtocol, registerAppScheme } from './electron/app-protocol';
import { registerIpc } from './electron/ipc';
import { createDesktopNotifier } from './electron/notifier';
import { externalLinkToOpen } from './electron/external-links';
import { createSafeStorageSecrets } from './electron/safe-storage-secrets';
import { createElectronUpdater } from './electron/electron-updater-adapter';
import { secretStorageStatus } from './electron/secret-storage-status';
import { APP_ORIGIN, isAllowedNavigation, windowOptions } from './electron/window-options';

const here = fileURLToPath(new URL('.', import.meta.url));
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  let window: BrowserWindow | null = null;
  let core: Core | null = null;

  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      // Never a new window inside the app; allow-listed links open in the system browser.
      const external = externalLinkToOpen(url);
      if (external) void shell.openExternal(external);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (isAllowedNavigation(url, devServerUrl)) return;
      event.preventDefault();
      const external = externalLinkToOpen(url);
      if (external) void shell.openExternal(external);
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  app.whenReady().then(async () => {
    const logger = createLogger();
    const dataDir = resolveDataDir(process.env, app.getPath('userData'));
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    handleAppProtocol(join(here, '..', 'renderer'));
    // After ready: before it, Linux reports the backend as "unknown".
    const secretStorage = secretStorageStatus({
      platform: process.platform,
      encryptionAvailable: safeStorage.isEncryptionAvailable(),
      backend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined,
    });
    if (secretStorage !== 'os') logger.warn({ secretStorage }, 'secrets are not protected by an OS keychain');

    try {
      // Before electron-store: it would create a new folder with the default mode (0755).
      makeDataFolderPrivate(dataDir);
      core = createCore({
        paths: { dataDir, assetsDir: join(app.getAppPath(), 'assets') },
        clock: systemClock,
        logger,
        settings: settingsOver(new Store<Record<string, unknown>>({ cwd: dataDir, name: 'settings', configFileMode: 0o600 })),
        secrets: createSafeStorageSecrets(dataDir, { onSetAside: (copy) => logger.warn({ copy }, 'the secrets file was unreadable; a copy was kept before writing a new one') }),
        secretStorage,
        notifier: createDesktopNotifier(logger),
        version: app.getVersion(),
        owner: { kind: 'desktop' },
        // Only an installed app updates itself (a dev run has no app-update.yml).
        ...(app.isPackaged ? { updater: createElectronUpdater(logger) } : {}),
      });
    } catch (error) {
      // The single-instance lock above is keyed on Electron's app-data folder, not on the data
      // folder: the headless shell, or a second app with another app-data folder but the same
      // COUNTERPART_DATA_DIR, may already run on this one.
      if (!(error instanceof DataFolderLockedError)) throw error;
      logger.error({ dataDir, holder: error.holder }, error.message);
      dialog.showErrorBox('Counterpart is already running', error.message);
      app.quit();
      return;
    }

    window = new BrowserWindow(windowOptions(join(here, '..', 'preload', 'index.cjs')));
    registerIpc(ipcMain, createDispatch(core, 'electron'), window, core.bus, devServerUrl);
    window.once('ready-to-show', () => window?.show());
    // After sleep the WhatsApp socket is dead without knowing it: reconnect at once.
    powerMonitor.on('resume', () => core?.whatsapp.resume());
    await window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
    await core.start();
  });

  app.on('window-all-closed', () => {
    core?.close();
    core = null;
    app.quit();
  });
}
