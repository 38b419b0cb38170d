import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CustomerCard } from '../../contract/customer-schemas';
import type { AuditEntry } from '../../contract/schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';
import type { Database } from '../storage/database';
import { jidUser, keyIdNames } from './customer-forget';

const NAME = 'Xiomara Quintanilla';
const NUMBER = '5215512345678';
const LID = '123456789012345';
const WORD = 'quetzalplume';
const PN_JID = `${NUMBER}@s.whatsapp.net`;

/** Every table in sqlite_master (FTS shadow tables included), each value as text: where a needle occurs. */
function scan(db: Database, needles: readonly string[]): string[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
  const hits: string[] = [];
  for (const { name } of tables) {
    const statement = db.prepare(`SELECT * FROM "${name}"`);
    statement.setReadBigInts(true);
    const rows = statement.all() as Array<Record<string, unknown>>;
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        const text = value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : String(value ?? '');
        for (const needle of needles) if (text.toLowerCase().includes(needle.toLowerCase())) hits.push(`${name}.${column}: ${needle}`);
      }
    }
  }
  // The search indexes, asked the way the inbox asks them.
  for (const word of [WORD, 'Xiomara', 'Quintanilla']) {
    if (db.prepare('SELECT rowid FROM console_message_fts WHERE console_message_fts MATCH ?').all(word).length > 0) hits.push(`console_message_fts MATCH ${word}`);
    if (db.prepare('SELECT rowid FROM console_name_fts WHERE console_name_fts MATCH ?').all(word).length > 0) hits.push(`console_name_fts MATCH ${word}`);
  }
  return hits;
}

