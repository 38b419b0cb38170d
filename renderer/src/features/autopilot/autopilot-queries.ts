/**
 * The autopilot's queries: its settings and topics, and a chat's automatic replies.
 */
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/call';

/** Query keys of the autopilot (kept here so the feature merges on its own). */
export const autopilotKeys = {
  state: ['autopilot'] as const,
  sends: (conversationId: number, messages: number) => ['autopilot', 'sends', conversationId, messages] as const,
};

/** The owner's settings and each topic's mode, state and streak. */
export function useAutopilot() {
  return useQuery({ queryKey: autopilotKeys.state, queryFn: () => call('getAutopilot', {}) });
}

/** A chat's automatic replies; re-read when its message count changes. */
export function useAutoSends(conversationId: number, messages: number) {
  return useQuery({ queryKey: autopilotKeys.sends(conversationId, messages), queryFn: () => call('listAutoSends', { conversationId }) });
}
