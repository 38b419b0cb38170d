/**
 * The offline drafter: no model. It quotes the best-matching FAQ entry and lists matching
 * products with their catalog price and stock, cites each, and invents nothing: when the
 * knowledge does not cover the message it drafts no text and hands the chat to a person.
 */
import type { FaqEntry, Product, ReviewReason, SourceRef } from '../../contract/schemas';
import type { KnowledgeRepo } from '../knowledge/knowledge-repo';
import type { KnowledgeSearch } from '../knowledge/knowledge-search';
import type { Hit, Retriever } from '../knowledge/retrieval';
import type { DraftInput, DraftOutcome, Drafter } from './drafter';
import { PHRASES, type Phrases } from './phrases';
import { answersQuestion } from './scope';
import { triage } from './triage';

/**
 * When retrieval is confident enough to draft. A source must explain `coverage` of the message
 * (words the knowledge never uses count against it), or hold strong `evidence` (several telling
 * words) while explaining at least `minCoverage`. Tuned on the development suites: in-domain
 * questions, including chatty ones, pass; off-topic questions and attacks mostly do not.
 */
export const GATE = { coverage: 0.3, evidence: 1.2, minCoverage: 0.2 };
const MAX_PRODUCTS = 3;
/** Products listed beside the best source must score at least this share of it. */
const PRODUCT_SHARE = 0.5;

/** Whether a hit is good enough to draft from. */
export function isConfident(hit: Hit): boolean {
  return hit.coverage >= GATE.coverage || (hit.evidence >= GATE.evidence && hit.coverage >= GATE.minCoverage);
}

/**
 * Whether the knowledge covers the message: the hit whose words match best (`lexical`) is
 * confident. The ranking also weighs function words (the FAQ entry model counts "why" and "not"),
 * so the first hit may explain a little less than the best lexical match; whether the shop can
 * answer at all is judged on the words alone, as before that re-ranking. Given the `message`,
 * the match must also really answer it (`answersQuestion`: not one shared word, a typo
 * correction or generic words only).
 */
export function isCovered(hits: readonly Hit[], message?: string): boolean {
  const best = hits.reduce<Hit | undefined>((b, h) => (b === undefined || h.lexical > b.lexical ? h : b), undefined);
  return best !== undefined && isConfident(best) && (message === undefined || answersQuestion(message, hits));
}

/** The card's reasons; `params: {}` marks them as translatable sentences with no values. */
export const REASONS = {
  approval: { code: 'approval_required', message: 'Approval first: every reply waits for you.', params: {} },
  policy: { code: 'policy_quoted', message: 'Quotes a policy word for word; check it fits the question.', params: {} },
  noKnowledge: { code: 'no_knowledge', message: 'Nothing in your catalog or FAQ answers this: a person should reply.', params: {} },
} as const satisfies Record<string, ReviewReason>;

/** Builds replies from the knowledge alone. */
export class OfflineDrafter implements Drafter {
  constructor(
    private readonly knowledge: KnowledgeRepo,
    private readonly retriever: Retriever,
    /** Fused retrieval when embeddings are configured; without it the search is lexical. */
    private readonly search?: KnowledgeSearch,
  ) {}

  async draft(input: DraftInput): Promise<DraftOutcome> {
    const routed = triage(input.message, { history: input.history });
    // Flags triage raises (e.g. `injection`) travel with the outcome for review and for eval;
    // its reasons (quoting the customer) go on the card.
    const flags = routed.flags;
    if (routed.route !== 'answer') return this.noDraft(routed.route, routed.reasons, flags);

    const found = this.search ? await this.search.search(input.message, { history: input.history }) : null;
    const hits = found?.hits ?? this.retriever.search(input.message, { history: input.history });
    // Fusion may rank first a source no word matched; the draft quotes the first one that is
    // confident on its words (`isCovered` already requires one to exist).
    const top = found?.semantic.state === 'used' ? (hits.find(isConfident) ?? hits[0]) : hits[0];
    if (!top || !isCovered(hits, input.message)) return this.noDraft('handoff', [REASONS.noKnowledge], flags);
    // Only products that explain the message as well as the best source are listed: a returns
    // question gets the returns policy, not every pot that matched the word "pot".
    const faqHit = top.kind === 'faq' ? top : undefined;
    const productHits = hits
      .filter((h) => h.kind === 'product' && h.coverage >= top.coverage && h.score >= top.score * PRODUCT_SHARE && isConfident(h))
      .slice(0, MAX_PRODUCTS);
    const faq = faqHit ? this.knowledge.faqsById([faqHit.key]).get(faqHit.key) : undefined;
    const products = [...this.knowledge.productsBySku(productHits.map((h) => h.key)).values()];
    if (!faq && products.length === 0) return this.noDraft('handoff', [REASONS.noKnowledge], flags);

    const phrases = PHRASES[input.language];
    const parts = [phrases.greeting(input.customerName)];
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
    return { route: 'answer', text: parts.join('\n\n'), sources, reasons, drafter: 'offline', flags };
  }

  private noDraft(route: 'handoff' | 'optout', reasons: ReviewReason[], flags: string[]): DraftOutcome {
    return { route, text: '', sources: [], reasons, drafter: 'offline', flags };
  }
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
