/**
 * The customer card's actions: the shop's name for the customer, notes, facts (staff-added facts
 * are approved at once; model proposals wait for a person), purchases of catalog products, the
 * one-customer export and "forget this customer". Each change is audited against the chat, by
 * ids only, and announced as `conversationChanged`.
 */
import type { CustomerCard } from '../../contract/customer-schemas';
import type { AuditLog } from '../audit/audit-log';
import type { KnowledgeRepo } from '../knowledge/knowledge-repo';
import type { Outbox } from '../outbox/outbox';
import { AppError } from '../platform/errors';
import type { EventBus } from '../platform/events';
import type { Clock } from '../platform/ports';
import { transaction, type Database } from '../storage/database';
import { forgetRows, type ForgetCounts } from './customer-forget';
import { exportCustomer } from './customer-export';
import { CustomersRepo } from './customers-repo';
import type { FactProposer } from './fact-proposer';

/** What the service is built from (composition root). */
export type CustomerServiceDeps = {
  db: Database;
  clock: Clock;
  audit: AuditLog;
  bus: EventBus;
  knowledge: KnowledgeRepo;
  outbox: Pick<Outbox, 'deliveringTo'>;
  proposer: Pick<FactProposer, 'enabled' | 'propose'>;
};

/** A purchase as the card records it. */
export type PurchaseInput = { productSku: string; variantSku: string | null; quantity: number; amountMinor: number | null; purchasedAt: number | null };

/** The customer card's service. */
export class CustomerService {
  readonly repo: CustomersRepo;

  constructor(private readonly deps: CustomerServiceDeps) {
    this.repo = new CustomersRepo(deps.db);
  }

  card(conversationId: number): CustomerCard {
    const currency = this.deps.knowledge.profile()?.currency ?? null;
    return this.repo.card(conversationId, { currency, currencyDigits: minorDigits(currency), canSuggest: this.deps.proposer.enabled() });
  }

  /** Approved facts of the conversation's own customer: what drafting may use. */
  approvedFacts(conversationId: number) {
    return this.repo.approvedFacts(conversationId);
  }

  setShopName(conversationId: number, shopName: string | null, actor: string): CustomerCard {
    return this.change(conversationId, actor, 'customer.renamed', (customerId) => this.repo.setShopName(customerId, shopName));
  }

  saveNote(conversationId: number, input: { id: number | null; text: string }, actor: string): CustomerCard {
    const at = this.deps.clock.now();
    return this.change(conversationId, actor, input.id === null ? 'customer.note_added' : 'customer.note_edited', (customerId) =>
      input.id === null ? this.repo.addNote(customerId, input.text, actor, at) : (this.repo.editNote(customerId, input.id, input.text, at), input.id),
    );
  }

  deleteNote(conversationId: number, id: number, actor: string): CustomerCard {
    return this.change(conversationId, actor, 'customer.note_deleted', (customerId) => (this.repo.deleteNote(customerId, id), id));
  }

  saveFact(conversationId: number, input: { id: number | null; text: string; messageId: number | null }, actor: string): CustomerCard {
    const at = this.deps.clock.now();
    return this.change(conversationId, actor, input.id === null ? 'customer.fact_added' : 'customer.fact_edited', (customerId) =>
      input.id === null
        ? this.repo.addFact(customerId, { text: input.text, source: 'staff', messageId: input.messageId, addedBy: actor, at })
        : (this.repo.editFact(customerId, input.id, { text: input.text, messageId: input.messageId, by: actor, at }), input.id),
    );
  }

  approveFact(conversationId: number, id: number, actor: string): CustomerCard {
    return this.change(conversationId, actor, 'customer.fact_approved', (customerId) => (this.repo.approveFact(customerId, id, actor, this.deps.clock.now()), id));
  }

  deleteFact(conversationId: number, id: number, actor: string): CustomerCard {
    return this.change(conversationId, actor, 'customer.fact_deleted', (customerId) => (this.repo.deleteFact(customerId, id), id));
  }

  /** Asks the model for facts; new ones are stored as proposed (added by "assistant"). */
  async suggestFacts(conversationId: number, actor: string): Promise<{ proposed: number; card: CustomerCard }> {
    this.repo.customerOf(conversationId);
    const proposals = await this.deps.proposer.propose(conversationId);
    let proposed = 0;
    transaction(this.deps.db, () => {
      // The chat may have been forgotten while the model answered: then nothing is stored.
      const row = this.deps.db.prepare('SELECT customer_id FROM conversations WHERE id = ?').get(conversationId) as { customer_id: number } | undefined;
      if (!row) return;
      for (const p of proposals) {
        if (this.repo.hasFact(row.customer_id, p.text)) continue;
        const live = p.messageId !== null && this.deps.db.prepare('SELECT 1 FROM messages WHERE id = ? AND conversation_id = ?').get(p.messageId, conversationId) !== undefined;
        this.repo.addFact(row.customer_id, { text: p.text, source: 'model', messageId: live ? p.messageId : null, addedBy: 'assistant', at: this.deps.clock.now() });
        proposed++;
      }
      if (proposed > 0) this.deps.audit.record(actor, 'customer.facts_proposed', `conversation:${conversationId}`, { conversationId, count: proposed });
    });
    this.deps.bus.emit('conversationChanged', { conversationId });
    return { proposed, card: this.card(conversationId) };
  }

