import { afterEach, describe, expect, it } from 'vitest';
import { answer, handoff, HeldDrafter, settle } from '../../testing/held-drafter';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { silentLogger } from '../platform/logger';
import { InboxService, type InboundMessage } from './inbox-service';

describe('customer turns', () => {
  let t: TestCore;
  // Calls a failing test left unanswered stay held; the core is simply thrown away.
  afterEach(() => t?.dispose());

  let n = 0;
  const setup = () => {
    t = createTestCore();
    const drafter = new HeldDrafter();
    const { db, clock, audit, conversations, drafts, bus } = t.core;
    const inbox = new InboxService({ db, clock, logger: silentLogger(), audit, conversations, drafts, drafter, bus });
    const from = (name: string) => (text: string, extra: Partial<InboundMessage> = {}) =>
      inbox.receive({ channel: 'whatsapp', chatId: `${name}@s.whatsapp.net`, messageId: `m${++n}`, customerName: name, language: 'es', text, at: ++n * 1000, ...extra });
    return { drafter, inbox, from };
  };
  const cards = () => t.core.drafts.pending().map((i) => [i.customerMessage, i.route, i.reasons.map((r) => r.code)]);
  const status = (draftId: number | null) => t.core.db.prepare('SELECT status, decided_by AS decidedBy FROM drafts WHERE id = ?').get(draftId);

  it('gives "Hola", "buenas tardes", "tienen monstera? precio?" one card for the whole turn', async () => {
    const { drafter, inbox, from } = setup();
    const lupita = from('Lupita');
    const hola = lupita('Hola');
    const first = await drafter.nth(0);
    expect(first.input).toMatchObject({ message: 'Hola', history: [] });
    // She keeps writing while the first draft is being written.
    lupita('buenas tardes');
    const last = lupita('tienen monstera? precio?');
    await settle();
    expect(drafter.calls).toHaveLength(1);

    first.reply(handoff('no_knowledge'));
    const handedOff = await hola.drafted;
    // The pending handoff is replaced by a draft of the whole turn, in the order she wrote it.
    const second = await drafter.nth(1);
    expect(second.input).toMatchObject({ message: 'Hola\nbuenas tardes\ntienen monstera? precio?', history: [] });
    second.reply(answer('¡Hola! La monstera cuesta 549 MXN.'));
    const drafted = await last.drafted;
    await inbox.idle();

    expect(drafter.calls).toHaveLength(2);
    expect(cards()).toEqual([['Hola\nbuenas tardes\ntienen monstera? precio?', 'answer', []]]);
    expect(t.core.drafts.pending()[0]!.draftId).toBe(drafted);
    expect(status(handedOff)).toEqual({ status: 'resolved', decidedBy: 'Customer wrote more' });
    expect(t.core.audit.list(50).find((a) => a.action === 'draft.superseded')).toMatchObject({
      subject: `draft:${handedOff}`,
      detail: { newDraftId: drafted, why: 'customer_wrote_more' },
    });
    // Nothing answered "Hola", but the chat was not handed over for good: it is the assistant's again.
    expect(t.core.conversations.get(t.core.drafts.pending()[0]!.conversationId)!.state).toBe('assistant');
    // The attention service (watching the core's bus) raises one notice for the chat until a
    // person opens it, however many messages and drafts the turn went through.
    expect(t.notifications.map((x) => x.title)).toEqual(['Lupita is waiting for a reply']);
  });

  it('drafts "is it in stock?" after a turn nothing answered, pending or answered by a person', async () => {
    const { drafter, inbox, from } = setup();
    const sam = from('Sam');
    sam('do you sell orchids?');
    (await drafter.nth(0)).reply(handoff('no_knowledge'));
    await inbox.idle();

    // Still pending: the new message joins the turn and the turn is drafted again, not "waiting".
    sam('is it in stock?');
    const redraft = await drafter.nth(1);
    expect(redraft.input).toMatchObject({ message: 'do you sell orchids?\nis it in stock?', history: [] });
    redraft.reply(handoff('no_knowledge'));
    await inbox.idle();
    const [card] = t.core.drafts.pending();
    expect(cards()).toEqual([['do you sell orchids?\nis it in stock?', 'handoff', ['no_knowledge']]]);

    // A person answers the card; the next message starts a new turn, drafted with that history.
    t.core.review.approve(card!.draftId, 'We only have orchids in spring.', 'Owner');
    sam('ok, is the monstera in stock?');
    const next = await drafter.nth(2);
    expect(next.input).toMatchObject({
      message: 'ok, is the monstera in stock?',
      history: [
        { from: 'customer', text: 'do you sell orchids?' },
        { from: 'customer', text: 'is it in stock?' },
        { from: 'shop', text: 'We only have orchids in spring.' },
      ],
    });
    next.reply(answer('Yes, 14 in stock.'));
    await inbox.idle();
    expect(cards()).toEqual([['ok, is the monstera in stock?', 'answer', []]]);
  });

  it('keeps a complaint with the person: later messages join its card, undrafted, until a person answers', async () => {
    const { drafter, inbox, from } = setup();
    const rita = from('Rita');
    rita('my fern died after 2 weeks');
    (await drafter.nth(0)).reply(handoff('complaint'));
    await inbox.idle();
    rita('hello??');
    rita('anyone there?');
    await inbox.idle();

    expect(drafter.calls).toHaveLength(1);
    expect(cards()).toEqual([['my fern died after 2 weeks\nhello??\nanyone there?', 'handoff', ['complaint', 'waiting_for_person']]]);
    const [card] = t.core.drafts.pending();
    expect(t.core.conversations.get(card!.conversationId)!.state).toBe('needs_person');
    expect(t.notifications).toHaveLength(1);

    t.core.review.approve(card!.draftId, 'So sorry, Rita: we will replace it.', 'Owner');
    rita('thank you! do you have pothos?');
    const after = await drafter.nth(1);
    expect(after.input.message).toBe('thank you! do you have pothos?');
    after.reply(answer('Yes, pothos is 129 MXN.'));
    await inbox.idle();
    expect(cards()).toEqual([['thank you! do you have pothos?', 'answer', []]]);
  });

  it('keeps an opted-out customer opted out when they write more', async () => {
    const { drafter, inbox, from } = setup();
    const omar = from('Omar');
    omar('STOP sending me messages');
    (await drafter.nth(0)).reply({ route: 'optout', text: '', sources: [], reasons: [{ code: 'optout', message: 'opted out' }], drafter: 'held' });
    await inbox.idle();
    omar('I mean it');
    await inbox.idle();
    expect(drafter.calls).toHaveLength(1);
    expect(cards()).toEqual([['STOP sending me messages\nI mean it', 'optout', ['optout', 'waiting_for_person']]]);
  });

  it('re-drafts the turn without a deleted message, and with an edited one', async () => {
    const { drafter, inbox, from } = setup();
    const ana = from('Ana');
    const first = ana('do you have monstera?');
    const second = ana('and pothos?');
    const call = await drafter.nth(0);
    expect(call.input.message).toBe('do you have monstera?\nand pothos?');
    call.reply(answer('Yes, both.'));
    await inbox.idle();

    t.core.conversations.applyDeletion(second.messageId, 5_000_000);
    expect(inbox.withdrawDrafts(second.conversationId, second.messageId)).toBe(0);
    const without = await drafter.nth(1);
    expect(without.input.message).toBe('do you have monstera?');
    without.reply(answer('Yes, monstera.'));
    await inbox.idle();
    expect(cards()).toEqual([['do you have monstera?', 'answer', []]]);

    t.core.conversations.applyEdit(first.messageId, 'do you have a big monstera?', 6_000_000);
    const edited = inbox.redraftEdited({ conversationId: first.conversationId, messageId: first.messageId });
    (await drafter.nth(2)).reply(answer('Yes, size L.'));
    expect(await edited).not.toBeNull();
    expect(cards()).toEqual([['do you have a big monstera?', 'answer', []]]);
    expect(t.core.audit.list(50).filter((a) => a.action === 'draft.superseded').map((a) => a.detail.why)).toEqual(['customer_edited', 'customer_deleted_message']);

    // The last message gone: the card leaves the queue.
    t.core.conversations.applyDeletion(first.messageId, 7_000_000);
    expect(inbox.withdrawDrafts(first.conversationId, first.messageId)).toBe(1);
    await inbox.idle();
    expect(cards()).toEqual([]);
    expect(drafter.calls).toHaveLength(3);
  });
});
