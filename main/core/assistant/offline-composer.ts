/**
 * The offline composer: no model. From the hits the pipeline already found and gated, it quotes
 * the sentence(s) of the leading FAQ entry that answer the question (word for word; the whole
 * entry when none stands out) and says each matching product's catalog price, and its stock as
 * the owner chose to show it, in a short sentence; it cites each, and invents nothing. It neither triages nor searches: a pure function of the hits, the
 * knowledge and the phrases, so a model fault can fall back to it on the same hits.
 */
import type { FaqEntry, Language, Product, ReviewReason, SourceRef } from '../../contract/schemas';
import type { KnowledgeRepo } from '../knowledge/knowledge-repo';
import type { Hit } from '../knowledge/retrieval';
import { assertNever } from '../platform/errors';
import { analyseField, variants } from '../knowledge/search/analyze';
import { chooseVariants, variantLabel } from '../knowledge/variant-choice';
import { answeringPart } from './answer-sentences';
import { factSource, relevantFacts, type DraftFact } from './customer-facts';
import { GATE, isConfident } from './gate';
import { PHRASES, greetingFor, type Phrases } from './phrases';
import type { SmallTalkKind } from './small-talk';
import { stockState, type StockDisplay } from './stock-display';

const MAX_PRODUCTS = 3;
/** Facts mentioned in one offline reply at most. */
const MAX_NOTED_FACTS = 2;
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
  /** The question these hits answer: it picks the FAQ sentences quoted. */
  question: string;
  /** Whether to open with a greeting (only when the shop has not written in this chat yet). */
  greet: boolean;
  stock: StockDisplay;
  /** The customer's approved facts: one that shares a word with the question is mentioned and cited. */
  facts?: readonly DraftFact[];
};

/** The offline reply from gated hits; null when none of them is a quotable FAQ entry or product. */
export function composeOffline(input: OfflineComposeInput): Composed | null {
  const body = composeAnswer(input);
  if (!body) return null;
  const phrases = PHRASES[input.language];
  const noted = notedFacts(input.facts ?? [], input.question, phrases);
  const parts = [...(input.greet ? [greetingFor(phrases, input.customerName)] : []), ...body.parts, ...noted.lines, phrases.closing];
  return { ...body.composed, sources: [...body.composed.sources, ...noted.sources], text: parts.join('\n\n') };
}

/** The approved facts a question touches, as lines ("We have noted: size M.") and their sources. */
export function notedFacts(facts: readonly DraftFact[], question: string, phrases: Phrases): { lines: string[]; sources: SourceRef[] } {
  const noted = relevantFacts(facts, question).slice(0, MAX_NOTED_FACTS);
  return {
    lines: noted.map((f) => phrases.noted(/[.!?।]$/u.test(f.text.trim()) ? f.text.trim() : `${f.text.trim()}.`)),
    sources: noted.map(factSource),
  };
}

/** One answer's paragraphs (no greeting, no closing) and what it cites; null when there is nothing to quote. */
export function composeAnswer({ hits, top, knowledge, language, question, stock }: OfflineComposeInput): { parts: string[]; composed: Composed } | null {
  // Only products that explain the message as well as the best source are listed: a returns
  // question gets the returns policy, not every pot that matched the word "pot".
  const faqHit = top.kind === 'faq' ? top : undefined;
  const asWell = hits.filter((h) => h.kind === 'product' && h.coverage >= top.coverage && h.score >= top.score * PRODUCT_SHARE && isConfident(h));
  const productHits = (asWell.length > 0 ? asWell : complements(hits, top, knowledge)).slice(0, MAX_PRODUCTS);
  const faq = faqHit ? knowledge.faqsById([faqHit.key]).get(faqHit.key) : undefined;
  const products = [...knowledge.productsBySku(productHits.map((h) => h.key)).values()];
  if (!faq && products.length === 0) return null;

  const phrases = PHRASES[language];
  const parts: string[] = [];
  const sources: SourceRef[] = [];
  if (faq) {
    // Only the sentences that answer, word for word; a policy is quoted, never paraphrased.
    // The owner's own translation when the customer writes in its language; else as written.
    const quoted = answeringPart(faqAnswerIn(faq, language), question);
    parts.push(faq.kind === 'policy' ? `${phrases.policyIntro} "${quoted}"` : quoted);
    sources.push(faqSource(faq, faqHit!));
  }
  if (products.length > 0) {
    parts.push(products.map((p) => productSentence(p, phrases, stock, { question, language })).join('\n'));
    for (const product of products) sources.push(productSource(product, productHits.find((h) => h.key === product.sku)!));
  }
  sources.sort((a, b) => b.score - a.score);
  const reasons: ReviewReason[] = [REASONS.approval];
  if (faq?.kind === 'policy') reasons.push(REASONS.policy);
  return { parts, composed: { text: parts.join('\n\n'), sources, reasons, citedProducts: products, citedFaqs: faq ? [faq] : [] } };
}

