/**
 * "Forget this customer": every row about one customer goes in one transaction — messages (and
 * with them the inbox search index), drafts and their jobs, outbox rows, facts, purchases, notes,
 * labels, status, assignment, read marks, callbacks, automatic and away sends, the owner's test
 * cases copied from their chat, the audit entries about their chat (which quote replies), the
 * WhatsApp chat address, send attempts and the Signal session keys for their JIDs, and the
 * customer row. With SQLite's `secure_delete` on, the freed
 * pages are zeroed, so the next backup (an online copy of the live database) holds none of it.
 * The audit keeps one `customer.forgotten` entry with counts only.
 */
import type { Database } from '../storage/database';

/** The tables forgetting clears, in an order the foreign keys accept. */
export type ForgetCounts = Record<string, number>;

const inList = (ids: readonly (number | string)[]) => ids.map(() => '?').join(', ');

/** The user part of a JID ("5215512345678@s.whatsapp.net", "1234:5@lid" → "5215512345678", "1234"). */
export function jidUser(jid: string): string | null {
  const user = jid.split('@')[0]?.split(':')[0]?.split('_')[0] ?? '';
  return /^\d{5,}$/.test(user) ? user : null;
}

/**
 * Whether a Baileys key id belongs to a contact user: session ids are `<user>.<device>` (LID
 * users `<user>_1.<device>`), device lists and LID mappings are keyed `<user>` / `<user>_reverse`,
 * sender keys `<group>::<user>::<device>`, tokens by JID. So: the user as a whole token.
 */
export function keyIdNames(id: string, user: string): boolean {
  return new RegExp(`(^|[^0-9])${user}([^0-9]|$)`).test(id);
}

