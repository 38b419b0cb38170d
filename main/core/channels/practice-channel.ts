/**
 * The practice channel: the owner plays the customer inside the app. Delivery is the message
 * appearing in the practice chat, which happens when the outbox marks it sent.
 */
import type { ChannelAdapter, SendRequest, SendResult } from './channel-adapter';

/** Creates the practice channel adapter. */
export function createPracticeChannel(): ChannelAdapter {
  return {
    kind: 'practice',
    async send(_request: SendRequest): Promise<SendResult> {
      return { ok: true };
    },
  };
}
