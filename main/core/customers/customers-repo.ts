/**
 * The customer card's storage (migration 19): the shop's name for a customer, staff notes,
 * facts (proposed by the model or added by staff; only approved ones reach a draft) and
 * purchases, read together with the customer's conversation, ids, labels and first contact.
 * Every read and write is keyed by the customer a conversation belongs to, so nothing here can
 * hand one customer's facts to another's draft.
 */
import type { CustomerCard, CustomerFact, CustomerNote, CustomerPurchase, FactSource } from '../../contract/customer-schemas';
import { AdReferral, LANGUAGES, type ChannelKind, type Language } from '../../contract/schemas';
import { detectLanguage } from '../assistant/guards/language';
import { AppError } from '../platform/errors';
import type { Database } from '../storage/database';

type CustomerRow = { id: number; channel: ChannelKind; external_id: string; name: string; shop_name: string | null; language: Language; created_at: number };
type ConversationRow = { id: number; channel: ChannelKind; started_by: 'customer' | 'shop'; created_at: number; last_message_at: number; referral: string | null; messages: number };
type FactRow = {
  id: number; text: string; status: 'proposed' | 'approved'; source: FactSource; message_id: number | null; message_text: string | null;
  added_by: string; approved_by: string | null; created_at: number; updated_at: number;
};
type PurchaseRow = {
  id: number; product_sku: string | null; product_name: string; variant: string | null; quantity: number; amount_minor: number;
  currency: string; purchased_at: number; recorded_by: string;
};

/** An approved fact as drafting uses it. */
export type ApprovedFact = { id: number; text: string };

/** How many recent customer messages the card reads for the languages it shows. */
const LANGUAGE_SAMPLE = 40;

/** Reads and writes one customer's card. */
export class CustomersRepo {
  constructor(private readonly db: Database) {}

  /** The customer a conversation belongs to; `not_found` when there is no such conversation. */
  customerOf(conversationId: number): number {
    const row = this.db.prepare('SELECT customer_id FROM conversations WHERE id = ?').get(conversationId) as { customer_id: number } | undefined;
    if (!row) throw new AppError('not_found', `No conversation ${conversationId}.`);
    return row.customer_id;
  }

  /** The customer's approved facts, oldest first: all drafting ever sees. */
  approvedFacts(conversationId: number): ApprovedFact[] {
    return this.db
      .prepare(
        `SELECT f.id, f.text FROM customer_facts f JOIN conversations c ON c.customer_id = f.customer_id
         WHERE c.id = ? AND f.status = 'approved' ORDER BY f.id`,
      )
      .all(conversationId) as ApprovedFact[];
  }

  card(conversationId: number, extra: { currency: string | null; currencyDigits: number; canSuggest: boolean }): CustomerCard {
    const customerId = this.customerOf(conversationId);
    const customer = this.db.prepare('SELECT * FROM customers WHERE id = ?').get(customerId) as CustomerRow;
    const conversations = this.db
      .prepare(
        `SELECT c.id, c.channel, c.started_by, c.created_at, c.last_message_at, c.referral,
           (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id) AS messages
         FROM conversations c WHERE c.customer_id = ? ORDER BY c.created_at`,
      )
      .all(customerId) as ConversationRow[];
    const first = conversations[0]!;
    const ids = this.ids(customer, conversations.map((c) => c.id));
    return {
      customerId,
      conversationId,
      channel: customer.channel,
      name: customer.name,
      shopName: customer.shop_name,
      phone: phoneOf(customer, ids),
      ids,
      languages: this.languages(customer, conversationId),
      labels: this.db
        .prepare(
          `SELECT l.id, l.name, l.color FROM conversation_labels cl JOIN labels l ON l.id = cl.label_id
           JOIN conversations c ON c.id = cl.conversation_id WHERE c.customer_id = ? ORDER BY l.name`,
        )
        .all(customerId) as CustomerCard['labels'],
      notes: this.notes(customerId),
      firstContactAt: Math.min(customer.created_at, first.created_at),
      referral: referralOf(conversations.find((c) => c.referral !== null)?.referral ?? null),
      conversations: conversations.map((c) => ({ id: c.id, channel: c.channel, startedBy: c.started_by, createdAt: c.created_at, lastMessageAt: c.last_message_at, messages: c.messages })),
      purchases: this.purchases(customerId),
      facts: this.facts(customerId),
      ...extra,
    };
  }

