/**
 * Registers one IPC handler per contract channel and forwards core events to the window.
 * Calls from any frame other than the app's own are refused as values, not exceptions.
 */
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, EVENT_IPC_PREFIX } from '../contract/channel-names';
import type { Dispatch } from '../core/handlers';
import type { EventBus } from '../core/platform/events';
import { isAllowedNavigation } from './window-options';

/** Wires the contract to `ipcMain`; returns a function that removes everything it added. */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch, window: BrowserWindow, bus: EventBus, devServerUrl?: string): () => void {
  const trusted = (event: IpcMainInvokeEvent) =>
    event.sender.id === window.webContents.id && isAllowedNavigation(event.senderFrame?.url ?? '', devServerUrl);
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, input: unknown) =>
      trusted(event)
        ? dispatch(channel, input)
        : { ok: false, error: { code: 'forbidden', message: 'Call from an untrusted frame.' } },
    );
  }
  const unsubscribe = bus.onAny((event, payload) => {
    if (!window.isDestroyed()) window.webContents.send(`${EVENT_IPC_PREFIX}${event}`, payload);
  });
  return () => {
    unsubscribe();
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(channel);
  };
}
