/**
 * Quick reply channels: list, save, delete.
 */
import { actorOf } from '../app-handlers';
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';

type QuickReplyChannels = 'listQuickReplies' | 'saveQuickReply' | 'deleteQuickReply';

/** Registers the quick reply channels. */
export function quickReplyHandlers(core: Core): HandlerMap<QuickReplyChannels> {
  return {
    listQuickReplies: () => ({ items: core.quickReplies.list() }),
    saveQuickReply: (input) => core.quickReplies.save(input, actorOf(core)),
    deleteQuickReply: ({ id }) => ({ deleted: core.quickReplies.delete(id, actorOf(core)) }),
  };
}
