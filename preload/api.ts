/**
 * Builds the API object the preload exposes: exactly one method per contract channel, plus
 * `subscribe` for push events. Takes the IPC renderer as a parameter so tests need no Electron.
 */
import { CHANNEL_NAMES, EVENT_IPC_PREFIX, EVENT_NAMES } from '../main/contract/channel-names';

/** The slice of `ipcRenderer` the API uses. */
export interface IpcLike {
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

/** One function per channel, each bound to its own fixed channel name. */
export function buildApi(ipc: IpcLike): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  for (const channel of CHANNEL_NAMES) {
    api[channel] = (input: unknown) => ipc.invoke(channel, input ?? {});
  }
  api.subscribe = (event: string, listener: (payload: unknown) => void) => {
    if (!(EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`Unknown event "${event}"`);
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipc.on(`${EVENT_IPC_PREFIX}${event}`, wrapped);
    return () => {
      ipc.removeListener(`${EVENT_IPC_PREFIX}${event}`, wrapped);
    };
  };
  return Object.freeze(api);
}