/**
 * Products that answer what the leading FAQ entry leaves out of one question ("How much for 5
 * monsteras delivered to Zapopan?": the shipping policy matches "delivered" and "Zapopan", only
 * the monstera matches "monsteras"): products whose name carries a word of the question the
 * entry does not match, explaining at least the gate's minimum share of it, scoring near the best.
 */
function complements(hits: readonly Hit[], top: Hit, knowledge: KnowledgeRepo): Hit[] {
  if (top.kind !== 'faq') return [];
  const said = new Set(top.matched.map(typed));
  const candidates = hits.filter((h) => h.kind === 'product' && h.coverage >= GATE.minCoverage);
  const products = knowledge.productsBySku(candidates.map((h) => h.key));
  const adds = candidates.filter((h) => {
    const name = products.get(h.key)?.name;
    if (!name) return false;
    const nameTerms = new Set(analyseField(name).terms);
    return h.matched.some((w) => !said.has(typed(w)) && variants(typed(w)).some((v) => nameTerms.has(v)));
  });
  const best = Math.max(0, ...adds.map((h) => h.score));
  return adds.filter((h) => h.score >= best * PRODUCT_SHARE);
}

/** The word as the customer typed it (a corrected typo shows as `typed→known`). */
const typed = (word: string) => word.split('→')[0]!;

/** The FAQ answer in `language` when the owner wrote one, else the answer as written. */
export function faqAnswerIn(faq: FaqEntry, language: Language): string {
  return faq.translations?.[language]?.answer || faq.answer;
}

/** The product's name in `language` when the owner wrote one, else its name. */
export function productNameIn(product: Product, language: Language | undefined): string {
  return (language && product.translations?.[language]?.name) || product.name;
}

/** Variants listed one by one up to this many; past it, the price range. */
const MAX_VARIANTS_LISTED = 4;

/**
 * "The Monstera Deliciosa (size: S/M/L) costs 549.00 MXN and is in stock.": the price straight
 * from the catalog, the stock as the owner shows it (exact count, in stock, low stock, or not at all).
 * A product with variants: the variant the question names with its own price and stock ("The
 * Monstera Deliciosa (size L) costs 899.00 MXN"), or each variant's price, briefly.
 */
