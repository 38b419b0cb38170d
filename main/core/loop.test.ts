import { afterEach, describe, expect, it } from 'vitest';
import type { Conversation, Message, QueueItem } from '../contract/schemas';
import { createTestCore, type TestCore } from '../testing/test-core';

type ConversationView = { conversation: Conversation; messages: Message[] };

describe('the first loop: practice chat → draft → review → reply', () => {
  let t: TestCore;
  afterEach(() => t?.dispose());

  // The call returns once the message is stored; the draft lands in the background.
  const ask = async (text: string, customerName = 'Ana', language = 'en') => {
    const sent = await t.call<{ conversationId: number; messageId: number }>('sendPracticeMessage', { customerName, language, text });
    await t.core.inbox.idle();
    return sent;
  };
  const queue = async () => (await t.call<{ items: QueueItem[] }>('listQueue')).items;

  it('drafts a cited answer, sends the edited approval once, and audits who did what', async () => {
    t = createTestCore();
    await t.call('updateSettings', { operatorName: 'Marta' });
    const summary = await t.call<{ products: number; faqs: number }>('loadDemoShop');
    expect(summary.products).toBeGreaterThanOrEqual(25);
    expect(summary.faqs).toBeGreaterThanOrEqual(10);

    const { conversationId } = await ask('What are your opening hours?');
    const [item] = await queue();
    expect(item).toMatchObject({ route: 'answer', status: 'pending', customerMessage: 'What are your opening hours?' });
    expect(item!.sources[0]!.id).toBe('faq:hours');
    expect(item!.draft).toContain('09:00');
    expect(item!.reasons.map((r) => r.code)).toContain('approval_required');

    const edited = `${item!.draft}\nSee you soon!`;
    const approved = await t.call<QueueItem>('approveDraft', { draftId: item!.draftId, text: edited });
    expect(approved.status).toBe('approved');
    await t.core.outbox.kick();

    expect(await queue()).toEqual([]);
    const view = await t.call<ConversationView>('getConversation', { conversationId });
    const outbound = view.messages.filter((m) => m.direction === 'out');
    expect(outbound).toHaveLength(1);
    expect(outbound[0]).toMatchObject({ text: edited, status: 'sent', author: 'Marta' });
    expect(t.core.drafts.get(item!.draftId)!.status).toBe('sent');

    const audit = (await t.call<{ items: Array<{ action: string; actor: string; at: number }> }>('listAudit')).items;
    const actions = audit.map((a) => `${a.actor}:${a.action}`);
    expect(actions).toEqual(expect.arrayContaining(['assistant:assistant.drafted', 'Marta:draft.edited', 'Marta:draft.approved', 'assistant:message.sent']));
    expect(audit.every((a) => a.at === t.clock.now())).toBe(true);

    const again = await t.dispatch('approveDraft', { draftId: item!.draftId, text: 'twice' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await t.core.outbox.kick();
    const after = await t.call<ConversationView>('getConversation', { conversationId });
    expect(after.messages.filter((m) => m.direction === 'out')).toHaveLength(1);
  });

  it('routes an unanswerable question to a person with no draft', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const { conversationId } = await ask('Can you build me a spaceship for my birthday?');
    const [item] = await queue();
    expect(item).toMatchObject({ route: 'handoff', draft: '', sources: [] });
    expect(item!.reasons.map((r) => r.code)).toEqual(['no_knowledge']);
    const view = await t.call<ConversationView>('getConversation', { conversationId });
    expect(view.conversation.state).toBe('needs_person');
    expect(view.messages.filter((m) => m.direction === 'out')).toEqual([]);
    expect(t.notifications).toHaveLength(1);

    // Nothing answered it, so a follow-up is not "already waiting": the whole turn is drafted
    // again and replaces the card, without notifying twice.
    await ask('hello?');
    const items = await queue();
    expect(items.map((i) => [i.customerMessage, i.reasons.map((r) => r.code)])).toEqual([['Can you build me a spaceship for my birthday?\nhello?', ['no_knowledge']]]);
    // Stored and read back with their params, so the card can translate them.
    expect(items.map((i) => i.reasons[0]!.params)).toEqual([{}]);
    expect(t.notifications).toHaveLength(1);

    await t.call('resolveHandoff', { draftId: items[0]!.draftId, note: 'called her' });
    const resolved = await t.call<ConversationView>('getConversation', { conversationId });
    expect(resolved.conversation.state).toBe('assistant');
  });

  it('lets the owner answer a handoff in their own words', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const { conversationId } = await ask('I want to talk to a human please');
    const [item] = await queue();
    expect(item!.reasons[0]!.code).toBe('asked_for_person');
    await t.call('approveDraft', { draftId: item!.draftId, text: 'Hi Ana, Marta here. How can I help?' });
    await t.core.outbox.kick();
    const view = await t.call<ConversationView>('getConversation', { conversationId });
    expect(view.conversation.state).toBe('assistant');
    expect(view.messages.at(-1)).toMatchObject({ direction: 'out', text: 'Hi Ana, Marta here. How can I help?' });
  });

  it('answers each message once, even when a channel delivers it twice', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const message = { channel: 'practice' as const, chatId: 'c1', messageId: 'm1', customerName: 'Bo', language: 'en' as const, text: 'opening hours?', at: 1 };
    const first = await t.core.inbox.ingest(message);
    const second = await t.core.inbox.ingest(message);
    expect(first.duplicate).toBe(false);
    expect(second).toMatchObject({ duplicate: true, draftId: null, messageId: first.messageId });
    expect(await queue()).toHaveLength(1);
  });

  it('does not draft in a paused chat until the assistant is resumed', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const { conversationId } = await ask('opening hours?');
    t.core.conversations.setState(conversationId, 'paused');
    await ask('and on sunday?');
    expect(await queue()).toHaveLength(1);
    const resumed = await t.call<Conversation>('resumeAssistant', { conversationId });
    expect(resumed.state).toBe('assistant');
    // Her turn (every message since the shop last answered) is drafted as one, replacing the card.
    await ask('what about sunday?');
    expect((await queue()).map((i) => i.customerMessage)).toEqual(['opening hours?\nand on sunday?\nwhat about sunday?']);
  });

  it('rejects a draft without sending anything', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const { conversationId } = await ask('opening hours?');
    const [item] = await queue();
    await t.call('rejectDraft', { draftId: item!.draftId, reason: 'wrong tone' });
    await t.core.outbox.kick();
    expect(await queue()).toEqual([]);
    const view = await t.call<ConversationView>('getConversation', { conversationId });
    expect(view.messages.filter((m) => m.direction === 'out')).toEqual([]);
    expect(t.core.audit.list(10).map((a) => a.action)).toContain('draft.rejected');
  });
});

