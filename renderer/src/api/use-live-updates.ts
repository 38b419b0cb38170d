import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getApi } from './get-api';
import { queryKeys } from './query-keys';

/**
 * Subscribes once to main's push events and invalidates the affected queries, so every
 * screen stays current without polling. Audit entries follow any change, so they refresh too.
 */
export function useLiveUpdates(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const api = getApi();
    const refresh = (queryKey: readonly unknown[]) => void queryClient.invalidateQueries({ queryKey });
    const unsubscribers = [
      api.subscribe('queueChanged', () => {
        refresh(queryKeys.queue);
        refresh(queryKeys.audit);
      }),
      api.subscribe('conversationChanged', ({ conversationId }) => {
        refresh(queryKeys.conversation(conversationId));
        refresh(queryKeys.conversations);
        refresh(queryKeys.audit);
      }),
      api.subscribe('whatsappStatusChanged', (status) => {
        queryClient.setQueryData(queryKeys.whatsapp, status);
        refresh(queryKeys.conversations);
      }),
      api.subscribe('knowledgeChanged', (summary) => {
        queryClient.setQueryData(queryKeys.knowledgeSummary, summary);
        refresh(queryKeys.knowledge);
        refresh(queryKeys.audit);
      }),
    ];
    return () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [queryClient]);
}
