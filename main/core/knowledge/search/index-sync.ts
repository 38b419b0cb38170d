/**
 * Keeps the search index (migration 3) in step with `products` and `faqs`. Triggers queue each
 * changed source in `search_dirty`; `syncSearchIndex` re-analyses the queued ones. The retriever
 * calls it before every search, so whoever writes the knowledge need not know about the index;
 * a bulk import may call it once to pay the cost then rather than on the first message.
 */
import { transaction, type Database } from '../../storage/database';
import { analyseField, surfaceTokens, type AnalysedField } from './analyze';
import type { EntryPhrasings } from './entry-model';

type ProductRow = { sku: string; name: string; description: string; options: string; tags: string; active: number; translations: string };
type FaqRow = { id: string; question: string; answer: string; alternatives: string; translations: string };
type Translated<T> = Partial<Record<string, T>>;

/** A source ready for the index: four analysed fields and its separate phrasings. */
export type IndexedSource = {
  sourceId: string;
  fields: { name: AnalysedField; alts: AnalysedField; tags: AnalysedField; body: AnalysedField };
  phrasings: AnalysedField[];
  /** Words as typed, for typo correction. */
  words: string[];
};

/**
 * Analyses a product for the index: name (and its translations); tags, options, variants' option
 * values and SKUs, and SKU; description (and its translations).
 */
export function analyseProduct(p: {
  sku: string;
  name: string;
  description: string;
  options: Record<string, string[]>;
  tags: string[];
  variants?: ReadonlyArray<{ sku: string; options: Record<string, string> }>;
  translations?: Translated<{ name: string; description: string }>;
}): IndexedSource {
  const variantWords = (p.variants ?? []).flatMap((v) => [...Object.values(v.options), v.sku]);
  const optionWords = [...new Set([...Object.entries(p.options).flatMap(([key, values]) => [key, ...values]), ...variantWords])];
  const tagText = [...p.tags, ...optionWords, p.sku].join(' \n ');
  const translated = Object.values(p.translations ?? {}).filter((t) => t !== undefined);
  const names = [p.name, ...translated.map((t) => t.name).filter(Boolean)];
  const descriptions = [p.description, ...translated.map((t) => t.description).filter(Boolean)];
  return {
    sourceId: `product:${p.sku}`,
    fields: { name: analyseField(...names), alts: analyseField(), tags: analyseField(...p.tags, ...optionWords, p.sku), body: analyseField(...descriptions) },
    phrasings: [],
    words: surfaceTokens(`${names.join(' ')} ${tagText} ${descriptions.join(' ')}`),
  };
}

/**
 * Analyses an FAQ entry: question; alternatives and translated questions; answer; and each
 * phrasing on its own — so a question in either language finds it.
 */
export function analyseFaq(f: { id: string; question: string; answer: string; alternatives: string[]; translations?: Translated<{ question: string; answer: string }> }): IndexedSource {
  const translated = Object.values(f.translations ?? {}).filter((t) => t !== undefined);
  const questions = translated.map((t) => t.question).filter(Boolean);
  // Translated answers are not indexed: an entry's body would grow with each language and its
  // words ("pago contra entrega") pull questions to the wrong entry; the translated question
  // finds the entry in that language, as the alternatives do.
  const answers = [f.answer];
  return {
    sourceId: `faq:${f.id}`,
    fields: { name: analyseField(f.question), alts: analyseField(...f.alternatives, ...questions), tags: analyseField(), body: analyseField(...answers) },
    phrasings: [f.question, ...f.alternatives, ...questions].map((text) => analyseField(text)).filter((p) => p.length > 0),
    words: surfaceTokens([f.question, ...f.alternatives, ...questions, ...answers].join(' \n ')),
  };
}

const generations = new WeakMap<Database, number>();

/**
 * A number that changes whenever this connection changes the index, so caches know to refresh. A
 * connection that only reads an index another one writes (a drafting worker) moves it with
 * `noteIndexChanged` when told the writer's generation moved.
 */
