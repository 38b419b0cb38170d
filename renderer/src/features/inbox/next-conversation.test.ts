import { describe, expect, it } from 'vitest';
import type { InboxRow } from '../../../../main/contract/console-schemas';
import { nextNeedingPerson, stepConversation } from './next-conversation';

const rows = (needs: Array<InboxRow['need']>) => needs.map((need, i) => ({ conversationId: i + 1, need }));

describe('moving through the inbox', () => {
  it('steps to the next and previous row, stopping at the ends', () => {
    const list = rows(['draft_ready', 'resolved', 'paused']);
    expect(stepConversation(list, null, 1)).toBe(1);
    expect(stepConversation(list, null, -1)).toBe(3);
    expect(stepConversation(list, 1, 1)).toBe(2);
    expect(stepConversation(list, 2, -1)).toBe(1);
    expect(stepConversation(list, 3, 1)).toBeNull();
    expect(stepConversation([], null, 1)).toBeNull();
  });

  it('after an approval, finds the next chat needing a person, wrapping and skipping the rest', () => {
    const list = rows(['draft_ready', 'resolved', 'paused', 'needs_reply', 'optout', 'handed_off']);
    expect(nextNeedingPerson(list, 1)).toBe(4);
    expect(nextNeedingPerson(list, 4)).toBe(6);
    expect(nextNeedingPerson(list, 6)).toBe(1);
    expect(nextNeedingPerson(rows(['draft_ready', 'resolved']), 1)).toBeNull();
    expect(nextNeedingPerson(list, null)).toBe(1);
  });
});
