/**
 * Channels of a chat's status (open / pending / resolved / snoozed, take over) and labels.
 */
import { actorOf } from '../app-handlers';
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';
import { AppError } from '../platform/errors';

type StatesChannels = 'getInboxRow' | 'setConversationStatus' | 'takeOverConversation' | 'listLabels' | 'saveLabel' | 'deleteLabel' | 'setConversationLabels';

/** Registers the status and label channels. */
export function statesHandlers(core: Core): HandlerMap<StatesChannels> {
  return {
    getInboxRow: ({ conversationId }) => {
      const row = core.console.row(conversationId);
      if (!row) throw new AppError('not_found', `No conversation ${conversationId}.`);
      return row;
    },
    setConversationStatus: (change) => core.status.set(change, actorOf(core)),
    takeOverConversation: ({ conversationId }) => core.status.takeOver(conversationId, actorOf(core)),
    listLabels: () => ({ items: core.labels.list() }),
    saveLabel: (input) => core.labels.save(input, actorOf(core)),
    deleteLabel: ({ id }) => core.labels.delete(id, actorOf(core)),
    setConversationLabels: ({ conversationId, labelIds }) => ({ labelIds: core.labels.setForConversation(conversationId, labelIds, actorOf(core)) }),
  };
}
