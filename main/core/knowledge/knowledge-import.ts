/**
 * Import with preview, and export, of the knowledge-folder format. A preview parses and diffs
 * against the current knowledge and writes nothing; applying it is one transaction.
 */
import { randomUUID } from 'node:crypto';
import Papa from 'papaparse';
import type { ImportPreview } from '../../contract/knowledge-schemas';
import type { BusinessProfile, FaqEntry, Product } from '../../contract/schemas';
import type { Clock } from '../platform/ports';
import { transaction, type Database } from '../storage/database';
import { parseKnowledgeTexts, type FolderProblem, type KnowledgeTexts, type ParsedKnowledge } from './knowledge-files';
import type { KnowledgeRepo } from './knowledge-repo';
import { syncSearchIndex } from './search/index-sync';

const PREVIEW_TTL_MS = 30 * 60 * 1000;
const MAX_PREVIEWS = 4;

type Changes = NonNullable<ImportPreview['products']>;
type StoredPreview = { parsed: ParsedKnowledge; at: number };

/** Holds pending previews and applies them. */
export class KnowledgeImporter {
  private readonly previews = new Map<string, StoredPreview>();

  constructor(
    private readonly db: Database,
    private readonly repo: KnowledgeRepo,
    private readonly clock: Clock,
  ) {}

  /** Parses and compares; problems refuse the whole import. */
  preview(texts: KnowledgeTexts, extraProblems: FolderProblem[] = []): ImportPreview {
    this.expire();
    const parsed = parseKnowledgeTexts(texts, this.repo.profile()?.currency || 'USD');
    const problems = [...extraProblems, ...(parsed.ok ? [] : parsed.problems)];
    if (!parsed.ok || problems.length > 0) {
      return { previewId: '', ok: false, problems, products: null, faqs: null, profileChanged: false };
    }
    const value = parsed.value;
    const previewId = randomUUID();
    this.previews.set(previewId, { parsed: value, at: this.clock.now() });
    while (this.previews.size > MAX_PREVIEWS) this.previews.delete(this.previews.keys().next().value!);
    const current = this.repo.profile();
    return {
      previewId,
      ok: true,
      problems: [],
      products: value.products ? diff(this.repo.allProducts(), value.products, (p) => p.sku) : null,
      faqs: value.faqs ? diff(this.repo.listFaqs(), value.faqs, (f) => f.id) : null,
      profileChanged: value.profile !== null && JSON.stringify(value.profile) !== JSON.stringify(current),
    };
  }

  /** Applies a preview in one transaction; returns what was applied, or null if unknown/expired. */
  apply(previewId: string): ParsedKnowledge | null {
    this.expire();
    const stored = this.previews.get(previewId);
    if (!stored) return null;
    this.previews.delete(previewId);
    const { profile, products, faqs } = stored.parsed;
    transaction(this.db, () => {
      if (profile) this.repo.saveProfile(profile);
      if (products) this.repo.replaceProducts(products);
      if (faqs) this.repo.replaceFaqs(faqs);
    });
    // Pay the indexing cost now rather than on the first customer message.
    syncSearchIndex(this.db);
    return stored.parsed;
  }

  private expire(): void {
    const now = this.clock.now();
    for (const [id, preview] of this.previews) if (now - preview.at > PREVIEW_TTL_MS) this.previews.delete(id);
  }
}

function diff<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): Changes {
  const old = new Map(before.map((item) => [key(item), JSON.stringify(item)]));
  const added: string[] = [];
  const changed: string[] = [];
  let unchanged = 0;
  for (const item of after) {
    const k = key(item);
    const previous = old.get(k);
    if (previous === undefined) added.push(k);
    else if (previous !== JSON.stringify(item)) changed.push(k);
    else unchanged++;
    old.delete(k);
  }
  return { added, changed, removed: [...old.keys()], unchanged };
}

/** Writes the knowledge in the folder format (RFC 4180 CSV, headers as in FORMAT.md + `active`). */
export function exportKnowledge(profile: BusinessProfile | null, products: readonly Product[], faqs: readonly FaqEntry[]) {
  const catalog = Papa.unparse(
    {
      fields: ['sku', 'name', 'description', 'price', 'currency', 'stock', 'options', 'tags', 'active'],
      data: products.map((p) => [
        p.sku,
        p.name,
        p.description,
        p.price,
        p.currency,
        p.stock === null ? '' : String(p.stock),
        Object.entries(p.options)
          .map(([k, v]) => `${k}:${v.join('|')}`)
          .join(';'),
        p.tags.join('|'),
        p.active ? 'true' : 'false',
      ]),
    },
    { newline: '\n' },
  );
  const faq = Papa.unparse(
    {
      fields: ['id', 'question', 'answer', 'kind', 'alternatives'],
      data: faqs.map((f) => [f.id, f.question, f.answer, f.kind, f.alternatives.join('|')]),
    },
    { newline: '\n' },
  );
  return { profile: `${JSON.stringify(profile ?? {}, null, 2)}\n`, catalog: `${catalog}\n`, faq: `${faq}\n` };
}
