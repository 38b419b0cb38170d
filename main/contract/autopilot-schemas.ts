/**
 * The autopilot's shapes across the boundary: modes, topics with their streaks, the send gate's
 * checks (codes the UI translates), and what an automatic reply records.
 */
import { z } from 'zod';

/** off: nothing is drafted automatically; suggest: drafts wait for a person; auto: may send alone. */
export const AutopilotMode = z.enum(['off', 'suggest', 'auto']);
export type AutopilotMode = z.infer<typeof AutopilotMode>;

/** Each rule of the send gate, in the order it is judged. */
export const SEND_CHECKS = [
  'mode',
  'topic',
  'route',
  'parts',
  'match',
  'reasons',
  'flags',
  'language',
  'chat',
  'optout',
  'backlog',
  'ad_first',
  'hours',
  'rate',
] as const;
export const SendCheck = z.enum(SEND_CHECKS);
export type SendCheck = z.infer<typeof SendCheck>;

/** One rule's verdict; `detail` is a code or figure (never prose). */
export const SendCheckResult = z.object({ check: SendCheck, ok: z.boolean(), detail: z.string().optional() });
export type SendCheckResult = z.infer<typeof SendCheckResult>;

/** The send gate's decision with its evidence; `rule`: the topic whose earned mode sent it. */
export const SendVerdict = z.object({ send: z.boolean(), rule: z.string().nullable(), checks: z.array(SendCheckResult) });
export type SendVerdict = z.infer<typeof SendVerdict>;

/** Why a topic fell back to suggesting. */
export const DROP_WHYS = ['edited', 'rejected', 'complaint_after_auto', 'handoff_after_auto'] as const;
export const DropWhy = z.enum(DROP_WHYS);
export type DropWhy = z.infer<typeof DropWhy>;

/** A topic as the console shows it: the owner's mode, the earned streak, and the last drop. */
export const AutopilotTopic = z.object({
  topic: z.string(),
  /** The FAQ question or null for products/greetings. */
  title: z.string().nullable(),
  /** The owner's choice; null follows the global mode. */
  mode: AutopilotMode.nullable(),
  /** What applies now: the mode, or suggest while auto is not yet earned. */
  effective: AutopilotMode,
  streak: z.number().int(),
  dropped: z.object({ why: DropWhy, at: z.number(), draftId: z.number().int().nullable() }).nullable(),
});
export type AutopilotTopic = z.infer<typeof AutopilotTopic>;

/** The owner's autopilot settings. */
export const AutopilotSettings = z.object({
  mode: AutopilotMode,
  /** Clean approvals a topic needs in a row before it may send alone. */
  streakNeeded: z.number().int().min(1).max(50),
  /** Local hours (profile timezone) automatic replies may go out, "HH:MM"; null: the profile's hours. */
  hours: z.object({ from: z.string().regex(/^\d\d:\d\d$/), to: z.string().regex(/^\d\d:\d\d$/) }).nullable(),
  /** Whether the first reply in a chat started from an ad may go out alone. */
  allowAdFirstReply: z.boolean(),
  /** Automatic replies per hour, over all chats. */
  perHour: z.number().int().min(1).max(240),
});
export type AutopilotSettings = z.infer<typeof AutopilotSettings>;

export const AutopilotState = z.object({ settings: AutopilotSettings, topics: z.array(AutopilotTopic) });
export type AutopilotState = z.infer<typeof AutopilotState>;

/** An automatic reply on a message of the conversation view. */
export const AutoSendRecord = z.object({
  messageId: z.number().int(),
  draftId: z.number().int(),
  rule: z.string(),
  checks: z.array(SendCheckResult),
  at: z.number(),
  cancelledAt: z.number().nullable(),
});
export type AutoSendRecord = z.infer<typeof AutoSendRecord>;
