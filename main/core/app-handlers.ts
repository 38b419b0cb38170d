/**
 * App-level channels: info and settings.
 */
import type { AppInfo } from '../contract/schemas';
import type { Core } from './composition';
import type { HandlerMap } from './handler-types';

/** Registers getAppInfo, getSettings, updateSettings. */
export function appHandlers(core: Core, shell: AppInfo['shell']): HandlerMap<'getAppInfo' | 'getSettings' | 'updateSettings'> {
  return {
    getAppInfo: () => ({ version: core.version, shell, dataDir: core.paths.dataDir, undoSendMs: core.undoSendMs, ...(core.secretStorage ? { secretStorage: core.secretStorage } : {}) }),
    getSettings: () => core.settings.get(),
    updateSettings: (patch) => {
      const next = core.settings.update(patch);
      core.audit.record(core.settings.get().operatorName, 'settings.updated', 'settings', { fields: Object.keys(patch) });
      return next;
    },
  };
}

/** The name recorded in the audit log for a person's action. */
export function actorOf(core: Core): string {
  return core.settings.get().operatorName;
}
