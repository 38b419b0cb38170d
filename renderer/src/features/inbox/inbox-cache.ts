/**
 * The inbox's cache, touched by hand where waiting for a refetch would make a person wait: one
 * row patched in place (a read mark, a decision), and the next chat's first paint fetched ahead.
 */
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { InboxPage, InboxRow } from '../../../../main/contract/console-schemas';
import type { ChannelOutput } from '../../../../main/contract/contract';
import { call } from '../../api/call';
import { HISTORY_PAGE_SIZE } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';

/**
 * Replaces one conversation's row wherever the inbox shows it (its own query and every loaded
 * list page), keeping its place: the list re-sorts on its next refetch, not under the cursor.
 */
export function patchInboxRow(queryClient: QueryClient, conversationId: number, patch: (row: InboxRow) => InboxRow): void {
  queryClient.setQueryData<InboxRow>(queryKeys.inboxRow(conversationId), (previous) => (previous ? patch(previous) : previous));
  queryClient.setQueriesData<InfiniteData<InboxPage>>({ queryKey: queryKeys.inboxLists }, (previous) =>
    previous
      ? {
          ...previous,
          pages: previous.pages.map((page) =>
            page.items.some((row) => row.conversationId === conversationId)
              ? { ...page, items: page.items.map((row) => (row.conversationId === conversationId ? patch(row) : row)) }
              : page,
          ),
        }
      : previous,
  );
}

/**
 * Fetches what a chat needs for its first paint — its newest page, its row and its pending
 * draft — all at once (a cached, fresh query is not fetched again). Used when a chat opens, and
 * for the chat the reviewer will most likely open next, so it shows the moment they get there.
 */
export function prefetchConversation(queryClient: QueryClient, conversationId: number): void {
  void queryClient.prefetchInfiniteQuery({
    queryKey: queryKeys.conversationPages(conversationId),
    queryFn: () => call('getConversationPage', { conversationId, before: null, limit: HISTORY_PAGE_SIZE }),
    initialPageParam: null as { at: number; id: number } | null,
  });
  void queryClient.prefetchQuery({
    queryKey: queryKeys.pendingDraft(conversationId),
    queryFn: (): Promise<ChannelOutput<'getPendingDraft'>> => call('getPendingDraft', { conversationId }),
  });
  void queryClient.prefetchQuery({ queryKey: queryKeys.inboxRow(conversationId), queryFn: () => call('getInboxRow', { conversationId }) });
}