export function indexGeneration(db: Database): number {
  return generations.get(db) ?? 0;
}

/** Marks the index as changed under `db` (written through another connection): its caches refresh. */
export function noteIndexChanged(db: Database): void {
  generations.set(db, indexGeneration(db) + 1);
}

/** Re-indexes every queued source; returns how many were processed. */
export function syncSearchIndex(db: Database): number {
  const dirty = db.prepare('SELECT DISTINCT source_id FROM search_dirty').all() as Array<{ source_id: string }>;
  if (dirty.length === 0) return 0;
  noteIndexChanged(db);
  transaction(db, () => {
    const writer = new IndexWriter(db);
    for (const { source_id: sourceId } of dirty) {
      writer.remove(sourceId);
      const source = load(db, sourceId);
      if (source) writer.add(source);
    }
    db.exec('DELETE FROM search_dirty');
  });
  return dirty.length;
}

/**
 * The analysis the index was built with, kept as a marker term in the vocabulary table (a "#" term
 * is never a word, and typo correction reads only the trigram table): bump it when `analyze.ts`
 * changes what it indexes, and an index built before is re-analysed on its next search.
 */
export const ANALYSIS_MARK = '#analysis:lexicon-4';

/** Queues every source for re-analysis when the index predates `ANALYSIS_MARK`; returns whether it did. */
export function ensureCurrentAnalysis(db: Database): boolean {
  if (db.prepare('SELECT 1 AS x FROM search_terms WHERE term = ?').get(ANALYSIS_MARK)) return false;
  transaction(db, () => {
    db.exec(`DELETE FROM search_dirty;
      INSERT INTO search_dirty SELECT 'product:' || sku FROM products;
      INSERT INTO search_dirty SELECT 'faq:' || id FROM faqs;`);
    db.prepare('INSERT OR IGNORE INTO search_terms (term) VALUES (?)').run(ANALYSIS_MARK);
  });
  return true;
}

/** Rebuilds the whole index from the knowledge tables (after a tokenizer or analysis change). */
export function rebuildSearchIndex(db: Database): number {
  transaction(db, () => {
    db.exec(`DELETE FROM search_source; DELETE FROM search_docs; DELETE FROM search_phrasing;
      DELETE FROM search_phrasings; DELETE FROM search_terms; DELETE FROM search_terms_tri;
      DELETE FROM search_dirty;
      INSERT INTO search_dirty SELECT 'product:' || sku FROM products;
      INSERT INTO search_dirty SELECT 'faq:' || id FROM faqs;`);
    db.prepare('INSERT OR IGNORE INTO search_terms (term) VALUES (?)').run(ANALYSIS_MARK);
  });
  return syncSearchIndex(db);
}

/** Every FAQ entry's question and alternatives as written, for the entry model. */
export function faqPhrasings(db: Database): EntryPhrasings[] {
  const rows = db.prepare('SELECT id, question, alternatives, translations FROM faqs ORDER BY id').all() as Array<Omit<FaqRow, 'answer'>>;
  return rows.map((r) => {
    const translated = Object.values(JSON.parse(r.translations) as Translated<{ question: string }>).flatMap((t) => (t?.question ? [t.question] : []));
    return { sourceId: `faq:${r.id}`, phrasings: [r.question, ...(JSON.parse(r.alternatives) as string[]), ...translated] };
  });
}

