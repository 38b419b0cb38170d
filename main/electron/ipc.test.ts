import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, EVENT_IPC_PREFIX } from '../contract/channel-names';
import { createTestCore, type TestCore } from '../testing/test-core';
import { registerIpc } from './ipc';
import { APP_ORIGIN } from './window-options';

type Invoke = (event: IpcMainInvokeEvent, input: unknown) => unknown;

/** The slices of ipcMain and the window that registerIpc touches, recorded; no Electron runs. */
function fakeElectron(windowId = 1) {
  const handlers = new Map<string, Invoke>();
  const sent: Array<[string, unknown]> = [];
  const ipcMain = {
    handle: (channel: string, handler: Invoke) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  } as unknown as IpcMain;
  const window = {
    isDestroyed: () => false,
    webContents: { id: windowId, send: (channel: string, payload: unknown) => sent.push([channel, payload]) },
  } as unknown as BrowserWindow;
  const from = (senderId: number, url: string | null) =>
    ({ sender: { id: senderId }, senderFrame: url === null ? null : { url } }) as unknown as IpcMainInvokeEvent;
  return { handlers, sent, ipcMain, window, from };
}

describe('the contract over IPC', () => {
  let t: TestCore;
  afterEach(() => t?.dispose());

  it('registers every channel and serves the app window with validated results', async () => {
    t = createTestCore();
    const e = fakeElectron();
    registerIpc(e.ipcMain, t.dispatch, e.window, t.core.bus);
    expect([...e.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    const own = e.from(1, `${APP_ORIGIN}/index.html`);
    expect(await e.handlers.get('getSettings')!(own, {})).toMatchObject({ ok: true, value: { operatorName: 'Owner' } });
    expect(await e.handlers.get('sendPracticeMessage')!(own, { text: 5 })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it('refuses, as a value, calls from another window or a frame outside the app', async () => {
    t = createTestCore();
    const e = fakeElectron();
    registerIpc(e.ipcMain, t.dispatch, e.window, t.core.bus);
    const getSettings = e.handlers.get('getSettings')!;
    const refused = { ok: false, error: { code: 'forbidden' } };
    expect(await getSettings(e.from(2, `${APP_ORIGIN}/index.html`), {})).toMatchObject(refused);
    expect(await getSettings(e.from(1, 'https://evil.example/'), {})).toMatchObject(refused);
    expect(await getSettings(e.from(1, null), {})).toMatchObject(refused);
    // A practice message from an untrusted frame must not reach the core.
    await e.handlers.get('sendPracticeMessage')!(e.from(1, 'https://evil.example/'), { customerName: 'X', language: 'en', text: 'hi' });
    expect((await t.call<{ items: unknown[] }>('listConversations')).items).toEqual([]);
  });

  it('forwards core events to the window and removes everything on dispose', async () => {
    t = createTestCore();
    const e = fakeElectron();
    const dispose = registerIpc(e.ipcMain, t.dispatch, e.window, t.core.bus);
    t.core.bus.emit('queueChanged', { pending: 3 });
    expect(e.sent).toEqual([[`${EVENT_IPC_PREFIX}queueChanged`, { pending: 3 }]]);
    dispose();
    t.core.bus.emit('queueChanged', { pending: 4 });
    expect(e.sent).toHaveLength(1);
    expect(e.handlers.size).toBe(0);
  });
});
