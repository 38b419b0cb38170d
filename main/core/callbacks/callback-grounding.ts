/**
 * What a callback may say about the product the shop's answer cited, read from the catalog now:
 * its price-and-stock sentence in the customer's language, or why nothing honest can be said
 * (gone, out of stock). Read at drafting and again before the callback is sent, when a sentence
 * that differs from the drafted one (a new price, a new stock state) withholds it.
 */
import type { CallbackSkipReason } from '../../contract/callback-schemas';
import type { Language, Product, Settings, SourceRef } from '../../contract/schemas';
import { stockDisplayOf } from '../assistant/stock-display';
import type { KnowledgeRepo } from '../knowledge/knowledge-repo';
import type { CallbackFacts } from './callback-repo';
import { callbackProductSentence } from './callback-text';

/** What grounding needs. */
export type GroundingDeps = {
  knowledge: Pick<KnowledgeRepo, 'productsBySku'>;
  settings: () => Pick<Settings, 'stockDisplay' | 'lowStockThreshold'>;
};

/** Why the product stops a callback. */
export type ProductProblem = Extract<CallbackSkipReason, 'product_gone' | 'out_of_stock' | 'facts_changed'>;

/** Reads the cited product for a callback. */
export class CallbackGrounding {
  constructor(private readonly deps: GroundingDeps) {}

  /** At drafting: the facts to state and the sources to cite, or why not to write. */
  ground(sources: readonly SourceRef[], language: Language, question: string): { facts: CallbackFacts; sources: SourceRef[] } | { skip: ProductProblem } {
    const source = sources.find((s) => s.kind === 'product');
    if (!source) return { facts: { sku: null, sentence: null }, sources: [...sources] };
    const sku = source.id.slice('product:'.length);
    const read = this.read(sku, language, question);
    if ('skip' in read) return read;
    return { facts: { sku, sentence: read.sentence }, sources: [{ ...source, title: read.product.name, snippet: read.sentence }] };
  }

  /** Before sending: why the drafted facts no longer hold, or null. */
  recheck(facts: CallbackFacts | null, language: Language, question: string): ProductProblem | null {
    if (!facts?.sku) return null;
    const read = this.read(facts.sku, language, question);
    if ('skip' in read) return read.skip;
    return read.sentence === facts.sentence ? null : 'facts_changed';
  }

  private read(sku: string, language: Language, question: string): { product: Product; sentence: string } | { skip: ProductProblem } {
    const product = this.deps.knowledge.productsBySku([sku]).get(sku);
    if (!product || !product.active) return { skip: 'product_gone' };
    if (outOfStock(product)) return { skip: 'out_of_stock' };
    return { product, sentence: callbackProductSentence(product, language, stockDisplayOf(this.deps.settings()), question) };
  }
}

/** Nothing left to sell: the product (or every variant) has a known stock of zero. */
function outOfStock(product: Product): boolean {
  if (product.variants && product.variants.length > 0) return product.variants.every((v) => v.stock !== null && v.stock <= 0);
  return product.stock !== null && product.stock <= 0;
}
