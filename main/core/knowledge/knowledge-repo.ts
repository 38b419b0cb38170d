/**
 * Stores the shop's knowledge (profile, catalog, FAQ). The search index follows by itself:
 * triggers queue every changed row and the retriever catches up (see `search/index-sync.ts`).
 */
import type { BusinessProfile, FaqEntry, KnowledgeSummary, Product } from '../../contract/schemas';
import type { Clock } from '../platform/ports';
import { transaction, type Database } from '../storage/database';

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

/** How to list products for the catalog screen. */
export type ProductQuery = {
  query: string;
  sort: { by: 'name' | 'sku' | 'price' | 'stock' | 'updated'; dir: 'asc' | 'desc' };
  status: 'all' | 'active' | 'inactive';
  offset: number;
  limit: number;
};

const SORT_SQL: Record<ProductQuery['sort']['by'], string> = {
  name: 'name COLLATE NOCASE',
  sku: 'sku COLLATE NOCASE',
  price: 'CAST(price AS REAL)',
  stock: 'stock',
  updated: 'updated_at',
};

/** Reads and writes knowledge. */
export class KnowledgeRepo {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  summary(): KnowledgeSummary {
    const count = (table: string) => (this.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { profile: this.profile(), products: count('products'), faqs: count('faqs') };
  }

  profile(): BusinessProfile | null {
    const row = this.db.prepare('SELECT data FROM profile WHERE id = 1').get() as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as BusinessProfile) : null;
  }

  saveProfile(profile: BusinessProfile): void {
    this.db
      .prepare('INSERT INTO profile (id, data) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data')
      .run(JSON.stringify(profile));
  }

  /** Replaces the whole knowledge with `set` (all or nothing). */
  replaceAll(set: KnowledgeSet): void {
    transaction(this.db, () => {
      this.db.exec('DELETE FROM profile');
      if (set.profile) this.saveProfile(set.profile);
      this.replaceProducts(set.products);
      this.replaceFaqs(set.faqs);
    });
  }

  /** Replaces the whole catalog in one transaction. */
  replaceProducts(products: readonly Product[]): void {
    transaction(this.db, () => {
      this.db.exec('DELETE FROM products');
      const insert = this.productStatement();
      for (const product of products) this.runProduct(insert, product);
    });
  }

  /** Replaces the whole FAQ in one transaction. */
  replaceFaqs(faqs: readonly FaqEntry[]): void {
    transaction(this.db, () => {
      this.db.exec('DELETE FROM faqs');
      const insert = this.faqStatement();
      for (const faq of faqs) this.runFaq(insert, faq);
    });
  }

  upsertProduct(product: Product): void {
    this.runProduct(this.productStatement(), product);
  }

  upsertFaq(faq: FaqEntry): void {
    this.runFaq(this.faqStatement(), faq);
  }

  deleteProducts(skus: readonly string[]): number {
    const stmt = this.db.prepare('DELETE FROM products WHERE sku = ?');
    return transaction(this.db, () => skus.reduce((n, sku) => n + Number(stmt.run(sku).changes), 0));
  }

  setProductsActive(skus: readonly string[], active: boolean): number {
    const stmt = this.db.prepare('UPDATE products SET active = ?, updated_at = ? WHERE sku = ? AND active != ?');
    const flag = active ? 1 : 0;
    const at = this.clock.now();
    return transaction(this.db, () => skus.reduce((n, sku) => n + Number(stmt.run(flag, at, sku, flag).changes), 0));
  }

  deleteFaq(id: string): number {
    return Number(this.db.prepare('DELETE FROM faqs WHERE id = ?').run(id).changes);
  }

  listProducts(q: ProductQuery): { items: Product[]; total: number } {
    const where: string[] = [];
    const params: Array<string | number> = [];
    const text = q.query.trim();
    if (text) {
      const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push("(name LIKE ? ESCAPE '\\' OR sku LIKE ? ESCAPE '\\' OR tags LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\')");
      params.push(like, like, like, like);
    }
    if (q.status !== 'all') where.push(`active = ${q.status === 'active' ? 1 : 0}`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.db.prepare(`SELECT COUNT(*) AS n FROM products ${clause}`).get(...params) as { n: number }).n;
    const dir = q.sort.dir === 'desc' ? 'DESC' : 'ASC';
    const rows = this.db
      .prepare(`SELECT * FROM products ${clause} ORDER BY ${SORT_SQL[q.sort.by]} ${dir}, sku LIMIT ? OFFSET ?`)
      .all(...params, q.limit, q.offset) as ProductRow[];
    return { items: rows.map(toProduct), total };
  }

  allProducts(): Product[] {
    return (this.db.prepare('SELECT * FROM products ORDER BY sku').all() as ProductRow[]).map(toProduct);
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

  private productStatement() {
    return this.db.prepare(
      `INSERT INTO products (sku, name, description, price, currency, stock, options, tags, active, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (sku) DO UPDATE SET name = excluded.name, description = excluded.description,
         price = excluded.price, currency = excluded.currency, stock = excluded.stock,
         options = excluded.options, tags = excluded.tags, active = excluded.active,
         updated_at = excluded.updated_at`,
    );
  }

  private runProduct(stmt: ReturnType<Database['prepare']>, product: Product): void {
    stmt.run(
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
  }

  private faqStatement() {
    return this.db.prepare(
      `INSERT INTO faqs (id, question, answer, kind, alternatives, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET question = excluded.question, answer = excluded.answer,
         kind = excluded.kind, alternatives = excluded.alternatives, updated_at = excluded.updated_at`,
    );
  }

  private runFaq(stmt: ReturnType<Database['prepare']>, faq: FaqEntry): void {
    stmt.run(faq.id, faq.question, faq.answer, faq.kind, JSON.stringify(faq.alternatives), this.clock.now());
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
