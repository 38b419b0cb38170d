/**
 * Quick replies: the owner's canned texts, each with a `/shortcut` and its words per customer
 * language. Pure zod (the renderer bundles this file).
 */
import { z } from 'zod';
import { Language, LANGUAGES } from './schemas';
import { TEXT_LIMITS, safeText } from './text-rules';

/** A shortcut as typed after `/`: letters, digits, `-` and `_`, no spaces. */
export const QuickReplyShortcut = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[\p{L}\p{N}_-]{1,32}$/u, 'A shortcut is 1–32 letters, digits, - or _ (no spaces, no /)');

/** The text per customer language; at least one language has words. */
export const QuickReplyTexts = z
  .partialRecord(Language, safeText(TEXT_LIMITS.reply, 'the text'))
  .refine((texts) => LANGUAGES.some((language) => (texts[language] ?? '').trim().length > 0), 'Write the text in at least one language');
export type QuickReplyTexts = z.infer<typeof QuickReplyTexts>;

export const QuickReply = z.object({
  id: z.number().int().positive(),
  title: z.string(),
  shortcut: z.string(),
  texts: z.partialRecord(Language, z.string()),
  updatedAt: z.number(),
});
export type QuickReply = z.infer<typeof QuickReply>;

/** Create (no id) or replace (id) a quick reply. */
export const SaveQuickReplyInput = z
  .object({
    id: z.number().int().positive().optional(),
    title: safeText(80, 'the title').trim().min(1),
    shortcut: QuickReplyShortcut,
    texts: QuickReplyTexts,
  })
  .strict();
export type SaveQuickReplyInput = z.infer<typeof SaveQuickReplyInput>;
