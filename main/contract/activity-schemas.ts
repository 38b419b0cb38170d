/**
 * Activity (the audit log) for people: entries with the customer's name, filtered by customer,
 * person, kind and date, paged by a keyset cursor, exported as CSV. Pure zod.
 */
import { z } from 'zod';

/** Kinds an owner filters by; each action belongs to the first kind whose pattern it matches. */
export const ACTIVITY_KINDS = ['replies', 'handoffs', 'drafts', 'knowledge', 'whatsapp', 'system'] as const;
export const ActivityKind = z.enum(ACTIVITY_KINDS);
export type ActivityKind = z.infer<typeof ActivityKind>;

/** SQL LIKE patterns per kind, in order (`system` takes the rest). */
export const ACTIVITY_KIND_PATTERNS: ReadonlyArray<readonly [ActivityKind, readonly string[]]> = [
  ['replies', ['draft.approved', 'message.%', 'reply.%', 'handoff.replied']],
  ['handoffs', ['handoff.%', 'assistant.handoff']],
  ['drafts', ['assistant.%', 'draft.%']],
  ['knowledge', ['knowledge.%', 'product.%', 'faq.%', 'profile.%', 'import.%', 'quickReply.%', 'suite.%']],
  ['whatsapp', ['whatsapp.%']],
  ['system', ['%']],
];

function likeToRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*')}$`);
}

/** The kind an action belongs to (the same rule the core's filter applies in SQL). */
export function activityKindOf(action: string): ActivityKind {
  for (const [kind, patterns] of ACTIVITY_KIND_PATTERNS) if (patterns.some((pattern) => likeToRegExp(pattern).test(action))) return kind;
  return 'system';
}

/** Which entries: all filters optional and combined. `from`/`to` are epoch ms, `to` exclusive. */
export const ActivityFilter = z
  .object({
    conversationId: z.number().int().positive().optional(),
    actor: z.string().min(1).max(60).optional(),
    kind: ActivityKind.optional(),
    from: z.number().int().nonnegative().optional(),
    to: z.number().int().positive().optional(),
  })
  .strict();
export type ActivityFilter = z.infer<typeof ActivityFilter>;

/** Where the previous page ended (newest first: the last entry's time and id). */
export const ActivityCursor = z.object({ at: z.number(), id: z.number().int() }).strict();
export type ActivityCursor = z.infer<typeof ActivityCursor>;

export const ActivityQuery = ActivityFilter.extend({
  cursor: ActivityCursor.nullable().default(null),
  limit: z.number().int().min(1).max(500).default(100),
}).strict();
export type ActivityQuery = z.input<typeof ActivityQuery>;

/** One audit entry as people read it: with the customer it concerns, when it concerns one. */
export const ActivityEntry = z.object({
  id: z.number().int(),
  at: z.number(),
  actor: z.string(),
  action: z.string(),
  kind: ActivityKind,
  subject: z.string(),
  conversationId: z.number().int().nullable(),
  customerName: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type ActivityEntry = z.infer<typeof ActivityEntry>;

export const ActivityPage = z.object({ items: z.array(ActivityEntry), nextCursor: ActivityCursor.nullable() });
export type ActivityPage = z.infer<typeof ActivityPage>;
