/**
 * Conversation status changes, labels and attention (quiet hours, the notice a new chat raises).
 *
 * Pure zod (the renderer bundles it).
 */
import { z } from 'zod';
import { InboxNeed } from './console-schemas';

/** A status a person sets; a snooze says until when (epoch ms, in the future). */
export const StatusChange = z.discriminatedUnion('status', [
  z.object({ conversationId: z.number().int().positive(), status: z.enum(['open', 'pending', 'resolved']) }).strict(),
  z.object({ conversationId: z.number().int().positive(), status: z.literal('snoozed'), until: z.number().int().positive() }).strict(),
]);
export type StatusChange = z.infer<typeof StatusChange>;

/** Label colours: Mantine palette names, so both themes have readable shades. */
export const LABEL_COLORS = ['blue', 'green', 'orange', 'red', 'grape', 'cyan', 'yellow', 'gray'] as const;
export const LabelColor = z.enum(LABEL_COLORS);
export type LabelColor = z.infer<typeof LabelColor>;

/** An owner-defined label. */
export const Label = z.object({ id: z.number().int(), name: z.string(), color: LabelColor, conversations: z.number().int() });
export type Label = z.infer<typeof Label>;

export const SaveLabelInput = z
  .object({
    id: z.number().int().positive().nullable().default(null),
    name: z.string().trim().min(1).max(40),
    color: LabelColor,
  })
  .strict();
export type SaveLabelInput = z.output<typeof SaveLabelInput>;

export { QuietHours } from './schemas';

/** A chat newly waiting for a person: the shells raise a notification from it. */
export const AttentionNotice = z.object({
  conversationId: z.number().int(),
  customerName: z.string(),
  need: InboxNeed,
  text: z.string(),
  /** Conversations waiting for a person now (title count, dock badge). */
  waiting: z.number().int(),
});
export type AttentionNotice = z.infer<typeof AttentionNotice>;
