/**
 * Update channels: the status, "check now", and "Restart to update".
 */
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';

/** Registers getUpdateStatus, checkForUpdates, restartToUpdate. */
export function updateHandlers(core: Core): HandlerMap<'getUpdateStatus' | 'checkForUpdates' | 'restartToUpdate'> {
  return {
    getUpdateStatus: () => core.updates.getStatus(),
    checkForUpdates: () => core.updates.check(),
    restartToUpdate: () => core.updates.restart(),
  };
}
