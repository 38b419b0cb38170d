/**
 * Schemas for editing, importing, exporting and inspecting the shop's knowledge.
 */
import { z } from 'zod';
import { BusinessProfile, FaqEntry, Language, Product, ProductVariant, Route } from './schemas';
import { TEXT_LIMITS as L, safeText } from './text-rules';

/** Largest single knowledge file accepted (bytes of text). */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;

export const ProductSort = z.object({
  by: z.enum(['name', 'sku', 'price', 'stock', 'updated']).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});

export const ProductListInput = z
  .object({
    query: z.string().max(200).default(''),
    sort: ProductSort.default({ by: 'name', dir: 'asc' }),
    status: z.enum(['all', 'active', 'inactive']).default('all'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .strict();

export const ProductList = z.object({ items: z.array(Product), total: z.number().int() });

/** A product as saved from a form: `Product` with the text rules (lengths, no control characters). */
export const ProductInput = Product.extend({
  sku: safeText(L.sku, 'SKU').min(1),
  name: safeText(L.productName, 'name').min(1),
  description: safeText(L.description, 'description'),
  price: Product.shape.price.max(L.price),
  options: z
    .record(safeText(L.optionName, 'option name'), z.array(safeText(L.optionValue, 'option value')).max(L.optionValues))
    .refine((options) => Object.keys(options).length <= L.options, `at most ${L.options} options`),
  tags: z.array(safeText(L.tag, 'tag')).max(L.tags),
  variants: z
    .array(
      ProductVariant.extend({
        sku: safeText(L.sku, 'SKU').min(1),
        options: z.record(safeText(L.optionName, 'option name'), safeText(L.optionValue, 'option value')),
        price: Product.shape.price.max(L.price),
      }),
    )
    .max(L.variants)
    .optional(),
  translations: z
    .partialRecord(Language, z.object({ name: safeText(L.productName, 'name'), description: safeText(L.description, 'description') }))
    .optional(),
});

/** An FAQ entry as saved from a form (see `ProductInput`). */
export const FaqInput = FaqEntry.extend({
  id: safeText(L.faqId, 'id').min(1),
  question: safeText(L.question, 'question').min(1),
  answer: safeText(L.answer, 'answer').min(1),
  alternatives: z.array(safeText(L.alternative, 'alternative phrasing')).max(L.alternatives),
  translations: z.partialRecord(Language, z.object({ question: safeText(L.question, 'question'), answer: safeText(L.answer, 'answer') })).optional(),
});

/** The business profile as saved from the form or read from `profile.json` (see `ProductInput`). */
export const ProfileInput = BusinessProfile.extend({
  name: safeText(L.profileLine, 'name'),
  about: safeText(L.profileText, 'about'),
  currency: safeText(L.profileLine, 'currency'),
  languages: z.array(safeText(L.profileLine, 'language')).max(L.languages),
  timezone: safeText(L.profileLine, 'timezone'),
  hours: safeText(L.profileText, 'hours'),
  location: safeText(L.profileText, 'location'),
  tone: safeText(L.profileLine, 'tone'),
});

/** Saving a product: `originalSku` edits (and may rename) an existing one; without it, a new one. */
export const SaveProductInput = z.object({ product: ProductInput, originalSku: z.string().optional() }).strict();
export const SkuList = z.object({ skus: z.array(z.string().min(1)).min(1).max(50_000) }).strict();
export const SetActiveInput = z.object({ skus: z.array(z.string().min(1)).min(1).max(50_000), active: z.boolean() }).strict();

/** Saving an FAQ entry: `originalId` edits an existing one; without it, a new one. */
export const SaveFaqInput = z.object({ faq: FaqInput, originalId: z.string().optional() }).strict();

/** Raw file contents chosen by the owner (the renderer reads the files; main parses them). */
export const ImportFiles = z
  .object({
    profile: z.string().max(1024 * 1024).optional(),
    catalog: z.string().max(MAX_IMPORT_FILE_BYTES).optional(),
    faq: z.string().max(MAX_IMPORT_FILE_BYTES).optional(),
  })
  .strict();

/** One reason an import was refused, with its 1-based line in the file when it has one. */
export const ImportProblem = z.object({
  file: z.string(),
  line: z.number().int().nullable(),
  reason: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

export const ChangeCounts = z.object({
  added: z.array(z.string()),
  changed: z.array(z.string()),
  removed: z.array(z.string()),
  unchanged: z.number().int(),
});

/** What applying an import would do; nothing is written until `applyImport`. */
export const ImportPreview = z.object({
  previewId: z.string(),
  ok: z.boolean(),
  problems: z.array(ImportProblem),
  products: ChangeCounts.nullable(),
  faqs: ChangeCounts.nullable(),
  profileChanged: z.boolean(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** The knowledge folder as text files, ready to save. */
export const ExportedKnowledge = z.object({
  profile: z.string(),
  catalog: z.string(),
  faq: z.string(),
});

export const InspectHit = z.object({
  sourceId: z.string(),
  kind: z.enum(['faq', 'product']),
  title: z.string(),
  snippet: z.string(),
  policy: z.boolean(),
  score: z.number(),
  matched: z.array(z.string()),
  /** The lexical ranking score (BM25F plus best phrasing). */
  lexical: z.number(),
  /** Where the source stood in each ranking, when embeddings took part (ranks from 1). */
  fusion: z
    .object({ rrf: z.number(), lexicalRank: z.number().int().nullable(), vectorRank: z.number().int().nullable(), cosine: z.number().nullable() })
    .optional(),
});

/** Whether semantic retrieval (embeddings) took part in a search, and if not, why. */
export const SemanticNote = z.discriminatedUnion('state', [
  z.object({ state: z.literal('off') }),
  z.object({ state: z.literal('used'), model: z.string() }),
  z.object({ state: z.literal('pending'), model: z.string() }),
  z.object({ state: z.literal('failed'), model: z.string(), reason: z.string() }),
]);

export const InspectResult = z.object({
  hits: z.array(InspectHit),
  /** Would the drafter answer (from the first hit, or with a greeting), or hand over? */
  wouldAnswer: z.boolean(),
  /** The drafter's route for the message, triage included ("can I talk to a human" goes to a person). */
  route: Route,
  /**
   * Why: `triage` (it goes to a person or opts out before any search; `triageReason` says why),
   * `small_talk` (only a greeting or thanks: a short reply), `covered`, `no_match`, `weak_match`,
   * `out_of_scope` (the words match but do not answer the question: one shared word, a typo fix).
   */
  why: z.enum(['triage', 'small_talk', 'covered', 'no_match', 'weak_match', 'out_of_scope']),
  triageReason: z.string().nullable(),
  tookMs: z.number(),
  semantic: SemanticNote,
});

export { BusinessProfile, FaqEntry, Product };