  /** Records a purchase of a catalog product (or one of its variants) in the shop's currency. */
  addPurchase(conversationId: number, input: PurchaseInput, actor: string): CustomerCard {
    const product = this.deps.knowledge.productsBySku([input.productSku]).get(input.productSku);
    if (!product) throw new AppError('not_found', `No product ${input.productSku} in the catalog.`);
    const variant = input.variantSku === null ? null : (product.variants ?? []).find((v) => v.sku === input.variantSku);
    if (input.variantSku !== null && !variant) throw new AppError('not_found', `${input.productSku} has no variant ${input.variantSku}.`);
    const currency = this.deps.knowledge.profile()?.currency ?? product.currency;
    const digits = minorDigits(currency);
    const amountMinor = input.amountMinor ?? toMinor(variant?.price ?? product.price, digits) * input.quantity;
    const at = this.deps.clock.now();
    return this.change(conversationId, actor, 'customer.purchase_added', (customerId) =>
      this.repo.addPurchase(customerId, {
        conversationId,
        productSku: variant?.sku ?? product.sku,
        productName: product.name,
        variant: variant ? Object.entries(variant.options).map(([k, v]) => `${k} ${v}`).join(', ') : null,
        quantity: input.quantity,
        amountMinor,
        currency,
        purchasedAt: input.purchasedAt ?? at,
        recordedBy: actor,
        at,
      }),
    );
  }

  deletePurchase(conversationId: number, id: number, actor: string): CustomerCard {
    return this.change(conversationId, actor, 'customer.purchase_deleted', (customerId) => (this.repo.deletePurchase(customerId, id), id));
  }

  /** One customer's data as readable JSON. */
  export(conversationId: number, actor: string): { fileName: string; text: string } {
    const file = exportCustomer(this.deps.db, this.card(conversationId), this.deps.clock.now());
    this.deps.audit.record(actor, 'customer.exported', `conversation:${conversationId}`, { conversationId });
    return file;
  }

  /**
   * Deletes everything about the customer (see `customer-forget.ts`) in one transaction, with
   * freed pages zeroed; the audit keeps one entry with counts. `conflict` while one of their
   * replies is being handed to WhatsApp (it cannot be taken back mid-send).
   */
  forget(conversationId: number, actor: string): { removed: ForgetCounts } {
    const customerId = this.repo.customerOf(conversationId);
    if (this.deps.outbox.deliveringTo(conversationId)) throw new AppError('conflict', 'A reply to this customer is being sent right now; try again in a moment.');
    const { db } = this.deps;
    const before = (db.prepare('PRAGMA secure_delete').get() as { secure_delete: number }).secure_delete;
    db.exec('PRAGMA secure_delete = ON');
    try {
      const removed = transaction(db, () => {
        const counts = forgetRows(db, customerId);
        // No name, number or text: what kind of thing went, and how many.
        this.deps.audit.record(actor, 'customer.forgotten', 'customer', { counts });
        return counts;
      });
      // The write-ahead log still holds the old pages until a checkpoint copies the zeroed ones
      // back: do it now (best effort; a reader in the way only delays it to the next checkpoint).
      db.prepare('PRAGMA wal_checkpoint(TRUNCATE)').get();
      this.deps.bus.emit('conversationChanged', { conversationId });
      this.deps.bus.emit('queueChanged', { pending: (db.prepare("SELECT COUNT(*) AS n FROM drafts WHERE status = 'pending'").get() as { n: number }).n });
      return { removed };
    } finally {
      db.exec(`PRAGMA secure_delete = ${before ? 'ON' : 'OFF'}`);
    }
  }

  private change(conversationId: number, actor: string, action: string, work: (customerId: number) => number | void): CustomerCard {
    transaction(this.deps.db, () => {
      const customerId = this.repo.customerOf(conversationId);
      const id = work(customerId);
      this.deps.audit.record(actor, action, `conversation:${conversationId}`, { conversationId, ...(typeof id === 'number' ? { id } : {}) });
    });
    this.deps.bus.emit('conversationChanged', { conversationId });
    return this.card(conversationId);
  }
}

/** Digits after the decimal point of a currency's minor unit (MXN 2, JPY 0). */
export function minorDigits(currency: string | null): number {
  if (!currency) return 2;
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** "549.5" at 2 digits → 54950, exactly (no floating point). */
export function toMinor(price: string, digits: number): number {
  const [whole = '0', fraction = ''] = price.split('.');
  const padded = (fraction + '0'.repeat(digits)).slice(0, digits);
  return Number(whole) * 10 ** digits + (digits > 0 ? Number(padded) : 0);
}
