import { afterEach, describe, expect, it } from 'vitest';
import type { AwayPatch, AwaySettings } from '../../contract/away-schemas';
import type { Result } from '../../contract/contract';
import type { Language } from '../../contract/schemas';
import type { StaffMember } from '../../contract/staff-schemas';
import { FakeClock, createTestCore, type TestCore } from '../../testing/test-core';

// The demo shop is in Mexico City (UTC-6), open 09:00–19:00.
/** 11:00 local, Wednesday 25 Nov 2026: open. */
const OPEN = Date.UTC(2026, 10, 25, 17, 0, 0);
/** 21:00 local, Tuesday 24 Nov (03:00 UTC on the 25th): closed. */
const CLOSED = Date.UTC(2026, 10, 25, 3, 0, 0);
const HOUR = 60 * 60_000;

const AWAY = { on: true, texts: { en: 'We are closed now; we answer from 9:00.', es: 'Ahora estamos cerrados; respondemos desde las 9:00.' } };
const GREETING = { on: true, texts: { en: 'Welcome to the shop!' } };
const HOLDING = { on: true, texts: { en: 'A person from the shop will answer you — we open at {opens}.' } };

describe('greeting, away and holding messages', () => {
  let t: TestCore;
  afterEach(async () => {
    await t?.core.inbox.idle();
    t?.dispose();
  });

  async function start(at: number, away: AwayPatch, undoSendMs = 0): Promise<void> {
    t = createTestCore({ clock: new FakeClock(at), undoSendMs });
    await t.call('loadDemoShop');
    await t.call('updateAwayMessages', away);
  }

  /** A customer writes; resolves with the chat's id once the turn is stored and the outbox drained. */
  async function write(customerName: string, text: string, language: Language = 'en'): Promise<number> {
    const { conversationId } = await t.call<{ conversationId: number }>('sendPracticeMessage', { customerName, language, text });
    await t.core.inbox.idle();
    await t.core.outbox.kick();
    return conversationId;
  }

  const shopSaid = (conversationId: number) =>
    t.core.conversations
      .messages(conversationId)
      .filter((m) => m.direction === 'out')
      .map((m) => ({ text: m.text, author: m.author, status: m.status }));

  it('is all off by default', async () => {
    t = createTestCore({ clock: new FakeClock(CLOSED) });
    await t.call('loadDemoShop');
    const settings = await t.call<AwaySettings>('getAwayMessages');
    expect([settings.greeting.on, settings.away.on, settings.holding.on, settings.disclosure.mode]).toEqual([false, false, false, 'off']);
    const chat = await write('Ana', 'Do you sell umbrellas?');
    expect(shopSaid(chat)).toEqual([]);
  });

  it('sends the away message outside hours only, in the customer language, at most once a local day per chat', async () => {
    await start(CLOSED, { away: AWAY });
    const ana = await write('Ana', '¿Tienen paraguas?', 'es');
    await write('Ana', '¿Y de qué colores?', 'es');
    t.clock.advance(2 * HOUR); // 23:00 the same local day
    await write('Ana', '¿Hola?', 'es');
    expect(shopSaid(ana)).toEqual([{ text: AWAY.texts.es, author: 'Autopilot', status: 'sent' }]);

    t.clock.advance(12 * HOUR); // 11:00 the next day: open, nothing
    await write('Ana', '¿Siguen ahí?', 'es');
    expect(shopSaid(ana)).toHaveLength(1);
    t.clock.advance(10 * HOUR); // 21:00 that day: closed again, a new day
    await write('Ana', '¿Hola?', 'es');
    expect(shopSaid(ana).map((m) => m.text)).toEqual([AWAY.texts.es, AWAY.texts.es]);
  });

  it('never sends the away message within opening hours', async () => {
    await start(OPEN, { away: AWAY });
    const ben = await write('Ben', 'Do you sell umbrellas?');
    expect(shopSaid(ben).filter((m) => m.text === AWAY.texts.en)).toEqual([]);
  });

  it('greets only on a customer first message ever', async () => {
    await start(OPEN, { greeting: GREETING });
    const ana = await write('Ana', 'Hello, do you sell umbrellas?');
    await write('Ana', 'And raincoats?');
    expect(shopSaid(ana).filter((m) => m.text === GREETING.texts.en)).toHaveLength(1);
    expect(shopSaid(ana)[0]).toEqual({ text: GREETING.texts.en, author: 'Autopilot', status: 'sent' });
  });

  it('greets and sends the away message when the owner switched the assistant off, as WhatsApp Business does', async () => {
    await start(CLOSED, { away: AWAY, greeting: GREETING });
    await t.call('updateAutopilot', { mode: 'off' });
    const ana = await write('Ana', 'Hello, do you sell umbrellas?');
    await write('Ana', 'And raincoats?');
    expect(t.core.db.prepare('SELECT COUNT(*) AS n FROM drafts WHERE conversation_id = ?').get(ana)).toEqual({ n: 0 });
    // One greeting (the first turn only) and one away message (once this local day).
    expect(shopSaid(ana).map((m) => m.text)).toEqual([GREETING.texts.en, AWAY.texts.en]);
  });

  it('does not greet a later turn with the assistant off when the greeting was switched on after the first', async () => {
    await start(OPEN, {});
    await t.call('updateAutopilot', { mode: 'off' });
    const ana = await write('Ana', 'Hello, do you sell umbrellas?');
    await t.call('updateAwayMessages', { greeting: GREETING });
    await write('Ana', 'And raincoats?');
    expect(shopSaid(ana)).toEqual([]);
  });

  it('sends nothing in a chat a person took over, even with the assistant off', async () => {
    await start(CLOSED, { away: AWAY, greeting: GREETING });
    const ana = await write('Ana', 'Hello, do you sell umbrellas?');
    const before = shopSaid(ana).length;
    await t.call('takeOverConversation', { conversationId: ana });
    t.clock.advance(24 * HOUR); // another local day: the away message would be due again
    await write('Ana', 'Hello?');
    expect(shopSaid(ana)).toHaveLength(before);
  });

  it('sends the holding reply once per handoff, with the opening hour', async () => {
    await start(OPEN, { holding: HOLDING });
    const ana = await write('Ana', 'I want to speak to a person please');
    await write('Ana', 'Hello? Anyone?');
    const holding = 'A person from the shop will answer you — we open at 09:00.';
    expect(t.core.conversations.get(ana)!.state).toBe('needs_person');
    expect(shopSaid(ana).map((m) => m.text)).toEqual([holding]);
  });

  it('sends nothing to a customer who opted out', async () => {
    await start(CLOSED, { away: AWAY, greeting: GREETING, holding: HOLDING });
    const ana = await write('Ana', 'STOP');
    await write('Ana', 'stop messaging me');
    expect(t.core.db.prepare("SELECT COUNT(*) AS n FROM drafts WHERE conversation_id = ? AND route = 'optout'").get(ana)).toEqual({ n: 2 });
    expect(shopSaid(ana)).toEqual([]);
  });

  it('sends nothing in a chat the shop started', async () => {
    await start(CLOSED, { away: AWAY, greeting: GREETING });
    const jid = '5215550001111@s.whatsapp.net';
    const chat = t.core.conversations.ensureConversation({ channel: 'whatsapp', externalId: jid, name: 'Dora', language: 'en', at: t.clock.now(), startedBy: 'shop' });
    t.core.inbox.receive({ channel: 'whatsapp', chatId: jid, messageId: 'D1', customerName: 'Dora', language: 'en', text: 'Thanks, do you sell umbrellas?', at: t.clock.now() });
    await t.core.inbox.idle();
    expect(t.core.db.prepare('SELECT COUNT(*) AS n FROM drafts WHERE conversation_id = ?').get(chat)).toEqual({ n: 1 });
    expect(shopSaid(chat)).toEqual([]);
  });

  it('sends a new holding reply for a later handoff, after the chat went back to the assistant', async () => {
    await start(OPEN, { holding: HOLDING });
    const ana = await write('Ana', 'I want to speak to a person please');
    t.core.conversations.setState(ana, 'assistant');
    await write('Ana', 'Can I talk to a human?');
    expect(shopSaid(ana).map((m) => m.author)).toEqual(['Autopilot', 'Autopilot']);
  });

  it('keeps to the shop hourly limit of automatic messages', async () => {
    await start(CLOSED, { away: AWAY });
    await t.call('updateAutopilot', { perHour: 2 });
    const chats = [await write('Ana', 'Umbrellas?'), await write('Ben', 'Raincoats?'), await write('Caro', 'Boots?')];
    expect(chats.map((id) => shopSaid(id).length)).toEqual([1, 1, 0]);
    t.clock.advance(HOUR);
    await write('Caro', 'Hello?');
    expect(shopSaid(chats[2]!)).toHaveLength(1);
  });

  it('a change replaces only the fields given: switching a message on keeps its texts', async () => {
    await start(OPEN, { greeting: { texts: GREETING.texts } });
    await t.call('updateAwayMessages', { greeting: { on: true }, disclosure: { mode: 'first' } });
    const saved = await t.call<AwaySettings>('getAwayMessages');
    expect([saved.greeting, saved.disclosure]).toEqual([GREETING, { mode: 'first', texts: {} }]);
  });

  it('only an owner may change them', async () => {
    await start(OPEN, {});
    const leo = await t.call<StaffMember>('addStaffMember', { name: 'Leo', role: 'staff', pin: null });
    await t.call('switchOperator', { id: leo.id });
    const result: Result<unknown> = await t.dispatch('updateAwayMessages', { away: AWAY });
    expect(result.ok ? null : result.error.code).toBe('owner_only');
    expect((await t.call<AwaySettings>('getAwayMessages')).away.on).toBe(false);
  });

  it('the kill switch takes back a queued away message and switches them off', async () => {
    await start(CLOSED, { away: AWAY }, 30_000);
    const ana = await write('Ana', 'Do you sell umbrellas?');
    expect(shopSaid(ana)).toEqual([{ text: AWAY.texts.en, author: 'Autopilot', status: 'queued' }]);
    const { cancelled } = await t.call<{ cancelled: number }>('stopAutopilot');
    t.clock.advance(60_000);
    await t.core.outbox.kick();
    expect(cancelled).toBe(1);
    expect(shopSaid(ana)).toEqual([{ text: AWAY.texts.en, author: 'Autopilot', status: 'failed' }]);
    expect((await t.call<AwaySettings>('getAwayMessages')).away.on).toBe(false);
    t.clock.advance(24 * HOUR);
    await write('Ana', 'Hello?');
    expect(shopSaid(ana)).toHaveLength(1);
  });
});

