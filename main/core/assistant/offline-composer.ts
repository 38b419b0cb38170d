/**
 * The offline composer: no model. From the hits the pipeline already found and gated, it quotes
 * the leading FAQ entry and lists matching products with their catalog price and stock, cites
 * each, and invents nothing. It neither triages nor searches: a pure function of the hits, the
 * knowledge and the phrases, so a model fault can fall back to it on the same hits.
 */
import type { FaqEntry, Language, Product, ReviewReason, SourceRef } from '../../contract/schemas';
import type { KnowledgeRepo } from '../knowledge/knowledge-repo';
import type { Hit } from '../knowledge/retrieval';
import { assertNever } from '../platform/errors';
import { isConfident } from './gate';
import { PHRASES, greetingFor, type Phrases } from './phrases';
import type { SmallTalkKind } from './small-talk';

const MAX_PRODUCTS = 3;
/** Products listed beside the best source must score at least this share of it. */
const PRODUCT_SHARE = 0.5;

/** The card's reasons; `params: {}` marks them as translatable sentences with no values. */
export const REASONS = {
  approval: { code: 'approval_required', message: 'Approval first: every reply waits for you.', params: {} },
  policy: { code: 'policy_quoted', message: 'Quotes a policy word for word; check it fits the question.', params: {} },
  noKnowledge: { code: 'no_knowledge', message: 'Nothing in your catalog or FAQ answers this: a person should reply.', params: {} },
} as const satisfies Record<string, ReviewReason>;

/** A composed reply and what it cites (what the guards check it against). */
export type Composed = {
  text: string;
  sources: SourceRef[];
  reasons: ReviewReason[];
  citedProducts: Product[];
  citedFaqs: FaqEntry[];
};

/** What the offline composer reads. */
export type OfflineComposeInput = {
  hits: readonly Hit[];
  /** The source the gate chose to lead with. */
  top: Hit;
  knowledge: KnowledgeRepo;
  language: Language;
  customerName: string;
};

/** The offline reply from gated hits; null when none of them is a quotable FAQ entry or product. */
export function composeOffline({ hits, top, knowledge, language, customerName }: OfflineComposeInput): Composed | null {
  // Only products that explain the message as well as the best source are listed: a returns
  // question gets the returns policy, not every pot that matched the word "pot".
  const faqHit = top.kind === 'faq' ? top : undefined;
  const productHits = hits
    .filter((h) => h.kind === 'product' && h.coverage >= top.coverage && h.score >= top.score * PRODUCT_SHARE && isConfident(h))
    .slice(0, MAX_PRODUCTS);
  const faq = faqHit ? knowledge.faqsById([faqHit.key]).get(faqHit.key) : undefined;
  const products = [...knowledge.productsBySku(productHits.map((h) => h.key)).values()];
  if (!faq && products.length === 0) return null;

  const phrases = PHRASES[language];
  const parts = [greetingFor(phrases, customerName)];
  const sources: SourceRef[] = [];
  if (faq) {
    parts.push(faq.kind === 'policy' ? `${phrases.policyIntro} "${faq.answer}"` : faq.answer);
    sources.push(faqSource(faq, faqHit!));
  }
  if (products.length > 0) {
    parts.push([phrases.productsIntro, ...products.map((p) => `• ${productLine(p, phrases)}`)].join('\n'));
    for (const product of products) sources.push(productSource(product, productHits.find((h) => h.key === product.sku)!));
  }
  parts.push(phrases.closing);
  sources.sort((a, b) => b.score - a.score);
  const reasons: ReviewReason[] = [REASONS.approval];
  if (faq?.kind === 'policy') reasons.push(REASONS.policy);
  return { text: parts.join('\n\n'), sources, reasons, citedProducts: products, citedFaqs: faq ? [faq] : [] };
}

/** "Name (size: S/M/L) — 249.00 MXN, 5 in stock": every figure straight from the catalog. */
export function productLine(product: Product, phrases: Phrases): string {
  const options = Object.entries(product.options)
    .map(([key, values]) => `${key}: ${values.join('/')}`)
    .join('; ');
  const stock =
    product.stock === null ? phrases.stockUnknown : product.stock <= 0 ? phrases.outOfStock : phrases.inStock(product.stock);
  return `${product.name}${options ? ` (${options})` : ''} — ${product.price} ${product.currency}, ${stock}`;
}

function score(hit: Hit): number {
  return Math.round(hit.score * 100) / 100;
}

function faqSource(faq: FaqEntry, hit: Hit): SourceRef {
  return { id: hit.sourceId, kind: 'faq', title: faq.question, snippet: faq.answer, policy: faq.kind === 'policy', score: score(hit) };
}

function productSource(product: Product, hit: Hit): SourceRef {
  const snippet = `${product.price} ${product.currency} · stock ${product.stock ?? 'unknown'} · ${product.description}`;
  return { id: hit.sourceId, kind: 'product', title: product.name, snippet: snippet.slice(0, 240), policy: false, score: score(hit) };
}

/**
 * The reply to a turn that is only a greeting, thanks or small talk: a short line from the
 * phrases and the shop's name in the business profile. It cites nothing and states no fact.
 */
export function composeSmallTalk(kind: SmallTalkKind, args: { shopName: string | null; language: Language; customerName: string }): Composed {
  const phrases = PHRASES[args.language];
  const hello = greetingFor(phrases, args.customerName);
  const welcome = args.shopName ? [phrases.welcome(args.shopName)] : [];
  const parts =
    kind === 'thanks'
      ? [phrases.youAreWelcome, phrases.closing]
      : kind === 'chat'
        ? [hello, phrases.allGood, phrases.howCanWeHelp]
        : kind === 'greeting'
          ? [hello, ...welcome, phrases.howCanWeHelp]
          : assertNever(kind);
  return { text: parts.join(' '), sources: [], reasons: [REASONS.approval], citedProducts: [], citedFaqs: [] };
}
