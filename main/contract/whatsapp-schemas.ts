/**
 * Schemas for the WhatsApp link: its state as the owner sees it, and how to link.
 */
import { z } from 'zod';

/** Where the WhatsApp link stands. */
export const WhatsAppState = z.enum([
  'unlinked',
  'linking',
  'connecting',
  'connected',
  'reconnecting',
  'logged_out',
  'replaced',
  'banned',
  /** A link is stored but its keys cannot be opened (see `keysIssue`); nothing was deleted. */
  'keys_unavailable',
]);
export type WhatsAppState = z.infer<typeof WhatsAppState>;

/**
 * Why the stored link's keys cannot be opened: the data key is gone from the secret store
 * (`missing`: the secrets file was deleted or replaced), the secret store cannot be read
 * (`unreadable`: a damaged file, a locked keychain), or the key there does not open the rows
 * (`undecryptable`: a secrets file from another install or an older backup).
 */
export const WhatsAppKeysIssue = z.enum(['missing', 'unreadable', 'undecryptable']);
export type WhatsAppKeysIssue = z.infer<typeof WhatsAppKeysIssue>;

export const WhatsAppStatus = z.object({
  state: WhatsAppState,
  /** The current QR as a PNG data URL while linking by QR (rotates). */
  qrDataUrl: z.string().nullable(),
  /** The 8-character pairing code while linking by phone number. */
  pairingCode: z.string().nullable(),
  /** The linked number, "+NN…", once known. */
  phone: z.string().nullable(),
  /** When the next reconnect attempt happens (epoch ms), while reconnecting. */
  nextAttemptAt: z.number().nullable(),
  /** A sentence for the owner explaining the state (why it stopped, what to do). */
  detail: z.string().nullable(),
  /** Set in the `keys_unavailable` state: why the keys cannot be opened. */
  keysIssue: WhatsAppKeysIssue.nullable(),
  /** Messages waiting in the backlog triage after a reconnect. */
  backlog: z.number().int(),
});
export type WhatsAppStatus = z.infer<typeof WhatsAppStatus>;

export const ConnectWhatsAppInput = z.discriminatedUnion('method', [
  z.object({ method: z.literal('qr') }).strict(),
  z.object({ method: z.literal('code'), phone: z.string().regex(/^\+?[0-9 ()-]{7,20}$/) }).strict(),
]);
