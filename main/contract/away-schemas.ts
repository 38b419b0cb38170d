/**
 * Greeting, away and holding messages and the AI disclosure line: the owner's texts per customer
 * language and whether each is on. Pure zod (the renderer bundles this file).
 */
import { z } from 'zod';
import { Language } from './schemas';
import { TEXT_LIMITS, safeText } from './text-rules';

/** One owner-written message: on or off, and its words per customer language. */
export const AwayMessage = z.object({
  on: z.boolean(),
  texts: z.partialRecord(Language, safeText(TEXT_LIMITS.reply, 'the text')),
});
export type AwayMessage = z.infer<typeof AwayMessage>;

/** When the disclosure line is added: never, to the first automatic message in a chat, or to every one. */
export const DisclosureMode = z.enum(['off', 'first', 'every']);
export type DisclosureMode = z.infer<typeof DisclosureMode>;

/** The owner's greeting, away and holding messages and disclosure (all off by default). */
export const AwaySettings = z.object({
  greeting: AwayMessage,
  away: AwayMessage,
  /** `{opens}` in the text becomes the hour the shop opens. */
  holding: AwayMessage,
  disclosure: z.object({ mode: DisclosureMode, texts: z.partialRecord(Language, safeText(TEXT_LIMITS.reply, 'the text')) }),
});
export type AwaySettings = z.infer<typeof AwaySettings>;

/** A change: only the fields given are replaced, message by message (a switch does not resend the texts). */
export const AwayPatch = z
  .object({
    greeting: AwayMessage.partial().strict(),
    away: AwayMessage.partial().strict(),
    holding: AwayMessage.partial().strict(),
    disclosure: AwaySettings.shape.disclosure.partial().strict(),
  })
  .partial()
  .strict();
export type AwayPatch = z.infer<typeof AwayPatch>;

/** The kinds of owner-written message a chat can get alone. */
export type AwayKind = 'greeting' | 'away' | 'holding';
