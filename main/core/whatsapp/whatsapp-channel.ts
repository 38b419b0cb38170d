/**
 * The WhatsApp channel adapter the outbox delivers through. Ban-safe by construction: replies
 * only in chats a customer started, to the JID their message came from, paced like a person
 * (typing indicator, a delay that grows with the reply, per-chat and global limits), with the
 * outbox's send id as the WhatsApp message id, and at most one attempt per send id.
 */
import type { ChannelAdapter, SendRequest, SendResult } from '../channels/channel-adapter';
import type { ConversationsRepo } from '../inbox/conversations-repo';
import type { Clock, Logger } from '../platform/ports';
import type { WhatsAppConnection } from './connection-manager';
import type { WhatsAppRepo } from './whatsapp-repo';

/** How replies are paced. */
export type Pacing = {
  /** Minimum gap between two replies to one chat. */
  perChatGapMs: number;
  perChatPerHour: number;
  globalPerMinute: number;
  globalPerHour: number;
  /** How long a reply waits for the link to come up before it is reported as failed. */
  connectWaitMs: number;
};

/** Conservative defaults: a shop answering by hand rarely goes faster. */
export const DEFAULT_PACING: Pacing = { perChatGapMs: 4_000, perChatPerHour: 30, globalPerMinute: 12, globalPerHour: 240, connectWaitMs: 5 * 60_000 };

/** Typing time for a reply: grows with its length, capped, with ±20 % jitter. */
export function typingDelayMs(text: string, random: () => number): number {
  const base = Math.min(8_000, 1_200 + 35 * text.length);
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** Where the limiter reads past sends: every send attempt with its time, oldest first. */
export type SendLog = { since(after: number): Array<{ jid: string; at: number }> };

/**
 * Sliding-window limits per chat and overall; says how long to wait before the next send. It
 * keeps no memory of its own: the windows are read from the send log (`wa_sends`, written
 * before each send), so a restart does not reset them.
 */
export class SendLimiter {
  constructor(
    private readonly pacing: Pacing,
    private readonly log: SendLog,
  ) {}

  /** Milliseconds until a send to `jid` is allowed (0 = now). */
  waitMs(jid: string, now: number): number {
    const hour = 60 * 60_000;
    const sent = this.log.since(now - hour);
    const chat = sent.filter((s) => s.jid === jid);
    const minute = sent.filter((s) => s.at > now - 60_000);
    const waits = [0];
    const lastChat = chat.at(-1);
    if (lastChat) waits.push(Math.min(this.pacing.perChatGapMs, lastChat.at + this.pacing.perChatGapMs - now));
    if (chat.length >= this.pacing.perChatPerHour) waits.push(chat[chat.length - this.pacing.perChatPerHour]!.at + hour - now);
    if (minute.length >= this.pacing.globalPerMinute) waits.push(minute[minute.length - this.pacing.globalPerMinute]!.at + 60_000 - now);
    if (sent.length >= this.pacing.globalPerHour) waits.push(sent[sent.length - this.pacing.globalPerHour]!.at + hour - now);
    // A clock set back after a send must not stall replies for longer than the window itself.
    return Math.min(hour, Math.max(...waits));
  }
}

/** What the adapter is built from. */
export type ChannelDeps = {
  connection: Pick<WhatsAppConnection, 'waitUntilOpen'>;
  repo: WhatsAppRepo;
  conversations: ConversationsRepo;
  limiter: SendLimiter;
  pacing: Pacing;
  clock: Clock;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  logger: Logger;
};

/** Creates the adapter of kind 'whatsapp'. */
export function createWhatsAppChannel(deps: ChannelDeps): ChannelAdapter {
  const fail = (error: string): SendResult => ({ ok: false, error });
  return {
    kind: 'whatsapp',
    async send({ conversationId, sendId, text, stillWanted }: SendRequest): Promise<SendResult> {
      const { repo, conversations, connection, limiter, pacing, clock, sleep, random, logger } = deps;
      const chat = repo.chat(conversationId);
      if (!chat) return fail('This conversation has no WhatsApp address to reply to.');
      const origin = conversations.origin(conversationId);
      if (!origin || origin.startedBy !== 'customer' || !origin.customerWrote) {
        return fail('Counterpart only replies in WhatsApp chats a customer started.');
      }
      if (repo.attempted(sendId)) {
        // A crash may have happened after the bytes left: never send the same approval twice.
        return fail('This reply was being sent when Counterpart stopped, so it was not sent again. Check the chat on the phone.');
      }
      if (!(await connection.waitUntilOpen(pacing.connectWaitMs))) return fail('WhatsApp is not connected, so the reply was not sent.');
      for (let wait = limiter.waitMs(chat.replyJid, clock.now()); wait > 0; wait = limiter.waitMs(chat.replyJid, clock.now())) await sleep(wait);

      const typing = await connection.waitUntilOpen(pacing.connectWaitMs);
      await typing?.sendPresenceUpdate('composing', chat.replyJid).catch(() => undefined);
      await sleep(typingDelayMs(text, random));
      const socket = await connection.waitUntilOpen(pacing.connectWaitMs);
      if (!socket) return fail('WhatsApp disconnected before the reply could be sent.');
      // Checked with nothing awaited before the attempt is marked: a cancel either lands first or not at all.
      if (stillWanted && !stillWanted()) return fail('The reply was cancelled before it was sent.');
      // The attempt row is also what the limiter counts from now on.
      if (!repo.markAttempt(sendId, chat.replyJid, clock.now())) return fail('This reply was already handed to WhatsApp once.');
      try {
        await socket.sendMessage(chat.replyJid, { text }, { messageId: sendId });
      } catch (error) {
        const reason = `WhatsApp did not take the reply: ${(error as Error).message}`;
        repo.recordSendError(sendId, reason);
        logger.warn({ sendId, err: error }, 'WhatsApp send failed');
        return fail(reason);
      }
      // Not awaited: the outbox records 'sent' now, before any delivery receipt can arrive.
      void socket.sendPresenceUpdate('paused', chat.replyJid).catch(() => undefined);
      return { ok: true };
    },
  };
}
