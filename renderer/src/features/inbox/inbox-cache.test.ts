import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { InboxPage, InboxRow } from '../../../../main/contract/console-schemas';
import { queryKeys } from '../../api/query-keys';
import { patchInboxRow } from './inbox-cache';
import { nextNeedingPerson } from './next-conversation';

function row(conversationId: number, need: InboxRow['need'], pendingDraftId: number | null = null): InboxRow {
  return {
    conversationId,
    channel: 'practice',
    customerName: `Customer ${conversationId}`,
    language: 'en',
    state: 'assistant',
    need,
    lastMessageAt: 1_000 - conversationId,
    lastMessageText: 'Do you open on Sunday?',
    lastMessageFrom: 'customer',
    unread: 1,
    pendingDraftId,
    status: 'open',
    snoozedUntil: null,
    source: 'organic',
    labelIds: [],
    assignee: null,
  };
}

const FILTER = { need: 'all', channel: 'all', search: '' } as const;

function seeded(): QueryClient {
  const client = new QueryClient();
  const pages: InfiniteData<InboxPage> = {
    pages: [
      { items: [row(1, 'draft_ready', 11), row(2, 'resolved')], next: { lastAt: 998, conversationId: 2 } },
      { items: [row(3, 'draft_ready', 13), row(4, 'needs_reply')], next: null },
    ],
    pageParams: [null, { lastAt: 998, conversationId: 2 }],
  };
  client.setQueryData(queryKeys.inboxList(FILTER as never), pages);
  return client;
}

const listed = (client: QueryClient) =>
  client.getQueryData<InfiniteData<InboxPage>>(queryKeys.inboxList(FILTER as never))!.pages.flatMap((page) => page.items);

describe('inbox cache', () => {
  it('patches one row in place on whichever page holds it, leaving the others and the order alone', () => {
    const client = seeded();
    const before = listed(client);
    patchInboxRow(client, 3, (r) => ({ ...r, need: 'resolved', pendingDraftId: null }));
    const after = listed(client);
    expect(after.map((r) => r.conversationId)).toEqual([1, 2, 3, 4]);
    expect(after[2]).toMatchObject({ conversationId: 3, need: 'resolved', pendingDraftId: null });
    expect(after[0]).toBe(before[0]);
    expect(after[3]).toBe(before[3]);
  });

  it('an approved row stops counting as needing a person, so "next" never offers it again', () => {
    const client = seeded();
    // The reviewer approves chat 1, then chat 3, each before the server has answered.
    patchInboxRow(client, 1, (r) => ({ ...r, need: 'resolved', pendingDraftId: null }));
    expect(nextNeedingPerson(listed(client), 1)).toBe(3);
    patchInboxRow(client, 3, (r) => ({ ...r, need: 'resolved', pendingDraftId: null }));
    expect(nextNeedingPerson(listed(client), 3)).toBe(4);
    // From chat 4, wrapping round: chats 1 and 3 are done, nothing else waits.
    expect(nextNeedingPerson(listed(client), 4)).toBeNull();
  });

});
