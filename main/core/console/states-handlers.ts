/**
 * Channels of a chat's status (open / pending / resolved / snoozed, take over) and labels.
 */
import { actorOf } from '../app-handlers';
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';
import { AppError } from '../platform/errors';

type StatesChannels = 'getInboxRow' | 'setConversationStatus' | 'takeOverConversation' | 'listLabels' | 'saveLabel' | 'deleteLabel' | 'setConversationLabels' | 'assignConversation';

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
    assignConversation: ({ conversationId, staffId }) => {
      if (!core.console.row(conversationId)) throw new AppError('not_found', `No conversation ${conversationId}.`);
      const member = staffId === null ? null : core.staff.list().items.find((m) => m.id === staffId);
      if (member === undefined) throw new AppError('not_found', `No staff member ${staffId}.`);
      core.console.assign(conversationId, member?.id ?? null, core.clock.now());
      core.audit.record(actorOf(core), member ? 'conversation.assigned' : 'conversation.unassigned', `conversation:${conversationId}`, member ? { staffId: member.id } : {});
      core.bus.emit('conversationChanged', { conversationId });
      return core.console.row(conversationId)!;
    },
    setConversationLabels: ({ conversationId, labelIds }) => ({ labelIds: core.labels.setForConversation(conversationId, labelIds, actorOf(core)) }),
  };
}
