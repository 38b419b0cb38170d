import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../../main/contract/contract';
import { ApiError, call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';

/** A form save: the value, or main's reason for refusing the input (shown next to the form). */
export type FormResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Calls a channel from a form. Refusals about the input itself (bad input, conflict, not found)
 * come back as values so the form can show them inline; anything else (main unreachable, an
 * internal error) still throws, so the app-wide error toast reports it.
 */
export async function callForForm<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<FormResult<ChannelOutput<C>>> {
  try {
    return { ok: true, value: await call(channel, input) };
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'bad_input' || error.code === 'conflict' || error.code === 'not_found')) {
      return { ok: false, message: error.message };
    }
    throw error;
  }
}

/** Refreshes everything knowledge-related (summary, catalog pages, FAQ, inspect) and the audit. */
export function useRefreshKnowledge(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.knowledge });
    void queryClient.invalidateQueries({ queryKey: queryKeys.audit });
  }, [queryClient]);
}