describe('forget this customer', () => {
  let t: TestCore;
  afterEach(() => t?.dispose());

  async function whatsappCustomer(): Promise<number> {
    const at = t.clock.now();
    const first = await t.core.inbox.ingest({ channel: 'whatsapp', chatId: PN_JID, messageId: 'WA1', text: `How much is the monstera? ${WORD}`, at, customerName: NAME, language: 'en' });
    const { db } = t.core;
    db.prepare('INSERT INTO wa_chats (conversation_id, reply_jid, pn_jid, lid_jid, updated_at) VALUES (?, ?, ?, ?, ?)').run(first.conversationId, `${LID}@lid`, PN_JID, `${LID}@lid`, at);
    const blob = new Uint8Array([1, 2, 3]);
    for (const [kind, id] of [
      ['session', `${NUMBER}.0`],
      ['session', `${LID}_1.0`],
      ['device-list', NUMBER],
      ['lid-mapping', NUMBER],
      ['lid-mapping', `${LID}_reverse`],
      ['session', '5219999999999.0'],
    ]) db.prepare('INSERT INTO wa_auth (kind, id, data) VALUES (?, ?, ?)').run(kind!, id!, blob);
    db.prepare('INSERT INTO wa_sends (send_id, jid, attempted_at) VALUES (?, ?, ?)').run('3EB0AAA', PN_JID, at);
    db.prepare("INSERT INTO callbacks (conversation_id, reason, after_message_id, due_at, state, created_at) VALUES (?, 'answered_quiet', ?, ?, 'planned', ?)").run(first.conversationId, first.messageId, at + 1, at);
    const c = first.conversationId;
    await t.call('saveCustomerFact', { conversationId: c, text: `Loves ${WORD} ferns`, messageId: first.messageId });
    await t.call('saveCustomerNote', { conversationId: c, text: `Call ${NAME} before delivery` });
    await t.call('setCustomerShopName', { conversationId: c, shopName: 'Xio' });
    await t.call('addCustomerPurchase', { conversationId: c, productSku: 'CV-001' });
    const label = await t.call<{ id: number }>('saveLabel', { name: 'VIP', color: 'blue' });
    await t.call('setConversationLabels', { conversationId: c, labelIds: [label.id] });
    await t.call('setConversationStatus', { conversationId: c, status: 'pending' });
    await t.call('markConversationRead', { conversationId: c });
    // A person's reply (audited with its text), then a second message drafted and left pending.
    await t.call('sendReply', { conversationId: c, text: `Hi ${NAME}, yes the ${WORD} one is here` });
    await t.core.outbox.kick();
    t.clock.advance(60_000);
    const second = await t.core.inbox.ingest({ channel: 'whatsapp', chatId: PN_JID, messageId: 'WA2', text: `And the opening hours? ${WORD}`, at: t.clock.now(), customerName: NAME, language: 'en' });
    // "Test my assistant": the owner copies the pending draft's message (and the chat before it) into a test case.
    // The owner rewords it and drops the history: only the link to the customer says whose it was.
    const copied = await t.call<Record<string, unknown>>('suiteCaseFromDraft', { draftId: second.draftId });
    const saved = await t.call<{ id: number }>('saveSuiteCase', { ...copied, message: `Opening hours, ${WORD}?`, history: [] });
    const customerId = (t.core.db.prepare('SELECT customer_id FROM conversations WHERE id = ?').get(c) as { customer_id: number }).customer_id;
    expect(t.core.db.prepare('SELECT customer_id FROM suite_cases WHERE id = ?').get(saved.id)).toEqual({ customer_id: customerId });
    // One copied before cases were linked to customers: no customer, the customer's words verbatim.
    t.core.db
      .prepare(`INSERT INTO suite_cases (case_id, message, lang, history, expect, created_at, updated_at) VALUES ('old-copy', ?, 'en', ?, '{"route":"answer","sources":[],"flags":null,"mustNotContain":[]}', 0, 0)`)
      .run('Do you deliver?', JSON.stringify([{ from: 'customer', text: `How much is the monstera? ${WORD}` }]));
    return c;
  }

  it('deletes every row mentioning them, in every table and search index, keeps others, and audits counts only', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const tom = await t.call<{ conversationId: number }>('sendPracticeMessage', { customerName: 'Tom', language: 'en', text: 'opening hours?' });
    await t.core.inbox.idle();
    // The owner's own test cases stay, even one asking what Tom asked.
    await t.call('saveSuiteCase', { id: null, caseId: 'hours', message: 'opening hours?', lang: 'en', expect: { route: 'answer', sources: [], flags: null, mustNotContain: [] } });
    await t.call('saveSuiteCase', { id: null, caseId: 'monstera', message: 'How much is the monstera?', lang: 'en', expect: { route: 'answer', sources: [], flags: null, mustNotContain: [] } });
    const c = await whatsappCustomer();
    const needles = [NAME, 'Xiomara', NUMBER, LID, WORD];
    expect(scan(t.core.db, needles).length).toBeGreaterThan(10);
    const pending = t.core.db.prepare("SELECT COUNT(*) AS n FROM drafts WHERE conversation_id = ? AND status = 'pending'").get(c) as { n: number };
    expect(pending.n).toBe(1);
    const before = await t.core.backups.backupNow();
    expect(readFileSync(before.file).toString('latin1')).toContain(WORD);

    const result = await t.call<{ removed: Record<string, number> }>('forgetCustomer', { conversationId: c });
    expect(result.removed).toMatchObject({ customers: 1, conversations: 1, messages: 3, facts: 1, notes: 1, purchases: 1, callbacks: 1, waKeys: 5, waSends: 1, testCases: 2 });
    expect(t.core.db.prepare('SELECT case_id FROM suite_cases ORDER BY id').all()).toEqual([{ case_id: 'hours' }, { case_id: 'monstera' }]);

    expect(scan(t.core.db, needles)).toEqual([]);
    // Others stay: Tom's chat and another contact's WhatsApp session.
    expect((await t.call<CustomerCard>('getCustomerCard', { conversationId: tom.conversationId })).name).toBe('Tom');
    expect(t.core.db.prepare("SELECT id FROM wa_auth WHERE kind = 'session'").all()).toEqual([{ id: '5219999999999.0' }]);
    // Nothing waits to be drafted or sent for them.
    expect(t.core.db.prepare('SELECT COUNT(*) AS n FROM draft_jobs').get()).toEqual({ n: 0 });
    expect(await t.dispatch('getCustomerCard', { conversationId: c })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const audit = (await t.call<{ items: AuditEntry[] }>('listAudit', { limit: 1000 })).items;
    const forgotten = audit.filter((a) => a.action === 'customer.forgotten');
    expect(forgotten).toEqual([expect.objectContaining({ actor: 'Owner', subject: 'customer', detail: { counts: result.removed } })]);

    // The next backup is a copy of the live database: none of it is there, not even in freed pages.
    const after = await t.core.backups.backupNow();
    const bytes = readFileSync(after.file).toString('latin1');
    for (const needle of needles) expect(bytes.includes(needle)).toBe(false);

    // They write again: a fresh customer, with no facts from before, drafted as usual.
    const again = await t.core.inbox.ingest({ channel: 'whatsapp', chatId: PN_JID, messageId: 'WA3', text: 'How much is the monstera?', at: t.clock.now(), customerName: NAME, language: 'en' });
    const card = await t.call<CustomerCard>('getCustomerCard', { conversationId: again.conversationId });
    expect(card).toMatchObject({ facts: [], notes: [], purchases: [], shopName: null });
    expect(again.draftId).not.toBeNull();
  });

  it('reads JID users and matches Baileys key ids by the whole user', () => {
    expect(jidUser(PN_JID)).toBe(NUMBER);
    expect(jidUser(`${NUMBER}:12@s.whatsapp.net`)).toBe(NUMBER);
    expect(jidUser(`${LID}@lid`)).toBe(LID);
    expect(jidUser('practice:ana')).toBeNull();
    expect(keyIdNames(`${NUMBER}.0`, NUMBER)).toBe(true);
    expect(keyIdNames(`${LID}_1.3`, LID)).toBe(true);
    expect(keyIdNames(`1203630@g.us::${NUMBER}::0`, NUMBER)).toBe(true);
    expect(keyIdNames(`${NUMBER}9.0`, NUMBER)).toBe(false);
    expect(keyIdNames(`9${NUMBER}.0`, NUMBER)).toBe(false);
  });
});
