/**
 * One customer's data as a readable JSON file — what a customer may ask a shop for (a data-access
 * request): the card (names, ids, languages, labels, notes, first contact and its ad, purchases,
 * facts) and every message and drafted reply of their chats, with ISO dates.
 */
import type { CustomerCard } from '../../contract/customer-schemas';
import type { Database } from '../storage/database';

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

/** The file's name and text. */
export function exportCustomer(db: Database, card: CustomerCard, now: number): { fileName: string; text: string } {
  const conversations = card.conversations.map((c) => {
    const messages = db
      .prepare('SELECT id, direction, author, text, status, at, edited_at, deleted_at, media, reaction FROM messages WHERE conversation_id = ? ORDER BY at, id')
      .all(c.id) as Array<{ id: number; direction: string; author: string; text: string; status: string; at: number; edited_at: number | null; deleted_at: number | null; media: string | null; reaction: string | null }>;
    const drafts = db
      .prepare('SELECT id, message_id, route, text, final_text, status, decided_by, created_at, decided_at FROM drafts WHERE conversation_id = ? ORDER BY id')
      .all(c.id) as Array<{ id: number; message_id: number; route: string; text: string; final_text: string | null; status: string; decided_by: string | null; created_at: number; decided_at: number | null }>;
    return {
      id: c.id,
      channel: c.channel,
      startedBy: c.startedBy,
      startedAt: iso(c.createdAt),
      lastMessageAt: iso(c.lastMessageAt),
      messages: messages.map((m) => ({
        id: m.id,
        from: m.direction === 'in' ? 'customer' : 'shop',
        author: m.author,
        at: iso(m.at),
        text: m.deleted_at === null ? m.text : null,
        status: m.status,
        editedAt: iso(m.edited_at),
        deletedAt: iso(m.deleted_at),
        media: m.media,
        reaction: m.reaction,
      })),
      draftedReplies: drafts.map((d) => ({
        id: d.id,
        forMessage: d.message_id,
        route: d.route,
        text: d.final_text ?? d.text,
        status: d.status,
        decidedBy: d.decided_by,
        createdAt: iso(d.created_at),
        decidedAt: iso(d.decided_at),
      })),
    };
  });
  const data = {
    exportedAt: iso(now),
    customer: {
      name: card.name,
      shopName: card.shopName,
      phone: card.phone,
      ids: card.ids,
      channel: card.channel,
      languages: card.languages,
      firstContactAt: iso(card.firstContactAt),
      cameFromAd: card.referral,
      labels: card.labels.map((l) => l.name),
    },
    notes: card.notes.map((n) => ({ text: n.text, author: n.author, createdAt: iso(n.createdAt), updatedAt: iso(n.updatedAt) })),
    facts: card.facts.map((f) => ({
      text: f.text,
      status: f.status,
      addedBy: f.addedBy,
      source: f.source,
      approvedBy: f.approvedBy,
      fromMessage: f.messageId,
      createdAt: iso(f.createdAt),
    })),
    purchases: card.purchases.map((p) => ({
      product: p.productName,
      sku: p.productSku,
      variant: p.variant,
      quantity: p.quantity,
      amount: formatMinor(p.amountMinor, card.currencyDigits),
      currency: p.currency,
      purchasedAt: iso(p.purchasedAt),
      recordedBy: p.recordedBy,
    })),
    conversations,
  };
  const day = new Date(now).toISOString().slice(0, 10);
  return { fileName: `customer-${card.customerId}-${day}.json`, text: `${JSON.stringify(data, null, 2)}\n` };
}

/** 54950 at 2 digits → "549.50". */
export function formatMinor(amount: number, digits: number): string {
  if (digits === 0) return String(amount);
  const s = String(amount).padStart(digits + 1, '0');
  return `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}
