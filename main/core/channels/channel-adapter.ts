/**
 * The port every messaging channel implements for sending; inbound goes through the inbox.
 */
import type { ChannelKind } from '../../contract/schemas';

export type SendRequest = { conversationId: number; sendId: string; text: string };
export type SendResult = { ok: true } | { ok: false; error: string };

/** A channel the outbox can deliver through. */
export interface ChannelAdapter {
  readonly kind: ChannelKind;
  send(request: SendRequest): Promise<SendResult>;
}
