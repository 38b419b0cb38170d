import { describe, expect, it, vi } from 'vitest';
import { buildApi, type IpcLike } from '../../preload/api';
import { CHANNEL_NAMES, EVENT_IPC_PREFIX, EVENT_NAMES } from './channel-names';
import { contract, events } from './contract';

const fakeIpc = () => {
  const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
  const ipc: IpcLike & { listeners: typeof listeners } = {
    listeners,
    invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
    on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => listeners.set(channel, listener)),
    removeListener: vi.fn((channel: string) => listeners.delete(channel)),
  };
  return ipc;
};

describe('the contract', () => {
  it('has exactly the listed channels and events', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Object.keys(events).sort()).toEqual([...EVENT_NAMES].sort());
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length);
  });

  it('the preload exposes exactly one method per channel, plus subscribe', () => {
    const api = buildApi(fakeIpc());
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES, 'subscribe'].sort());
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('each method invokes its own channel only', async () => {
    const ipc = fakeIpc();
    const api = buildApi(ipc) as Record<string, (input?: unknown) => Promise<unknown>>;
    for (const channel of CHANNEL_NAMES) await api[channel]!({ probe: channel });
    expect(vi.mocked(ipc.invoke).mock.calls).toEqual(CHANNEL_NAMES.map((c) => [c, { probe: c }]));
  });

  it('subscribe accepts contract events only and unsubscribes', () => {
    const ipc = fakeIpc();
    const api = buildApi(ipc) as { subscribe: (e: string, l: (p: unknown) => void) => () => void };
    const seen: unknown[] = [];
    const off = api.subscribe('queueChanged', (p) => seen.push(p));
    ipc.listeners.get(`${EVENT_IPC_PREFIX}queueChanged`)!({}, { pending: 2 });
    expect(seen).toEqual([{ pending: 2 }]);
    off();
    expect(ipc.listeners.has(`${EVENT_IPC_PREFIX}queueChanged`)).toBe(false);
    expect(() => api.subscribe('approveDraft', () => {})).toThrow(/Unknown event/);
  });
});
