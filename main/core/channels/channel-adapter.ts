/**
 * The port every messaging channel implements for sending; inbound goes through the inbox.
 */
import type { ChannelKind } from '../../contract/schemas';

export type SendRequest = {
  conversationId: number;
  sendId: string;
  text: string;
  /**
   * Whether the reply should still go (false once it was cancelled, e.g. by the autopilot's kill
   * switch); a channel that waits before sending asks right before handing the reply over.
   */
  stillWanted?: () => boolean;
};
export type SendResult = { ok: true } | { ok: false; error: string };

/** A channel the outbox can deliver through. */
export interface ChannelAdapter {
  readonly kind: ChannelKind;
  send(request: SendRequest): Promise<SendResult>;
}
