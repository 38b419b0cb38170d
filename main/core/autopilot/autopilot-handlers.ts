/**
 * Autopilot channels: its state, the owner's settings and topic modes, the kill switch, and a
 * conversation's automatic replies. `updateAutopilot` and `setAutopilotTopic` are owner-only
 * (the staff roles list them); the kill switch is for anyone operating.
 */
import { actorOf } from '../app-handlers';
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';
import { AppError } from '../platform/errors';

type AutopilotChannels = 'getAutopilot' | 'updateAutopilot' | 'setAutopilotTopic' | 'stopAutopilot' | 'listAutoSends' | 'getAwayMessages' | 'updateAwayMessages';

/** Registers the autopilot channels. */
export function autopilotHandlers(core: Core): HandlerMap<AutopilotChannels> {
  return {
    getAutopilot: () => core.autopilot.state(),
    updateAutopilot: (patch) => core.autopilot.updateSettings(patch, actorOf(core)),
    setAutopilotTopic: ({ topic, mode }) => core.autopilot.setTopicMode(topic, mode, actorOf(core)),
    stopAutopilot: () => core.autopilot.stopAll(actorOf(core)),
    getAwayMessages: () => core.away.settings(),
    updateAwayMessages: (patch) => core.away.update(patch, actorOf(core)),
    listAutoSends: ({ conversationId }) => {
      if (!core.conversations.get(conversationId)) throw new AppError('not_found', `No conversation ${conversationId}.`);
      return { sends: core.autopilot.sends(conversationId) };
    },
  };
}
