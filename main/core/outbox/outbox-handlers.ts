/**
 * Outbox channels: "Sent · Undo".
 */
import { actorOf } from '../app-handlers';
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';

/** Registers undoSend. */
export function outboxHandlers(core: Core): HandlerMap<'undoSend'> {
  return {
    undoSend: (target) => core.undoSend.undo(target, actorOf(core)),
  };
}
