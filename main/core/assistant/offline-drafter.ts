/**
 * The offline drafter: no model. It quotes the best-matching FAQ entry and lists matching
 * products with their catalog price and stock, cites each, and invents nothing: when the
 * knowledge does not cover the message it drafts no text and hands the chat to a person.
 */
import type { FaqEntry, Product, ReviewReason, SourceRef } from '../../contract/schemas';
import type { KnowledgeRepo } from '../knowledge/knowledge-repo';
import type { Hit, Retriever } from '../knowledge/retrieval';
import type { DraftInput, DraftOutcome, Drafter } from './drafter';
import { PHRASES, type Phrases } from './phrases';
import { triage } from './triage';

/** How much of the message a source must explain before we quote it. */
export const MIN_COVERAGE = 0.5;
const MAX_PRODUCTS = 3;

const REASONS = {
  approval: { code: 'approval_required', message: 'Approval first: every reply waits for you until you allow auto-send.' },
  policy: { code: 'policy_quoted', message: 'Quotes a policy word for word; check it fits the question.' },
  noKnowledge: { code: 'no_knowledge', message: 'Nothing in your catalog or FAQ answers this: a person should reply.' },
  person: { code: 'asked_for_person', message: 'The customer asked for a person.' },
  optout: { code: 'optout', message: 'The customer asked not to be messaged again.' },
} as const satisfies Record<string, ReviewReason>;

/** Builds replies from the knowledge alone. */
export class OfflineDrafter implements Drafter {
  constructor(
    private readonly knowledge: KnowledgeRepo,
    private readonly retriever: Retriever,
  ) {}

  async draft(input: DraftInput): Promise<DraftOutcome> {
    const routed = triage(input.message);
    if (routed.route === 'optout') return this.noDraft('optout', [REASONS.optout]);
    if (routed.route === 'handoff') return this.noDraft('handoff', [REASONS.person]);

    const hits = this.retriever.search(input.message).filter((h) => h.coverage >= MIN_COVERAGE);
    const top = hits[0];
    // Only the sources that explain the message as well as the best one are used: a returns
    // question gets the returns policy, not a list of every pot that matched the word "pot".
    const best = top ? hits.filter((h) => h.coverage >= top.coverage) : [];
    const faqHit = top?.kind === 'faq' ? top : undefined;
    const productHits = best.filter((h) => h.kind === 'product').slice(0, MAX_PRODUCTS);
    const faq = faqHit ? this.knowledge.faqsById([faqHit.key]).get(faqHit.key) : undefined;
    const products = [...this.knowledge.productsBySku(productHits.map((h) => h.key)).values()];
    if (!faq && products.length === 0) return this.noDraft('handoff', [REASONS.noKnowledge]);

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
    return { route: 'answer', text: parts.join('\n\n'), sources, reasons, drafter: 'offline' };
  }

  private noDraft(route: 'handoff' | 'optout', reasons: ReviewReason[]): DraftOutcome {
    return { route, text: '', sources: [], reasons, drafter: 'offline' };
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
  return Math.round((hit.coverage * 10 + Math.min(hit.bm25, 10) / 10) * 100) / 100;
}

function faqSource(faq: FaqEntry, hit: Hit): SourceRef {
  return { id: hit.sourceId, kind: 'faq', title: faq.question, snippet: faq.answer, policy: faq.kind === 'policy', score: score(hit) };
}

function productSource(product: Product, hit: Hit): SourceRef {
  const snippet = `${product.price} ${product.currency} · stock ${product.stock ?? 'unknown'} · ${product.description}`;
  return { id: hit.sourceId, kind: 'product', title: product.name, snippet: snippet.slice(0, 240), policy: false, score: score(hit) };
}
