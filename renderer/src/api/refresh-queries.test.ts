import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { refreshQueries } from './refresh-queries';

/**
 * A server whose state changes while a screen's first fetch is in flight: each fetch reads the
 * state when it starts and answers when the test lets it (a request the server read before the
 * change, answered after the change's event).
 */
function slowServer() {
  let state = 'empty';
  const waiting: Array<() => void> = [];
  return {
    change: (next: string) => (state = next),
    fetch: () =>
      new Promise<string>((resolve) => {
        const read = state;
        waiting.push(() => resolve(read));
      }),
    /** Answers every request, also those sent meanwhile, until none is left. */
    async answerAll(): Promise<void> {
      for (let round = 0; round < 20; round++) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        while (waiting.length > 0) waiting.shift()!();
      }
    },
    requests: () => waiting.length,
  };
}

describe('refreshing a query after a push event', () => {
  it('fetches again when the event arrives while the screen’s first fetch is in flight', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: 2_000, retry: false } } });
    const server = slowServer();
    const observer = new QueryObserver(client, { queryKey: ['queue'], queryFn: server.fetch });
    const seen: Array<string | undefined> = [];
    const unsubscribe = observer.subscribe((result) => seen.push(result.data));
    try {
      // The screen opened: its first fetch has read the empty queue and not answered yet.
      expect(server.requests()).toBe(1);
      // A draft lands and its event arrives before that answer.
      server.change('one draft');
      const refreshed = refreshQueries(client, ['queue']);
      await server.answerAll();
      await refreshed;
      expect(observer.getCurrentResult().data).toBe('one draft');
      expect(seen.at(-1)).toBe('one draft');
    } finally {
      unsubscribe();
      client.clear();
    }
  });

  it('refetches a query that has data, and leaves queries under other keys alone', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, retry: false } } });
    const server = slowServer();
    const queue = new QueryObserver(client, { queryKey: ['queue'], queryFn: server.fetch });
    let otherFetches = 0;
    const other = new QueryObserver(client, { queryKey: ['knowledge'], queryFn: () => Promise.resolve(++otherFetches) });
    const stop = [queue.subscribe(() => {}), other.subscribe(() => {})];
    try {
      await server.answerAll();
      expect(queue.getCurrentResult().data).toBe('empty');
      server.change('one draft');
      const refreshed = refreshQueries(client, ['queue']);
      await server.answerAll();
      await refreshed;
      expect(queue.getCurrentResult().data).toBe('one draft');
      expect(otherFetches).toBe(1);
    } finally {
      for (const s of stop) s();
      client.clear();
    }
  });
});