describe('dispatch', () => {
  let t: TestCore;
  afterEach(() => t?.dispose());

  it('returns errors as values for bad input and unknown channels', async () => {
    t = createTestCore();
    expect(await t.dispatch('sendPracticeMessage', { customerName: 'A', language: 'xx', text: 'hi' })).toMatchObject({
      ok: false,
      error: { code: 'bad_input', message: expect.stringContaining('language') },
    });
    expect(await t.dispatch('sendPracticeMessage', 'not an object')).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(await t.dispatch('approveDraft', { draftId: 1, text: 'x', extra: true })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(await t.dispatch('dropTables', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await t.dispatch('approveDraft', { draftId: 42, text: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('blocking reasons', () => {
  let t: TestCore;
  afterEach(() => t?.dispose());

  it('refuses to send a draft with a blocking reason until a person edits it', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const { conversationId } = await t.call<{ conversationId: number }>('sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'opening hours?' });
    await t.core.inbox.idle();
    const messageId = t.core.conversations.messages(conversationId)[0]!.id;
    // A draft as a model might write it, with an invented promise the guards blocked.
    t.core.db.prepare("UPDATE drafts SET status = 'resolved'").run();
    const draftId = t.core.drafts.insert({
      conversationId,
      messageId: t.core.conversations.insertMessage({ conversationId, externalId: 'x2', direction: 'in', author: 'Ana', text: 'refund?', status: 'received', at: 2 })!,
      route: 'answer',
      text: 'Sure, full refund within 90 days!',
      sources: [],
      reasons: [{ code: 'unsupported_policy', message: 'Promises a refund policy your FAQ does not have.', blocking: true }],
      drafter: 'model:test',
      at: 3,
    });
    expect(messageId).toBeGreaterThan(0);
    const refused = await t.dispatch('approveDraft', { draftId, text: 'Sure, full refund within 90 days!' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('Edit the reply') } });
    const sent = await t.dispatch('approveDraft', { draftId, text: 'Let me check with the owner and get back to you.' });
    expect(sent.ok).toBe(true);
  });
});
