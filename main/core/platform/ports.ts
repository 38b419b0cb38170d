/**
 * Ports: the outside world the core depends on, injected by each shell's composition root.
 */
import type { Logger } from 'pino';
import type { Settings } from '../../contract/schemas';

/** Time source; tests pass a fake one. */
export interface Clock {
  now(): number;
}

/** Keeps secrets (API keys, data keys) out of plain files. Electron: safeStorage. */
export interface SecretStore {
  get(name: string): Promise<string | null>;
  set(name: string, value: string): Promise<void>;
  delete(name: string): Promise<void>;
}

/**
 * What a notification may leave in a log: which event and the ids it concerns. Title and body
 * go to the owner's screen only, since they can carry a customer's name or words.
 */
export type NoticeLog = {
  event: string;
  conversationId?: number;
};

/** Tells the owner something happened (desktop notification, or a log line headless). */
export interface Notifier {
  /** `log` is all a log line about it may say (never `title`/`body`). */
  notify(title: string, body: string, log?: NoticeLog): void;
  /** How many chats wait for a person (dock/taskbar badge); shells without a badge omit it. */
  badge?(count: number): void;
}

/** Small settings (not data that grows): electron-store in Electron, `conf` under Node. */
export interface SettingsStore {
  get(): Settings;
  update(patch: Partial<Settings>): Settings;
}

/** Folders the core may write to and read from. */
export interface Paths {
  /** The data folder: database, settings, token. */
  dataDir: string;
  /** Shipped, read-only assets (demo shop…). */
  assetsDir: string;
}

export type { Logger };

/** The system clock. */
export const systemClock: Clock = { now: () => Date.now() };

/**
 * A clock running `offsetMs` ahead of `base` (behind when negative): the headless shell's
 * development and testing knob (`COUNTERPART_CLOCK_OFFSET_MS`), so scheduled work such as warm
 * callbacks can be seen at the hour it is due. Timers stay real: only "now" moves.
 */
export function shiftedClock(base: Clock, offsetMs: number): Clock {
  return offsetMs === 0 ? base : { now: () => base.now() + offsetMs };
}

/** Timers, injected so tests control when scheduled work runs (no real waiting). */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Real timers that never keep the process alive on their own (a CLI may exit around them). */
export const systemTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
