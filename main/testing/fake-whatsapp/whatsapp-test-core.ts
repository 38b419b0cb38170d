/**
 * Test support: a real core (real SQLite and services) with WhatsApp options injected, secrets
 * that survive a "restart" (reopening the same folder), and a log of bus events.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventName, EventPayload } from '../../contract/contract';
import { createCore, type Core } from '../../core/composition';
import { createDispatch, type Dispatch } from '../../core/handlers';
import { memorySettings } from '../../core/platform/conf-settings';
import { silentLogger } from '../../core/platform/logger';
import type { Logger, SecretStore } from '../../core/platform/ports';
import type { WhatsAppOptions } from '../../core/whatsapp/whatsapp-service';
import { FakeClock, memorySecrets, REPO_ROOT } from '../test-core';

/** A test core and what it observed. */
export type WhatsAppTestCore = {
  core: Core;
  dispatch: Dispatch;
  clock: FakeClock;
  dataDir: string;
  secrets: SecretStore;
  notifications: Array<{ title: string; body: string }>;
  events: Array<{ event: EventName; payload: unknown }>;
  call<T = unknown>(channel: string, input?: unknown): Promise<T>;
  /** The payloads of one event, oldest first. */
  eventsOf<E extends EventName>(event: E): Array<EventPayload<E>>;
  close(): void;
  dispose(): void;
};

/** Builds a core; pass `dataDir` and `secrets` of a closed one to "restart" it. */
export function createWhatsAppTestCore(
  options: {
    dataDir?: string;
    secrets?: SecretStore;
    clock?: FakeClock;
    logger?: Logger;
    whatsapp?: WhatsAppOptions;
    /** The outbox's undo window; 0 (hand over at once) unless a test is about undo. */
    undoSendMs?: number;
  } = {},
): WhatsAppTestCore {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'counterpart-wa-'));
  const clock = options.clock ?? new FakeClock();
  const secrets = options.secrets ?? memorySecrets();
  const notifications: Array<{ title: string; body: string }> = [];
  const core = createCore({
    paths: { dataDir, assetsDir: join(REPO_ROOT, 'assets') },
    clock,
    logger: options.logger ?? silentLogger(),
    settings: memorySettings(),
    secrets,
    notifier: { notify: (title, body) => notifications.push({ title, body }) },
    version: '0.0.0-test',
    owner: { kind: 'command', command: 'test core' },
    whatsapp: options.whatsapp,
    undoSendMs: options.undoSendMs ?? 0,
  });
  const events: Array<{ event: EventName; payload: unknown }> = [];
  core.bus.onAny((event, payload) => events.push({ event, payload }));
  const dispatch = createDispatch(core, 'browser');
  let closed = false;
  const close = () => {
    if (!closed) core.close();
    closed = true;
  };
  return {
    core,
    dispatch,
    clock,
    dataDir,
    secrets,
    notifications,
    events,
    async call<T>(channel: string, input: unknown = {}) {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    },
    eventsOf: <E extends EventName>(event: E) => events.filter((e) => e.event === event).map((e) => e.payload as EventPayload<E>),
    close,
    dispose() {
      close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
