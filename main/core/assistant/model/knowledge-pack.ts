/**
 * The knowledge a model sees for one message: only sources retrieval found relevant, a few FAQ
 * entries and products, each as one short line led by its source id.
 */
import type { FaqEntry, Product, SourceRef } from '../../../contract/schemas';
import type { KnowledgeRepo } from '../../knowledge/knowledge-repo';
import type { Hit } from '../../knowledge/retrieval';
import { variantLabel } from '../../knowledge/variant-choice';
import { isConfident } from '../gate';
import { DEFAULT_STOCK_DISPLAY, stockState, type StockDisplay, type StockState } from '../stock-display';

const MAX_FAQS = 3;
const MAX_PRODUCTS = 4;
/** A source listed beside the best one must score at least this share of it. */
const SCORE_SHARE = 0.35;
const ANSWER_CHARS = 480;
const DESCRIPTION_CHARS = 110;

/** One source as the model sees it, and as the review card shows it. */
export type KnowledgeItem = {
  id: string;
  line: string;
  ref: SourceRef;
  faq?: FaqEntry;
  product?: Product;
};

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The stock a model line gives, as the owner shows it (no count unless they chose it). */
const STOCK_WORDS: Record<Exclude<StockState['kind'], 'count'>, string> = {
  in: 'in stock',
  low: 'low stock (only a few left)',
  out: 'out of stock',
  unknown: 'stock unknown',
  hidden: 'stock not shown to customers (do not mention it)',
};

/**
 * `[product:CV-001] Monstera (size: S/M/L) — 549.00 MXN — in stock — Split-leaf…`: figures
 * verbatim; stock as the owner shows it to customers (the count only when they chose "exact").
 */
export function productItem(product: Product, hit: Hit, display: StockDisplay = DEFAULT_STOCK_DISPLAY): KnowledgeItem {
  const options = Object.entries(product.options)
    .map(([key, values]) => `${key}: ${values.join('/')}`)
    .join('; ');
  const state = stockState(product.stock, display);
  const stock = state.kind === 'count' ? `stock ${state.count}` : STOCK_WORDS[state.kind];
  const stockWords = (count: number | null) => {
    const s = stockState(count, display);
    return s.kind === 'count' ? `stock ${s.count}` : STOCK_WORDS[s.kind];
  };
  // Variants with their own price and stock: each one's figures, verbatim.
  const variants = (product.variants ?? []).map((v) => `${variantLabel(v)}: ${v.price} ${product.currency}, ${stockWords(v.stock)}`).join('; ');
  const figures = variants ? variants : `${product.price} ${product.currency} — ${stock}`;
  const names = Object.entries(product.translations ?? {}).map(([lang, t]) => (t?.name ? ` [${lang}: ${t.name}]` : '')).join('');
  const line = `[${hit.sourceId}] ${product.name}${names}${options ? ` (${options})` : ''} — ${figures} — ${clip(product.description, DESCRIPTION_CHARS)}`;
  const snippet = `${product.price} ${product.currency} · stock ${product.stock ?? 'unknown'} · ${product.description}`.slice(0, 240);
  return {
    id: hit.sourceId,
    line,
    product,
    ref: { id: hit.sourceId, kind: 'product', title: product.name, snippet, policy: false, score: round(hit.score) },
  };
}

/** `[faq:returns] (policy) Can I return…? — Unused pots…`. */
export function faqItem(faq: FaqEntry, hit: Hit): KnowledgeItem {
  // The owner's translations follow, so a model answering in that language quotes their words.
  const translated = Object.entries(faq.translations ?? {}).map(([lang, t]) => (t?.answer ? ` — [${lang}] ${clip(t.answer, ANSWER_CHARS)}` : '')).join('');
  const line = `[${hit.sourceId}] (${faq.kind}) ${clip(faq.question, 120)} — ${clip(faq.answer, ANSWER_CHARS)}${translated}`;
  return {
    id: hit.sourceId,
    line,
    faq,
    ref: { id: hit.sourceId, kind: 'faq', title: faq.question, snippet: faq.answer, policy: faq.kind === 'policy', score: round(hit.score) },
  };
}

/**
 * The relevant sources for a message, best first; empty when retrieval found nothing confident
 * (the drafter then hands off without calling the model).
 */
export function knowledgePack(hits: readonly Hit[], knowledge: KnowledgeRepo, stock: StockDisplay = DEFAULT_STOCK_DISPLAY): KnowledgeItem[] {
  const top = hits.find(isConfident);
  if (!top) return [];
  const relevant = hits.filter((h) => isConfident(h) && h.score >= top.score * SCORE_SHARE);
  const faqHits = relevant.filter((h) => h.kind === 'faq').slice(0, MAX_FAQS);
  const productHits = relevant.filter((h) => h.kind === 'product').slice(0, MAX_PRODUCTS);
  const faqs = knowledge.faqsById(faqHits.map((h) => h.key));
  const products = knowledge.productsBySku(productHits.map((h) => h.key));
  const items: KnowledgeItem[] = [];
  for (const hit of relevant) {
    const faq = hit.kind === 'faq' && faqHits.includes(hit) ? faqs.get(hit.key) : undefined;
    const product = hit.kind === 'product' && productHits.includes(hit) ? products.get(hit.key) : undefined;
    if (faq) items.push(faqItem(faq, hit));
    else if (product?.active) items.push(productItem(product, hit, stock));
  }
  return items;
}