function load(db: Database, sourceId: string): IndexedSource | null {
  const [kind, ...rest] = sourceId.split(':');
  const key = rest.join(':');
  if (kind === 'product') {
    const row = db.prepare('SELECT sku, name, description, options, tags, active, translations FROM products WHERE sku = ?').get(key) as ProductRow | undefined;
    if (!row || row.active !== 1) return null;
    const variants = (db.prepare('SELECT sku, options FROM product_variants WHERE product_sku = ? ORDER BY position').all(key) as Array<{ sku: string; options: string }>).map(
      (v) => ({ sku: v.sku, options: JSON.parse(v.options) as Record<string, string> }),
    );
    return analyseProduct({
      ...row,
      options: JSON.parse(row.options) as Record<string, string[]>,
      tags: JSON.parse(row.tags) as string[],
      variants,
      translations: JSON.parse(row.translations) as Translated<{ name: string; description: string }>,
    });
  }
  const row = db.prepare('SELECT id, question, answer, alternatives, translations FROM faqs WHERE id = ?').get(key) as FaqRow | undefined;
  return row
    ? analyseFaq({ ...row, alternatives: JSON.parse(row.alternatives) as string[], translations: JSON.parse(row.translations) as Translated<{ question: string; answer: string }> })
    : null;
}

/** Prepared statements for one sync. */
class IndexWriter {
  private readonly findSource;
  private readonly deleteSource;
  private readonly deleteDoc;
  private readonly insertSource;
  private readonly insertDoc;
  private readonly findPhrasings;
  private readonly deletePhrasing;
  private readonly deletePhrasingDoc;
  private readonly insertPhrasing;
  private readonly insertPhrasingDoc;
  private readonly insertTerm;
  private readonly insertTrigram;

  constructor(db: Database) {
    this.findSource = db.prepare('SELECT id FROM search_source WHERE source_id = ?');
    this.deleteSource = db.prepare('DELETE FROM search_source WHERE id = ?');
    this.deleteDoc = db.prepare('DELETE FROM search_docs WHERE rowid = ?');
    this.insertSource = db.prepare(
      `INSERT INTO search_source (source_id, name, alts, tags, body, len_name, len_alts, len_tags, len_body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertDoc = db.prepare('INSERT INTO search_docs (rowid, name, alts, tags, body) VALUES (?, ?, ?, ?, ?)');
    this.findPhrasings = db.prepare('SELECT id FROM search_phrasing WHERE source_id = ?');
    this.deletePhrasing = db.prepare('DELETE FROM search_phrasing WHERE id = ?');
    this.deletePhrasingDoc = db.prepare('DELETE FROM search_phrasings WHERE rowid = ?');
    this.insertPhrasing = db.prepare('INSERT INTO search_phrasing (source_id, text, len) VALUES (?, ?, ?)');
    this.insertPhrasingDoc = db.prepare('INSERT INTO search_phrasings (rowid, text) VALUES (?, ?)');
    this.insertTerm = db.prepare('INSERT OR IGNORE INTO search_terms (term) VALUES (?)');
    this.insertTrigram = db.prepare('INSERT INTO search_terms_tri (term) VALUES (?)');
  }

  remove(sourceId: string): void {
    const row = this.findSource.get(sourceId) as { id: number } | undefined;
    if (row) {
      this.deleteDoc.run(row.id);
      this.deleteSource.run(row.id);
    }
    for (const p of this.findPhrasings.all(sourceId) as Array<{ id: number }>) {
      this.deletePhrasingDoc.run(p.id);
      this.deletePhrasing.run(p.id);
    }
  }

  add(source: IndexedSource): void {
    const { name, alts, tags, body } = source.fields;
    const text = (f: AnalysedField) => f.terms.join(' ');
    const id = this.insertSource.run(source.sourceId, text(name), text(alts), text(tags), text(body), name.length, alts.length, tags.length, body.length)
      .lastInsertRowid;
    this.insertDoc.run(id, text(name), text(alts), text(tags), text(body));
    for (const phrasing of source.phrasings) {
      const pid = this.insertPhrasing.run(source.sourceId, text(phrasing), phrasing.length).lastInsertRowid;
      this.insertPhrasingDoc.run(pid, text(phrasing));
    }
    // Words stay in the vocabulary after their source goes: a stale word only costs a lookup,
    // because corrections are checked against the live index before use.
    for (const word of new Set(source.words)) {
      if (word.length < 4 || /\p{N}/u.test(word)) continue;
      if (this.insertTerm.run(word).changes > 0) this.insertTrigram.run(`^${word}$`);
    }
  }
}