/** Deletes everything about a customer; returns what went, by table. Runs inside the caller's transaction. */
export function forgetRows(db: Database, customerId: number): ForgetCounts {
  const all = <T>(sql: string, ...params: Array<number | string>) => db.prepare(sql).all(...params) as T[];
  const run = (sql: string, params: readonly (number | string)[]) => Number(db.prepare(sql).run(...params).changes);
  const customer = db.prepare('SELECT channel, external_id FROM customers WHERE id = ?').get(customerId) as { channel: string; external_id: string };
  const conversations = all<{ id: number }>('SELECT id FROM conversations WHERE customer_id = ?', customerId).map((r) => r.id);
  const c = inList(conversations);
  const messages = conversations.length ? all<{ id: number }>(`SELECT id FROM messages WHERE conversation_id IN (${c})`, ...conversations).map((r) => r.id) : [];
  const drafts = conversations.length ? all<{ id: number }>(`SELECT id FROM drafts WHERE conversation_id IN (${c})`, ...conversations).map((r) => r.id) : [];
  const chats = conversations.length
    ? all<{ reply_jid: string; pn_jid: string | null; lid_jid: string | null }>(`SELECT reply_jid, pn_jid, lid_jid FROM wa_chats WHERE conversation_id IN (${c})`, ...conversations)
    : [];
  const jids = new Set(chats.flatMap((r) => [r.reply_jid, r.pn_jid, r.lid_jid]).filter((j): j is string => !!j));
  if (customer.channel === 'whatsapp') jids.add(customer.external_id);
  const users = [...new Set([...jids].map(jidUser).filter((u): u is string => u !== null))];

  const counts: ForgetCounts = {};
  const del = (name: string, sql: string, params: readonly (number | string)[]) => {
    counts[name] = (counts[name] ?? 0) + run(sql, params);
  };
  const byConversation = (table: string) => del(table, `DELETE FROM ${table} WHERE conversation_id IN (${c})`, conversations);
  const m = inList(messages);
  const d = inList(drafts);

  // Test cases the owner copied from their chat ("Add to my tests") quote them. Cases copied before
  // that link existed (customer_id NULL) are matched on the customer's own words: the case's
  // message, or a turn of its history, is exactly one of their messages.
  const said = conversations.length ? `SELECT text FROM messages WHERE direction = 'in' AND conversation_id IN (${c})` : 'SELECT NULL WHERE 0';
  del(
    'testCases',
    `DELETE FROM suite_cases WHERE customer_id = ? OR (customer_id IS NULL AND (message IN (${said})
       OR EXISTS (SELECT 1 FROM json_each(suite_cases.history) h WHERE json_extract(h.value, '$.from') = 'customer' AND json_extract(h.value, '$.text') IN (${said}))))`,
    [customerId, ...conversations, ...conversations],
  );
  del('facts', 'DELETE FROM customer_facts WHERE customer_id = ?', [customerId]);
  del('notes', 'DELETE FROM customer_notes WHERE customer_id = ?', [customerId]);
  del('purchases', 'DELETE FROM customer_purchases WHERE customer_id = ?', [customerId]);
  if (conversations.length > 0) {
    // First-response turns (migration 22) are rebuilt once when the hold goes, not per message.
    run(`INSERT OR IGNORE INTO response_turns_hold (conversation_id) SELECT id FROM conversations WHERE id IN (${c})`, conversations);
    counts.outboxUnsent = Number((db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE status <> 'sent' AND conversation_id IN (${c})`).get(...conversations) as { n: number }).n);
    if (drafts.length > 0) del('draftTopics', `DELETE FROM draft_topics WHERE draft_id IN (${d})`, drafts);
    byConversation('auto_sends');
    byConversation('away_sends');
    byConversation('callbacks');
    byConversation('outbox');
    if (messages.length > 0) {
      del('draftJobs', `DELETE FROM draft_jobs WHERE message_id IN (${m})`, messages);
      del('backlog', `DELETE FROM backlog_pending WHERE message_id IN (${m})`, messages);
    }
    byConversation('drafts');
    // The console's triggers drop each message's search entry and the chat's row with it.
    byConversation('messages');
    byConversation('console_reads');
    byConversation('conversation_status');
    byConversation('conversation_labels');
    byConversation('conversation_assignments');
    byConversation('wa_chats');
    // Audit entries about the chat quote replies and edits: they go too (the forgotten entry stays).
    const subjects = [...conversations.map((id) => `conversation:${id}`), ...drafts.map((id) => `draft:${id}`)];
    del('audit', `DELETE FROM audit WHERE conversation_id IN (${c}) OR subject IN (${inList(subjects)})`, [...conversations, ...subjects]);
    del('conversations', `DELETE FROM conversations WHERE id IN (${c})`, conversations);
    run(`DELETE FROM response_turns_hold WHERE conversation_id IN (${c})`, conversations);
  }
  for (const user of users) {
    const sends = all<{ send_id: string; jid: string }>("SELECT send_id, jid FROM wa_sends WHERE jid LIKE '%' || ? || '%'", user).filter((r) => jidUser(r.jid) === user);
    for (const s of sends) del('waSends', 'DELETE FROM wa_sends WHERE send_id = ?', [s.send_id]);
    const keys = all<{ kind: string; id: string }>("SELECT kind, id FROM wa_auth WHERE kind <> 'creds' AND id LIKE '%' || ? || '%'", user).filter((k) => keyIdNames(k.id, user));
    for (const k of keys) del('waKeys', 'DELETE FROM wa_auth WHERE kind = ? AND id = ?', [k.kind, k.id]);
  }
  // The name index's own triggers remove the customer's entries.
  del('customers', 'DELETE FROM customers WHERE id = ?', [customerId]);
  // Contentless FTS5 keeps a deleted row's terms in its segments until they are merged: merge now.
  db.exec("INSERT INTO console_message_fts (console_message_fts) VALUES ('optimize')");
  db.exec("INSERT INTO console_name_fts (console_name_fts) VALUES ('optimize')");
  return counts;
}
