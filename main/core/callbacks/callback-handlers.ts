/**
 * Warm callback channels: the owner's settings. `updateCallbackSettings` is owner-only
 * (`staff/owner-only.ts`): whether the shop writes first to a customer is the owner's call.
 */
import { actorOf } from '../app-handlers';
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';

type CallbackChannels = 'getCallbackSettings' | 'updateCallbackSettings';

/** Registers the callback channels. */
export function callbackHandlers(core: Core): HandlerMap<CallbackChannels> {
  return {
    getCallbackSettings: () => core.callbacks.settings(),
    updateCallbackSettings: (patch) => core.callbacks.updateSettings(patch, actorOf(core)),
  };
}
