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
    updateSettings: async ({ operatorName, ...patch }) => {
      // The operator's name is the current person's: renaming it renames them (their own change).
      if (operatorName !== undefined) await core.staff.update(core.staff.current().id, { name: operatorName });
      const next = core.settings.update(patch);
      if (Object.keys(patch).length > 0) core.audit.record(actorOf(core), 'settings.updated', 'settings', { fields: Object.keys(patch) });
      return next;
    },
  };
}

/** The name recorded in the audit log for a person's action. */
export function actorOf(core: Core): string {
  return core.staff.current().name;
}
