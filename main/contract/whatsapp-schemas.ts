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
]);
export type WhatsAppState = z.infer<typeof WhatsAppState>;

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
  /** Messages waiting in the backlog triage after a reconnect. */
  backlog: z.number().int(),
});
export type WhatsAppStatus = z.infer<typeof WhatsAppStatus>;

export const ConnectWhatsAppInput = z.discriminatedUnion('method', [
  z.object({ method: z.literal('qr') }).strict(),
  z.object({ method: z.literal('code'), phone: z.string().regex(/^\+?[0-9 ()-]{7,20}$/) }).strict(),
]);
