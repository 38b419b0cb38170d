import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getApi } from './get-api';
import type { DraftsInProgress } from './queries';
import { queryKeys } from './query-keys';
import { refreshQueries } from './refresh-queries';

/**
 * Subscribes once to main's push events and invalidates the affected queries, so every
 * screen stays current without polling. Audit entries follow any change, so they refresh too.
 */
export function useLiveUpdates(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const api = getApi();
    // Also restarts a screen's first fetch still in flight: it may have read before the change.
    const refresh = (queryKey: readonly unknown[]) => void refreshQueries(queryClient, queryKey);
    const unsubscribers = [
      api.subscribe('queueChanged', () => {
        // Streamed drafts have landed in the queue (or were dropped): the real cards take over.
        queryClient.setQueryData<DraftsInProgress>(queryKeys.draftsInProgress, {});
        refresh(queryKeys.queue);
        refresh(queryKeys.inbox);
        refresh(queryKeys.audit);
        refresh(queryKeys.cost);
      }),
      api.subscribe('draftProgress', (progress) => {
        queryClient.setQueryData<DraftsInProgress>(queryKeys.draftsInProgress, (previous) => ({
          ...previous,
          [progress.messageId]: { ...progress, at: Date.now() },
        }));
      }),
      api.subscribe('conversationChanged', ({ conversationId }) => {
        refresh(queryKeys.conversation(conversationId));
        refresh(queryKeys.conversations);
        refresh(queryKeys.inbox);
        refresh(queryKeys.audit);
      }),
      api.subscribe('whatsappStatusChanged', (status) => {
        // An event is newer than any status fetch still in flight; cancel that fetch first so its
        // older snapshot cannot land after this (a pairing code is announced only once).
        void queryClient
          .cancelQueries({ queryKey: queryKeys.whatsapp })
          .then(() => queryClient.setQueryData(queryKeys.whatsapp, status));
        refresh(queryKeys.conversations);
        refresh(queryKeys.inbox);
      }),
      api.subscribe('updateStatusChanged', (status) => queryClient.setQueryData(queryKeys.update, status)),
      api.subscribe('suiteRunProgress', () => {
        refresh(queryKeys.suiteRun);
        // A run's model calls count in the cost meter.
        refresh(queryKeys.cost);
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
