/**
 * Stores the shop's knowledge (profile, catalog, FAQ) and keeps the search index in step.
 */
import type { BusinessProfile, FaqEntry, KnowledgeSummary, Product } from '../../contract/schemas';
import { transaction, type Database } from '../storage/database';
import type { Clock } from '../platform/ports';

type ProductRow = {
  sku: string;
  name: string;
  description: string;
  price: string;
  currency: string;
  stock: number | null;
  options: string;
  tags: string;
  active: number;
};
type FaqRow = { id: string; question: string; answer: string; kind: 'policy' | 'info'; alternatives: string };

/** A whole knowledge set, as loaded from a knowledge folder. */
export type KnowledgeSet = { profile: BusinessProfile | null; products: Product[]; faqs: FaqEntry[] };

/** Reads and writes knowledge; every write updates `knowledge_fts` in the same transaction. */
export class KnowledgeRepo {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  summary(): KnowledgeSummary {
    const count = (table: string) =>
      (this.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { profile: this.profile(), products: count('products'), faqs: count('faqs') };
  }

  profile(): BusinessProfile | null {
    const row = this.db.prepare('SELECT data FROM profile WHERE id = 1').get() as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as BusinessProfile) : null;
  }

  /** Replaces the whole knowledge with `set` (all or nothing). */
  replaceAll(set: KnowledgeSet): void {
    transaction(this.db, () => {
      this.db.exec('DELETE FROM products; DELETE FROM faqs; DELETE FROM knowledge_fts; DELETE FROM profile;');
      if (set.profile) {
        this.db.prepare('INSERT INTO profile (id, data) VALUES (1, ?)').run(JSON.stringify(set.profile));
      }
      for (const product of set.products) this.upsertProduct(product);
      for (const faq of set.faqs) this.upsertFaq(faq);
    });
  }

  upsertProduct(product: Product): void {
    transaction(this.db, () => {
      this.db
        .prepare(
          `INSERT INTO products (sku, name, description, price, currency, stock, options, tags, active, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (sku) DO UPDATE SET name = excluded.name, description = excluded.description,
             price = excluded.price, currency = excluded.currency, stock = excluded.stock,
             options = excluded.options, tags = excluded.tags, active = excluded.active,
             updated_at = excluded.updated_at`,
        )
        .run(
          product.sku,
          product.name,
          product.description,
          product.price,
          product.currency,
          product.stock,
          JSON.stringify(product.options),
          JSON.stringify(product.tags),
          product.active ? 1 : 0,
          this.clock.now(),
        );
      const sourceId = `product:${product.sku}`;
      this.db.prepare('DELETE FROM knowledge_fts WHERE source_id = ?').run(sourceId);
      if (!product.active) return;
      const optionWords = Object.entries(product.options).flatMap(([key, values]) => [key, ...values]);
      this.db
        .prepare('INSERT INTO knowledge_fts (source_id, title, alt, body) VALUES (?, ?, ?, ?)')
        .run(sourceId, product.name, [product.sku, ...product.tags, ...optionWords].join(' '), product.description);
    });
  }

  upsertFaq(faq: FaqEntry): void {
    transaction(this.db, () => {
      this.db
        .prepare(
          `INSERT INTO faqs (id, question, answer, kind, alternatives, updated_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET question = excluded.question, answer = excluded.answer,
             kind = excluded.kind, alternatives = excluded.alternatives, updated_at = excluded.updated_at`,
        )
        .run(faq.id, faq.question, faq.answer, faq.kind, JSON.stringify(faq.alternatives), this.clock.now());
      const sourceId = `faq:${faq.id}`;
      this.db.prepare('DELETE FROM knowledge_fts WHERE source_id = ?').run(sourceId);
      this.db
        .prepare('INSERT INTO knowledge_fts (source_id, title, alt, body) VALUES (?, ?, ?, ?)')
        .run(sourceId, faq.question, faq.alternatives.join(' \n '), faq.answer);
    });
  }

  listProducts(query: string, limit: number): { items: Product[]; total: number } {
    const like = `%${query.trim()}%`;
    const where = query.trim() ? 'WHERE name LIKE ? OR sku LIKE ? OR tags LIKE ?' : '';
    const params = query.trim() ? [like, like, like] : [];
    const total = (this.db.prepare(`SELECT COUNT(*) AS n FROM products ${where}`).get(...params) as { n: number }).n;
    const rows = this.db
      .prepare(`SELECT * FROM products ${where} ORDER BY name COLLATE NOCASE LIMIT ?`)
      .all(...params, limit) as ProductRow[];
    return { items: rows.map(toProduct), total };
  }

  listFaqs(): FaqEntry[] {
    return (this.db.prepare('SELECT * FROM faqs ORDER BY kind DESC, id').all() as FaqRow[]).map(toFaq);
  }

  productsBySku(skus: readonly string[]): Map<string, Product> {
    const found = new Map<string, Product>();
    const stmt = this.db.prepare('SELECT * FROM products WHERE sku = ?');
    for (const sku of skus) {
      const row = stmt.get(sku) as ProductRow | undefined;
      if (row) found.set(sku, toProduct(row));
    }
    return found;
  }

  faqsById(ids: readonly string[]): Map<string, FaqEntry> {
    const found = new Map<string, FaqEntry>();
    const stmt = this.db.prepare('SELECT * FROM faqs WHERE id = ?');
    for (const id of ids) {
      const row = stmt.get(id) as FaqRow | undefined;
      if (row) found.set(id, toFaq(row));
    }
    return found;
  }
}

function toProduct(row: ProductRow): Product {
  return {
    sku: row.sku,
    name: row.name,
    description: row.description,
    price: row.price,
    currency: row.currency,
    stock: row.stock,
    options: JSON.parse(row.options) as Record<string, string[]>,
    tags: JSON.parse(row.tags) as string[],
    active: row.active === 1,
  };
}

function toFaq(row: FaqRow): FaqEntry {
  return {
    id: row.id,
    question: row.question,
    answer: row.answer,
    kind: row.kind,
    alternatives: JSON.parse(row.alternatives) as string[],
  };
}
