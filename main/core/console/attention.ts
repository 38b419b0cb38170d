/**
 * Attention: a chat newly waiting for a person raises one notification until someone opens it,
 * never in the owner's quiet hours, and the count of waiting chats follows every change (window
 * title, dock/taskbar badge). The decision is a pure function; the service only feeds it.
 */
import { WAITING_NEEDS, type InboxNeed, type InboxRow } from '../../contract/console-schemas';
import type { QuietHours } from '../../contract/schemas';
import type { AttentionNotice } from '../../contract/states-schemas';
import { assertNever } from '../platform/errors';
import type { EventBus } from '../platform/events';
import type { Clock, Notifier } from '../platform/ports';
import type { ConsoleRepo } from './console-repo';

/** Why a chat does or does not raise a notification now. */
export type NoticeDecision = 'notify' | 'not_waiting' | 'nothing_unread' | 'already_notified' | 'quiet_hours';

/** Minutes since midnight of "HH:MM". */
function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Whether a minute of the day falls in quiet hours; `from` after `to` spans midnight, equal means none. */
export function inQuietHours(quiet: QuietHours | null | undefined, minuteOfDay: number): boolean {
  if (!quiet) return false;
  const from = minutesOf(quiet.from);
  const to = minutesOf(quiet.to);
  if (from === to) return false;
  return from < to ? minuteOfDay >= from && minuteOfDay < to : minuteOfDay >= from || minuteOfDay < to;
}

/** The minute of the day at `at` in a time zone (the shop's); an unknown zone reads as UTC. */
export function minuteOfDayIn(timeZone: string | undefined, at: number): number {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-GB', { timeZone: timeZone || 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  } catch {
    parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  }
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

/**
 * Notify or not: only a chat waiting for a person with something unread, once until a person
 * has seen it, and never in quiet hours.
 */
export function decideNotice(input: {
  need: InboxNeed;
  unread: number;
  notifiedSinceSeen: boolean;
  quietHours: QuietHours | null | undefined;
  minuteOfDay: number;
}): NoticeDecision {
  if (!WAITING_NEEDS.includes(input.need)) return 'not_waiting';
  if (input.unread === 0) return 'nothing_unread';
  if (input.notifiedSinceSeen) return 'already_notified';
  if (inQuietHours(input.quietHours, input.minuteOfDay)) return 'quiet_hours';
  return 'notify';
}

/** The desktop notification's English title (the browser shell words its own in the UI language). */
function noticeTitle(row: InboxRow): string {
  const need = row.need;
  switch (need) {
    case 'handed_off':
      return `${row.customerName} needs a person`;
    case 'draft_ready':
      return `A reply for ${row.customerName} is ready`;
    case 'needs_reply':
    case 'paused':
    case 'snoozed':
    case 'resolved':
    case 'optout':
      return `${row.customerName} is waiting for a reply`;
    default:
      return assertNever(need);
  }
}

export type AttentionDeps = {
  inbox: ConsoleRepo;
  notifier: Notifier;
  bus: EventBus;
  clock: Clock;
  quietHours: () => QuietHours | null | undefined;
  timeZone: () => string | undefined;
};

/** Watches chats change and raises notices; one per chat until a person opens it. */
export class AttentionService {
  /** Chats notified since a person last saw them (lost on restart: at worst one more notice). */
  private readonly notified = new Set<number>();
  private waiting = -1;

  constructor(private readonly deps: AttentionDeps) {}

  /** Subscribes to conversation changes; returns the unsubscribe function. */
  watch(): () => void {
    return this.deps.bus.on('conversationChanged', ({ conversationId }) => this.check(conversationId));
  }

  /** Re-reads one chat: forgets the notice once it is seen, raises one when due; updates the badge. */
  check(conversationId: number): NoticeDecision | null {
    const { inbox, notifier, bus, clock } = this.deps;
    const row = inbox.row(conversationId);
    this.updateBadge();
    if (!row) return null;
    // Opened (read) since the notice: the next new message may notify again.
    if (row.unread === 0) this.notified.delete(conversationId);
    const decision = decideNotice({
      need: row.need,
      unread: row.unread,
      notifiedSinceSeen: this.notified.has(conversationId),
      quietHours: this.deps.quietHours(),
      minuteOfDay: minuteOfDayIn(this.deps.timeZone(), clock.now()),
    });
    if (decision !== 'notify') return decision;
    this.notified.add(conversationId);
    const notice: AttentionNotice = { conversationId, customerName: row.customerName, need: row.need, text: row.lastMessageText, waiting: Math.max(this.waiting, 0) };
    notifier.notify(noticeTitle(row), row.lastMessageText, { event: 'attention', conversationId });
    bus.emit('attention', notice);
    return decision;
  }

  private updateBadge(): void {
    const waiting = this.deps.inbox.waitingCount();
    if (waiting === this.waiting) return;
    this.waiting = waiting;
    this.deps.notifier.badge?.(waiting);
  }
}