export function productSentence(product: Product, phrases: Phrases, stock: StockDisplay, ask: { question?: string; language?: Language } = {}): string {
  const name = productNameIn(product, ask.language);
  const money = (price: string) => `${price} ${product.currency}`;
  const chosen = chooseVariants(product, ask.question ?? '');
  const [only] = chosen;
  if (chosen.length === 1 && only) return `${phrases.costs(`${name} (${variantLabel(only)})`, money(only.price))}${stockClause(only.stock, phrases, stock)}`;
  if (chosen.length > 1) {
    const groupStock = variantsStock(chosen);
    // A group has no one count to give: "in stock" stands for it even when the owner shows counts.
    const display: StockDisplay = stock.display === 'exact' ? { ...stock, display: 'in_stock' } : stock;
    const prices = [...new Set(chosen.map((v) => v.price))];
    const sentence =
      prices.length === 1
        ? phrases.costs(name, money(prices[0]!))
        : chosen.length <= MAX_VARIANTS_LISTED
          ? phrases.costsEach(name, chosen.map((v) => `${money(v.price)} (${variantLabel(v)})`))
          : phrases.costsFrom(name, money(minPrice(prices)), money(maxPrice(prices)));
    return `${sentence}${stockClause(groupStock, phrases, display)}`;
  }
  const options = Object.entries(product.options)
    .map(([key, values]) => `${key}: ${values.join('/')}`)
    .join('; ');
  const label = `${name}${options ? ` (${options})` : ''}`;
  return `${phrases.costs(label, money(product.price))}${stockClause(product.stock, phrases, stock)}`;
}

/** The stock of several variants together: their sum when every count is known, else unknown (or 0 when all are out). */
function variantsStock(variants: ReadonlyArray<{ stock: number | null }>): number | null {
  if (variants.every((v) => v.stock !== null && v.stock <= 0)) return 0;
  return variants.every((v) => v.stock !== null) ? variants.reduce((n, v) => n + (v.stock ?? 0), 0) : null;
}

const minPrice = (prices: readonly string[]) => prices.reduce((a, b) => (Number(b) < Number(a) ? b : a));
const maxPrice = (prices: readonly string[]) => prices.reduce((a, b) => (Number(b) > Number(a) ? b : a));

function stockClause(count: number | null, phrases: Phrases, stock: StockDisplay): string {
  const state = stockState(count, stock);
  switch (state.kind) {
    case 'count':
      return phrases.stock.count(state.count);
    case 'in':
    case 'low':
    case 'out':
    case 'unknown':
      return phrases.stock[state.kind];
    case 'hidden':
      return '.';
    default:
      return assertNever(state);
  }
}

function score(hit: Hit): number {
  return Math.round(hit.score * 100) / 100;
}

function faqSource(faq: FaqEntry, hit: Hit): SourceRef {
  return { id: hit.sourceId, kind: 'faq', title: faq.question, snippet: faq.answer, policy: faq.kind === 'policy', score: score(hit) };
}

function productSource(product: Product, hit: Hit): SourceRef {
  const variantsLine = (product.variants ?? []).map((v) => `${variantLabel(v)} ${v.price} (stock ${v.stock ?? 'unknown'})`).join('; ');
  const figures = variantsLine ? `${variantsLine} ${product.currency}` : `${product.price} ${product.currency} · stock ${product.stock ?? 'unknown'}`;
  const snippet = `${figures} · ${product.description}`;
  return { id: hit.sourceId, kind: 'product', title: product.name, snippet: snippet.slice(0, 240), policy: false, score: score(hit) };
}

/**
 * The reply to a turn that is only a greeting, thanks or small talk: a short line from the
 * phrases and the shop's name in the business profile. It cites nothing and states no fact.
 */
export function composeSmallTalk(kind: SmallTalkKind, args: { shopName: string | null; language: Language; customerName: string; greet: boolean }): Composed {
  const phrases = PHRASES[args.language];
  // A greeting is answered with one; otherwise a chat already under way gets no second hello.
  const hello = greetingFor(phrases, args.customerName);
  const opening = args.greet ? [hello] : [];
  const welcome = args.shopName ? [phrases.welcome(args.shopName)] : [];
  const parts =
    kind === 'thanks'
      ? [phrases.youAreWelcome, phrases.closing]
      : kind === 'chat'
        ? [...opening, phrases.allGood, phrases.howCanWeHelp]
        : kind === 'greeting'
          ? [hello, ...(args.greet ? welcome : []), phrases.howCanWeHelp]
          : assertNever(kind);
  return { text: parts.join(' '), sources: [], reasons: [REASONS.approval], citedProducts: [], citedFaqs: [] };
}