  setShopName(customerId: number, shopName: string | null): void {
    this.db.prepare('UPDATE customers SET shop_name = ? WHERE id = ?').run(shopName?.trim() || null, customerId);
  }

  addNote(customerId: number, text: string, author: string, at: number): number {
    const row = this.db.prepare('INSERT INTO customer_notes (customer_id, text, author, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id').get(customerId, text, author, at, at) as { id: number };
    return row.id;
  }

  editNote(customerId: number, id: number, text: string, at: number): void {
    this.changed(this.db.prepare('UPDATE customer_notes SET text = ?, updated_at = ? WHERE id = ? AND customer_id = ?').run(text, at, id, customerId), 'note', id);
  }

  deleteNote(customerId: number, id: number): void {
    this.changed(this.db.prepare('DELETE FROM customer_notes WHERE id = ? AND customer_id = ?').run(id, customerId), 'note', id);
  }

  /** A fact; staff facts are approved by whoever adds them, model facts wait as proposed. */
  addFact(customerId: number, fact: { text: string; source: FactSource; messageId: number | null; addedBy: string; at: number }): number {
    this.checkMessage(customerId, fact.messageId);
    const approved = fact.source === 'staff';
    const row = this.db
      .prepare(
        `INSERT INTO customer_facts (customer_id, text, status, source, message_id, added_by, approved_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(customerId, fact.text, approved ? 'approved' : 'proposed', fact.source, fact.messageId, fact.addedBy, approved ? fact.addedBy : null, fact.at, fact.at) as { id: number };
    return row.id;
  }

  /** Edits a fact's words (and its message link). A person's edit of a proposed fact approves it: they wrote it. */
  editFact(customerId: number, id: number, edit: { text: string; messageId: number | null; by: string; at: number }): void {
    this.checkMessage(customerId, edit.messageId);
    this.changed(
      this.db
        .prepare(
          `UPDATE customer_facts SET text = ?, message_id = COALESCE(?, message_id), status = 'approved',
             approved_by = COALESCE(approved_by, ?), updated_at = ? WHERE id = ? AND customer_id = ?`,
        )
        .run(edit.text, edit.messageId, edit.by, edit.at, id, customerId),
      'fact',
      id,
    );
  }

  approveFact(customerId: number, id: number, by: string, at: number): void {
    this.changed(
      this.db.prepare("UPDATE customer_facts SET status = 'approved', approved_by = ?, updated_at = ? WHERE id = ? AND customer_id = ?").run(by, at, id, customerId),
      'fact',
      id,
    );
  }

  deleteFact(customerId: number, id: number): void {
    this.changed(this.db.prepare('DELETE FROM customer_facts WHERE id = ? AND customer_id = ?').run(id, customerId), 'fact', id);
  }

  /** Whether the customer already has a fact with these words (proposals do not repeat). */
  hasFact(customerId: number, text: string): boolean {
    return this.db.prepare('SELECT 1 FROM customer_facts WHERE customer_id = ? AND lower(text) = lower(?)').get(customerId, text.trim()) !== undefined;
  }

  addPurchase(customerId: number, p: Omit<CustomerPurchase, 'id'> & { conversationId: number; at: number }): number {
    const row = this.db
      .prepare(
        `INSERT INTO customer_purchases (customer_id, conversation_id, product_sku, product_name, variant, quantity, amount_minor, currency, purchased_at, recorded_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(customerId, p.conversationId, p.productSku, p.productName, p.variant, p.quantity, p.amountMinor, p.currency, p.purchasedAt, p.recordedBy, p.at) as { id: number };
    return row.id;
  }

  deletePurchase(customerId: number, id: number): void {
    this.changed(this.db.prepare('DELETE FROM customer_purchases WHERE id = ? AND customer_id = ?').run(id, customerId), 'purchase', id);
  }

  notes(customerId: number): CustomerNote[] {
    const rows = this.db.prepare('SELECT id, text, author, created_at, updated_at FROM customer_notes WHERE customer_id = ? ORDER BY created_at, id').all(customerId) as Array<{
      id: number; text: string; author: string; created_at: number; updated_at: number;
    }>;
    return rows.map((r) => ({ id: r.id, text: r.text, author: r.author, createdAt: r.created_at, updatedAt: r.updated_at }));
  }

  facts(customerId: number): CustomerFact[] {
    const rows = this.db
      .prepare(
        `SELECT f.*, m.text AS message_text FROM customer_facts f LEFT JOIN messages m ON m.id = f.message_id
         WHERE f.customer_id = ? ORDER BY f.status = 'approved', f.id`,
      )
      .all(customerId) as FactRow[];
    return rows.map((r) => ({
      id: r.id, text: r.text, status: r.status, source: r.source, messageId: r.message_id, messageText: r.message_text,
      addedBy: r.added_by, approvedBy: r.approved_by, createdAt: r.created_at, updatedAt: r.updated_at,
    }));
  }

  purchases(customerId: number): CustomerPurchase[] {
    const rows = this.db.prepare('SELECT * FROM customer_purchases WHERE customer_id = ? ORDER BY purchased_at DESC, id DESC').all(customerId) as PurchaseRow[];
    return rows.map((r) => ({
      id: r.id, productSku: r.product_sku, productName: r.product_name, variant: r.variant, quantity: r.quantity,
      amountMinor: r.amount_minor, currency: r.currency, purchasedAt: r.purchased_at, recordedBy: r.recorded_by,
    }));
  }

  /** The customer's own WhatsApp addresses (phone and LID JIDs), or the practice id. */
  ids(customer: Pick<CustomerRow, 'external_id'>, conversationIds: readonly number[]): string[] {
    const ids = new Set<string>([customer.external_id]);
    for (const id of conversationIds) {
      const chat = this.db.prepare('SELECT reply_jid, pn_jid, lid_jid FROM wa_chats WHERE conversation_id = ?').get(id) as
        | { reply_jid: string; pn_jid: string | null; lid_jid: string | null }
        | undefined;
      for (const jid of [chat?.reply_jid, chat?.pn_jid, chat?.lid_jid]) if (jid) ids.add(jid);
    }
    return [...ids];
  }

  /** The conversation's language first, then others read clearly in recent customer messages. */
  private languages(customer: CustomerRow, conversationId: number): Language[] {
    const seen = new Set<Language>([customer.language]);
    const texts = this.db
      .prepare("SELECT text FROM messages WHERE conversation_id = ? AND direction = 'in' AND deleted_at IS NULL ORDER BY id DESC LIMIT ?")
      .all(conversationId, LANGUAGE_SAMPLE) as Array<{ text: string }>;
    for (const { text } of texts) {
      const language = detectLanguage(text);
      if (language) seen.add(language);
    }
    return LANGUAGES.filter((l) => seen.has(l)).sort((a, b) => (a === customer.language ? -1 : b === customer.language ? 1 : 0));
  }

  /** A fact's message must be one of this customer's own. */
  private checkMessage(customerId: number, messageId: number | null): void {
    if (messageId === null) return;
    const own = this.db
      .prepare('SELECT 1 FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE m.id = ? AND c.customer_id = ?')
      .get(messageId, customerId);
    if (!own) throw new AppError('not_found', `Message ${messageId} is not in this customer's chat.`);
  }

  private changed(result: { changes: number | bigint }, what: string, id: number): void {
    if (Number(result.changes) === 0) throw new AppError('not_found', `No ${what} ${id} for this customer.`);
  }
}

/** The phone number: a WhatsApp phone-number JID's user part (never a LID, which is not a number). */
function phoneOf(customer: Pick<CustomerRow, 'channel'>, ids: readonly string[]): string | null {
  if (customer.channel !== 'whatsapp') return null;
  const pn = ids.find((id) => id.endsWith('@s.whatsapp.net')) ?? ids.find((id) => /^\+?\d{6,}$/.test(id));
  if (!pn) return null;
  const digits = pn.split('@')[0]!.split(':')[0]!.replace(/\D/g, '');
  return digits ? `+${digits}` : null;
}

function referralOf(json: string | null): AdReferral | null {
  if (!json) return null;
  const parsed = AdReferral.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}