describe('the AI disclosure line', () => {
  let t: TestCore;
  afterEach(async () => {
    await t?.core.inbox.idle();
    t?.dispose();
  });

  async function autoChat(mode: 'first' | 'every'): Promise<number> {
    t = createTestCore({ clock: new FakeClock(OPEN) });
    await t.call('loadDemoShop');
    await t.call('updateAutopilot', { mode: 'auto', streakNeeded: 1 });
    await t.call('updateAwayMessages', { disclosure: { mode, texts: {} } });
    const { conversationId: first } = await t.call<{ conversationId: number }>('sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'What are your opening hours?' });
    await t.core.inbox.idle();
    const draft = t.core.drafts.pending()[0]!;
    // A person's approval carries no disclosure: only automatic replies do.
    await t.call('approveDraft', { draftId: draft.draftId, text: draft.draft });
    await t.core.outbox.kick();
    expect(t.core.conversations.messages(first).filter((m) => m.direction === 'out').map((m) => m.text)).toEqual([draft.draft]);
    const { conversationId } = await t.call<{ conversationId: number }>('sendPracticeMessage', { customerName: 'Ben', language: 'en', text: 'What are your opening hours?' });
    await t.core.inbox.idle();
    t.clock.advance(60_000);
    await t.call('sendPracticeMessage', { customerName: 'Ben', language: 'en', text: 'What are your opening hours?' });
    await t.core.inbox.idle();
    await t.core.outbox.kick();
    return conversationId;
  }

  const disclosed = (conversationId: number) =>
    t.core.conversations
      .messages(conversationId)
      .filter((m) => m.direction === 'out')
      .map((m) => m.text.endsWith('\n\nAn assistant drafts our replies and a person from the shop checks them.'));

  it('on first contact: only the first automatic reply in a chat carries it', async () => {
    const ben = await autoChat('first');
    expect(disclosed(ben)).toEqual([true, false]);
  });

  it('goes with owner-written messages too, in the customer language, and the owner may write their own', async () => {
    t = createTestCore({ clock: new FakeClock(CLOSED) });
    await t.call('loadDemoShop');
    await t.call('updateAwayMessages', { away: AWAY, disclosure: { mode: 'every', texts: { en: 'Drafted by an assistant, checked by us.' } } });
    const { conversationId: eva } = await t.call<{ conversationId: number }>('sendPracticeMessage', { customerName: 'Eva', language: 'es', text: '¿Tienen paraguas?' });
    const { conversationId: finn } = await t.call<{ conversationId: number }>('sendPracticeMessage', { customerName: 'Finn', language: 'en', text: 'Umbrellas?' });
    await t.core.inbox.idle();
    await t.core.outbox.kick();
    const said = (id: number) => t.core.conversations.messages(id).filter((m) => m.direction === 'out').map((m) => m.text);
    expect(said(eva)).toEqual([`${AWAY.texts.es}\n\nUn asistente redacta nuestras respuestas y una persona de la tienda las revisa.`]);
    expect(said(finn)).toEqual([`${AWAY.texts.en}\n\nDrafted by an assistant, checked by us.`]);
  });

  it('on every automatic reply', async () => {
    const ben = await autoChat('every');
    expect(disclosed(ben)).toEqual([true, true]);
  });
});
