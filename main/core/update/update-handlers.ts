/**
 * Update and support channels: the status, "check now", "Restart to update", and the
 * diagnostics text an installer pastes into a support request.
 */
import type { Core } from '../composition';
import { collectDiagnostics, probeModelServer } from '../doctor/diagnostics';
import type { HandlerMap } from '../handler-types';

/** Registers getUpdateStatus, checkForUpdates, restartToUpdate, getDiagnostics. */
export function updateHandlers(core: Core): HandlerMap<'getUpdateStatus' | 'checkForUpdates' | 'restartToUpdate' | 'getDiagnostics'> {
  return {
    getUpdateStatus: () => core.updates.getStatus(),
    checkForUpdates: () => core.updates.check(),
    restartToUpdate: () => core.updates.restart(),
    getDiagnostics: async () => ({
      text: await collectDiagnostics({ dataDir: core.paths.dataDir, version: core.version, now: core.clock.now(), probeModel: probeModelServer }),
    }),
  };
}
