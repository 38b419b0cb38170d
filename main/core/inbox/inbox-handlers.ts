/**
 * Inbox channels: the practice chat and conversations.
 */
import { randomUUID } from 'node:crypto';
import { actorOf } from '../app-handlers';
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';
import { AppError } from '../platform/errors';

type InboxChannels = 'sendPracticeMessage' | 'listConversations' | 'getConversation' | 'getConversationPage' | 'resumeAssistant';

/** Registers the inbox channels. */
export function inboxHandlers(core: Core): HandlerMap<InboxChannels> {
  const existing = (conversationId: number) => {
    const conversation = core.conversations.get(conversationId);
    if (!conversation) throw new AppError('not_found', `No conversation ${conversationId}.`);
    return conversation;
  };
  return {
    // Returns once the message is stored: the draft follows in the background and announces
    // itself with `queueChanged` / `conversationChanged` (errors there become a handoff).
    sendPracticeMessage: ({ customerName, language, text }) => {
      const result = core.inbox.receive({
        channel: 'practice',
        chatId: `practice:${customerName.toLowerCase()}`,
        messageId: `practice-${randomUUID()}`,
        customerName,
        language,
        text,
        at: core.clock.now(),
      });
      return { conversationId: result.conversationId, messageId: result.messageId };
    },
    listConversations: ({ channel }) => ({ items: core.conversations.list(channel) }),
    getConversation: ({ conversationId }) => ({
      conversation: existing(conversationId),
      messages: core.conversations.messages(conversationId),
    }),
    getConversationPage: ({ conversationId, before, limit }) => ({
      conversation: existing(conversationId),
      ...core.conversations.messagePage(conversationId, before, limit),
    }),
    resumeAssistant: ({ conversationId }) => {
      existing(conversationId);
      core.conversations.setState(conversationId, 'assistant');
      core.audit.record(actorOf(core), 'assistant.resumed', `conversation:${conversationId}`);
      core.bus.emit('conversationChanged', { conversationId });
      return existing(conversationId);
    },
  };
}
