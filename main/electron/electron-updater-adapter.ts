/**
 * The desktop `Updater`: electron-updater, reading the feed configured in electron-builder.yml
 * (`publish`, copied into the app as app-update.yml). Thin on purpose — when to check, what to
 * show and when installing is safe are UpdateService's (tested in plain Node against a local
 * feed); this file is not tested here, since it needs the Electron binary.
 */
import electronUpdater from 'electron-updater';
import type { Logger } from '../core/platform/ports';
import type { UpdateRelease, Updater } from '../core/update/updater';
import { isUpdate } from '../core/update/update-feed';

/** electron-updater's release notes: text, or notes per version. */
function notesOf(notes: string | Array<{ version: string; note: string | null }> | null | undefined): string {
  if (!notes) return '';
  if (typeof notes === 'string') return notes;
  return notes.map((n) => `${n.version}\n${n.note ?? ''}`.trim()).join('\n\n');
}

/** Wraps electron-updater's autoUpdater; downloads only when UpdateService asks. */
export function createElectronUpdater(logger: Logger): Updater {
  const { autoUpdater } = electronUpdater;
  autoUpdater.autoDownload = false;
  // Installing on a quit the owner chose is safe (replies wait durably in the outbox); a restart
  // of our own happens only through UpdateService.restart().
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.logger = { info: (m) => logger.info(String(m)), warn: (m) => logger.warn(String(m)), error: (m) => logger.error(String(m)), debug: () => {} };
  return {
    async check(channel, currentVersion): Promise<UpdateRelease | null> {
      autoUpdater.channel = channel === 'beta' ? 'beta' : 'latest';
      autoUpdater.allowPrerelease = channel === 'beta';
      // Going back to stable from a beta must not offer an older stable as a "downgrade".
      autoUpdater.allowDowngrade = false;
      const result = await autoUpdater.checkForUpdates();
      const info = result?.updateInfo;
      if (!info || !isUpdate(info.version, currentVersion, channel)) return null;
      return { version: info.version, notes: notesOf(info.releaseNotes), ...(info.releaseDate ? { releaseDate: info.releaseDate } : {}) };
    },
    async download(): Promise<void> {
      await autoUpdater.downloadUpdate();
    },
    install(): void {
      autoUpdater.quitAndInstall(false, true);
    },
  };
}
