/**
 * Update status schemas: what the app shows about new versions.
 */
import { z } from 'zod';

/** Which releases a shop receives: stable only, or betas too. */
export const UpdateChannel = z.enum(['stable', 'beta']);
export type UpdateChannel = z.infer<typeof UpdateChannel>;

/**
 * Where updating stands. `managed`: this shell is not updated by the app (the headless shell
 * comes from a package manager); `ready`: downloaded, waiting for "Restart to update".
 */
export const UpdateState = z.enum(['managed', 'idle', 'checking', 'downloading', 'ready', 'error']);
export type UpdateState = z.infer<typeof UpdateState>;

export const UpdateStatus = z.object({
  currentVersion: z.string(),
  channel: UpdateChannel,
  state: UpdateState,
  /** The version found (downloading / ready). */
  version: z.string().optional(),
  /** Its release notes, as published (plain text or Markdown). */
  notes: z.string().optional(),
  /** When the feed was last asked (ms since epoch). */
  checkedAt: z.number().optional(),
  /** Why the last check or download failed (English, for the log and support). */
  error: z.string().optional(),
});
export type UpdateStatus = z.infer<typeof UpdateStatus>;

/** What "Restart to update" did: restarting, or held back because a reply is being sent. */
export const RestartResult = z.object({
  restarting: z.boolean(),
  /** Set when held back. */
  reason: z.enum(['sending', 'not_ready']).optional(),
});
export type RestartResult = z.infer<typeof RestartResult>;
