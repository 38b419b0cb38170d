/**
 * Console channels: the inbox pages and counts, read marks, and a person's own reply.
 */
import { actorOf } from '../app-handlers';
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';
import { AppError } from '../platform/errors';

type ConsoleChannels = 'listInbox' | 'getInboxCounts' | 'markConversationRead' | 'getPendingDraft' | 'sendReply';

/** Registers the console channels. */
export function consoleHandlers(core: Core): HandlerMap<ConsoleChannels> {
  return {
    listInbox: (query) => core.console.page(query),
    getInboxCounts: () => core.console.counts(),
    markConversationRead: ({ conversationId }) => {
      if (!core.conversations.get(conversationId)) throw new AppError('not_found', `No conversation ${conversationId}.`);
      core.console.markRead(conversationId);
      // Seen: the chat may notify again at its next message.
      core.attention.check(conversationId);
      return core.console.row(conversationId)!;
    },
    getPendingDraft: ({ conversationId }) => {
      const draftId = core.console.row(conversationId)?.pendingDraftId ?? null;
      return { item: draftId === null ? null : core.drafts.get(draftId) };
    },
    sendReply: ({ conversationId, text }) => core.reply.send(conversationId, text, actorOf(core)),
  };
}
