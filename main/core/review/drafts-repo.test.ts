import { afterEach, describe, expect, it } from 'vitest';
import type { QueueItem } from '../../contract/schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';

describe('DraftsRepo queue items', () => {
  const opened: TestCore[] = [];
  afterEach(() => opened.splice(0).forEach((t) => t.dispose()));

  /** A WhatsApp chat with one photo (with caption), one edited text and one plain text, each drafted. */
  const setup = () => {
    const t = createTestCore();
    opened.push(t);
    const { conversations, drafts } = t.core;
    const conversationId = conversations.ensureConversation({ channel: 'whatsapp', externalId: '5511@s.whatsapp.net', name: 'Ana', language: 'en', at: 1_000 });
    const message = (externalId: string, text: string, at: number, media: QueueItem['customerMedia'] = null) =>
      conversations.insertMessage({ conversationId, externalId, direction: 'in', author: 'Ana', text, status: 'received', at, media })!;
    const photo = message('IN1', '[Photo] this one?', 2_000, 'photo');
    const edited = message('IN2', 'do you have monstera?', 3_000);
    const plain = message('IN3', 'thanks', 4_000);
    conversations.applyEdit(edited, 'do you have a big monstera?', 3_500);
    for (const messageId of [photo, edited, plain]) {
      drafts.insert({ conversationId, messageId, route: 'handoff', text: '', sources: [], reasons: [], drafter: 'none', at: 5_000 });
    }
    return t;
  };

  it('carries the media kind and the edit time of the customer message, through the contract', async () => {
    const t = setup();
    const { items } = await t.call<{ items: QueueItem[] }>('listQueue');
    expect(items.map((item) => ({ text: item.customerMessage, media: item.customerMedia, editedAt: item.customerEditedAt }))).toEqual([
      { text: '[Photo] this one?', media: 'photo', editedAt: null },
      { text: 'do you have a big monstera?', media: null, editedAt: 3_500 },
      { text: 'thanks', media: null, editedAt: null },
    ]);
    expect(t.core.drafts.get(items[0]!.draftId)).toMatchObject({ customerMedia: 'photo', customerEditedAt: null });
  });

  it('stores reason params and still reads reasons stored before params existed', async () => {
    const t = setup();
    const { items } = await t.call<{ items: QueueItem[] }>('listQueue');
    const [older, newer] = items;
    // A row written by an earlier version: its reasons carry only code and English message.
    const stored = [{ code: 'approval_required', message: 'Approval first: every reply waits for you until you allow auto-send.' }];
    t.core.db.prepare('UPDATE drafts SET reasons = ? WHERE id = ?').run(JSON.stringify(stored), older!.draftId);
    const tooLong = { code: 'too_long', message: 'The reply is 1200 characters long; consider trimming it below 1000.', params: { length: 1200, max: 1000 } } as const;
    t.core.db.prepare('UPDATE drafts SET reasons = ? WHERE id = ?').run(JSON.stringify([tooLong]), newer!.draftId);

    const after = (await t.call<{ items: QueueItem[] }>('listQueue')).items;
    expect(after.find((i) => i.draftId === older!.draftId)!.reasons).toEqual(stored);
    expect(after.find((i) => i.draftId === newer!.draftId)!.reasons).toEqual([tooLong]);
  });
});
