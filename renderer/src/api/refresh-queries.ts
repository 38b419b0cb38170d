import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Refreshes the queries under `queryKey` after a push event said their data changed on the
 * server. `invalidateQueries` alone restarts a fetch in flight only when the query already has
 * data: a screen's first fetch, still in flight, is reused, and it may have read the database
 * before the change — the screen then shows the old state until something else refreshes it (a
 * draft landing while the review queue or the inbox was opening stayed invisible). The event is
 * newer than such a fetch, so that fetch is cancelled and the query fetched again.
 */
export async function refreshQueries(queryClient: QueryClient, queryKey: QueryKey): Promise<void> {
  await queryClient.cancelQueries({ queryKey, predicate: (query) => query.state.data === undefined && query.state.fetchStatus === 'fetching' });
  await queryClient.invalidateQueries({ queryKey });
}
