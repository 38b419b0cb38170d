/**
 * Stores the shop's knowledge (profile, catalog, FAQ). The search index follows by itself:
 * triggers queue every changed row and the retriever catches up (see `search/index-sync.ts`).
 * Callers wrap related writes in one `transaction()`; each method here is safe on its own too.
 */
import type { BusinessProfile, FaqEntry, KnowledgeSummary, Product, ProductVariant } from '../../contract/schemas';
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
  translations: string;
};
type FaqRow = { id: string; question: string; answer: string; kind: 'policy' | 'info'; alternatives: string; translations: string };
type VariantRow = { sku: string; product_sku: string; options: string; price: string; stock: number | null };
type Statement = ReturnType<Database['prepare']>;

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

const PRODUCT_COLUMNS = 'sku, name, description, price, currency, stock, options, tags, active, translations';
const FAQ_COLUMNS = 'id, question, answer, kind, alternatives, translations';
const VARIANT_COLUMNS = 'sku, product_sku, options, price, stock';

/**
 * Lower-case text without accents, for the catalog filter: "nandu" finds "Ñandú". Stored per
 * product (`search_text`, migration 4) because SQLite's LIKE folds ASCII letters only.
 */
export function foldForFilter(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Reads and writes knowledge. */
export class KnowledgeRepo {
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  summary(): KnowledgeSummary {
    const count = (table: string) => (this.stmt(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { profile: this.profile(), products: count('products'), faqs: count('faqs') };
  }

  profile(): BusinessProfile | null {
    const row = this.stmt('SELECT data FROM profile WHERE id = 1').get() as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as BusinessProfile) : null;
  }

  saveProfile(profile: BusinessProfile): void {
    this.stmt('INSERT INTO profile (id, data) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data').run(JSON.stringify(profile));
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
      for (const product of products) this.upsertProduct(product);
    });
  }

  /** Replaces the whole FAQ in one transaction. */
  replaceFaqs(faqs: readonly FaqEntry[]): void {
    transaction(this.db, () => {
      this.db.exec('DELETE FROM faqs');
      for (const faq of faqs) this.upsertFaq(faq);
    });
  }

  /** Writes a product and replaces its variants (a variant SKU another product had moves here). */
  upsertProduct(product: Product): void {
    transaction(this.db, () => {
      this.stmt(
        `INSERT INTO products (${PRODUCT_COLUMNS}, updated_at, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (sku) DO UPDATE SET name = excluded.name, description = excluded.description,
           price = excluded.price, currency = excluded.currency, stock = excluded.stock,
           options = excluded.options, tags = excluded.tags, active = excluded.active,
           translations = excluded.translations, updated_at = excluded.updated_at, search_text = excluded.search_text`,
      ).run(product.sku, ...productValues(product).slice(0, 9), this.clock.now(), filterText(product));
      this.replaceVariants(product.sku, product.variants ?? []);
    });
  }

  upsertFaq(faq: FaqEntry): void {
    this.stmt(
      `INSERT INTO faqs (${FAQ_COLUMNS}, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET question = excluded.question, answer = excluded.answer,
         kind = excluded.kind, alternatives = excluded.alternatives, translations = excluded.translations,
         updated_at = excluded.updated_at`,
    ).run(faq.id, ...faqValues(faq), this.clock.now());
  }

  /** The SKU of the product a variant SKU belongs to, or null. */
  productOfVariant(variantSku: string): string | null {
    const row = this.stmt('SELECT product_sku FROM product_variants WHERE sku = ?').get(variantSku) as { product_sku: string } | undefined;
    return row?.product_sku ?? null;
  }

  private replaceVariants(productSku: string, variants: readonly ProductVariant[]): void {
    const existing = this.stmt('SELECT sku, options, price, stock FROM product_variants WHERE product_sku = ? ORDER BY position').all(productSku) as VariantRow[];
    const same =
      existing.length === variants.length &&
      existing.every((r, i) => JSON.stringify(variantOf(r)) === JSON.stringify(variants[i]));
    // Unchanged variants are left alone, so their triggers do not re-index the product for nothing.
    if (same) return;
    this.stmt('DELETE FROM product_variants WHERE product_sku = ?').run(productSku);
    const insert = this.stmt(
      `INSERT INTO product_variants (sku, product_sku, position, options, price, stock) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (sku) DO UPDATE SET product_sku = excluded.product_sku, position = excluded.position,
         options = excluded.options, price = excluded.price, stock = excluded.stock`,
    );
    variants.forEach((v, i) => insert.run(v.sku, productSku, i, JSON.stringify(v.options), v.price, v.stock));
  }

  /** Attaches each product's variants, read in one query per call. */
  private withVariants(products: Product[], all = false): Product[] {
    if (products.length === 0) return products;
    const rows = (
      all
        ? this.stmt(`SELECT ${VARIANT_COLUMNS} FROM product_variants ORDER BY product_sku, position`).all()
        : this.db
            .prepare(`SELECT ${VARIANT_COLUMNS} FROM product_variants WHERE product_sku IN (${products.map(() => '?').join(',')}) ORDER BY product_sku, position`)
            .all(...products.map((p) => p.sku))
    ) as VariantRow[];
    if (rows.length === 0) return products;
    const bySku = new Map<string, ProductVariant[]>();
    for (const row of rows) {
      const list = bySku.get(row.product_sku) ?? [];
      list.push(variantOf(row));
      bySku.set(row.product_sku, list);
    }
    return products.map((p) => (bySku.has(p.sku) ? { ...p, variants: bySku.get(p.sku)! } : p));
  }

  deleteProducts(skus: readonly string[]): number {
    const stmt = this.stmt('DELETE FROM products WHERE sku = ?');
    return transaction(this.db, () => skus.reduce((n, sku) => n + Number(stmt.run(sku).changes), 0));
  }

  /** Sets `active` on the given products; counts only those that changed. */
  setProductsActive(skus: readonly string[], active: boolean): number {
    const stmt = this.stmt('UPDATE products SET active = ?, updated_at = ? WHERE sku = ? AND active != ?');
    const flag = active ? 1 : 0;
    const at = this.clock.now();
    return transaction(this.db, () => skus.reduce((n, sku) => n + Number(stmt.run(flag, at, sku, flag).changes), 0));
  }

  deleteFaq(id: string): number {
    return Number(this.stmt('DELETE FROM faqs WHERE id = ?').run(id).changes);
  }

  listProducts(q: ProductQuery): { items: Product[]; total: number } {
    this.fillFilterText();
    const where: string[] = [];
    const params: Array<string | number> = [];
    const text = foldForFilter(q.query.trim());
    if (text) {
      where.push("search_text LIKE ? ESCAPE '\\'");
      params.push(`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    if (q.status !== 'all') where.push(`active = ${q.status === 'active' ? 1 : 0}`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.stmt(`SELECT COUNT(*) AS n FROM products ${clause}`).get(...params) as { n: number }).n;
    const dir = q.sort.dir === 'desc' ? 'DESC' : 'ASC';
    const rows = this.stmt(`SELECT ${PRODUCT_COLUMNS} FROM products ${clause} ORDER BY ${SORT_SQL[q.sort.by]} ${dir}, sku LIMIT ? OFFSET ?`).all(
      ...params,
      q.limit,
      q.offset,
    ) as ProductRow[];
    return { items: this.withVariants(rows.map(toProduct)), total };
  }

  allProducts(): Product[] {
    return this.withVariants((this.stmt(`SELECT ${PRODUCT_COLUMNS} FROM products ORDER BY sku`).all() as ProductRow[]).map(toProduct), true);
  }

  listFaqs(): FaqEntry[] {
    return (this.stmt(`SELECT ${FAQ_COLUMNS} FROM faqs ORDER BY kind DESC, id`).all() as FaqRow[]).map(toFaq);
  }

  productsBySku(skus: readonly string[]): Map<string, Product> {
    const found = new Map<string, Product>();
    const stmt = this.stmt(`SELECT ${PRODUCT_COLUMNS} FROM products WHERE sku = ?`);
    for (const sku of skus) {
      const row = stmt.get(sku) as ProductRow | undefined;
      if (row) found.set(sku, toProduct(row));
    }
    const withVariants = this.withVariants([...found.values()]);
    return new Map(withVariants.map((p) => [p.sku, p]));
  }

  faqsById(ids: readonly string[]): Map<string, FaqEntry> {
    const found = new Map<string, FaqEntry>();
    const stmt = this.stmt(`SELECT ${FAQ_COLUMNS} FROM faqs WHERE id = ?`);
    for (const id of ids) {
      const row = stmt.get(id) as FaqRow | undefined;
      if (row) found.set(id, toFaq(row));
    }
    return found;
  }

  /** Every product's stored values as one comparable string, by SKU (see `productSignature`). */
  productSignatures(): Map<string, string> {
    const products = this.withVariants((this.stmt(`SELECT ${PRODUCT_COLUMNS} FROM products`).all() as ProductRow[]).map(toProduct), true);
    return new Map(products.map((p) => [p.sku, productSignature(p)]));
  }

  /** Every FAQ entry's stored values as one comparable string, by id (see `faqSignature`). */
  faqSignatures(): Map<string, string> {
    const rows = this.stmt(`SELECT ${FAQ_COLUMNS} FROM faqs`).all() as FaqRow[];
    return new Map(rows.map((r) => [r.id, faqSignature(toFaq(r))]));
  }

  /** Prepared once per SQL text: bulk writes of 50,000 rows reuse the same statements. */
  private stmt(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Rows written before migration 4, or by code that bypasses this repo, get their filter text. */
  private fillFilterText(): void {
    const rows = this.stmt("SELECT sku, name, description, tags FROM products WHERE search_text = ''").all() as Array<
      Pick<ProductRow, 'sku' | 'name' | 'description' | 'tags'>
    >;
    if (rows.length === 0) return;
    const update = this.stmt('UPDATE products SET search_text = ? WHERE sku = ?');
    transaction(this.db, () => {
      for (const r of rows) update.run(filterText({ ...r, tags: JSON.parse(r.tags) as string[] }), r.sku);
    });
  }
}

/** A product's values as `productSignatures` compares them. */
export function productSignature(p: Product): string {
  return JSON.stringify(productValues(p));
}

/** An FAQ entry's values as `faqSignatures` compares them. */
export function faqSignature(f: FaqEntry): string {
  return JSON.stringify(faqValues(f));
}

/** The stored values; the last is the variants, which live in their own table. */
function productValues(p: Product): [string, string, string, string, number | null, string, string, number, string, string] {
  return [
    p.name, p.description, p.price, p.currency, p.stock, JSON.stringify(p.options), JSON.stringify(p.tags), p.active ? 1 : 0,
    JSON.stringify(p.translations ?? {}), JSON.stringify(p.variants ?? []),
  ];
}

function faqValues(f: FaqEntry): [string, string, string, string, string] {
  return [f.question, f.answer, f.kind, JSON.stringify(f.alternatives), JSON.stringify(f.translations ?? {})];
}

/** What the catalog filter searches: also the variants' SKUs and the translated names. */
function filterText(p: Pick<Product, 'sku' | 'name' | 'description' | 'tags' | 'variants' | 'translations'>): string {
  const translated = Object.values(p.translations ?? {}).map((t) => t.name);
  const variantSkus = (p.variants ?? []).map((v) => v.sku);
  return foldForFilter([p.sku, ...variantSkus, p.name, ...translated, p.tags.join(' '), p.description].join('\n'));
}

function variantOf(row: Pick<VariantRow, 'sku' | 'options' | 'price' | 'stock'>): ProductVariant {
  return { sku: row.sku, options: JSON.parse(row.options) as Record<string, string>, price: row.price, stock: row.stock };
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
    ...translationsOf<Product['translations']>(row.translations),
  };
}

/** `{translations}` when the row has any, else nothing (a product in one language reads as before). */
function translationsOf<T>(json: string): { translations?: NonNullable<T> } {
  const parsed = JSON.parse(json || '{}') as NonNullable<T>;
  return Object.keys(parsed).length > 0 ? { translations: parsed } : {};
}

function toFaq(row: FaqRow): FaqEntry {
  return {
    id: row.id,
    question: row.question,
    answer: row.answer,
    kind: row.kind,
    alternatives: JSON.parse(row.alternatives) as string[],
    ...translationsOf<FaqEntry['translations']>(row.translations),
  };
}
