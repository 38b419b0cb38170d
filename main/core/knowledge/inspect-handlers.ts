/**
 * "What would the assistant find?": ranked matches for a typed message, so the owner sees gaps.
 */
import { performance } from 'node:perf_hooks';
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';
import { isConfident, isCovered } from '../assistant/offline-drafter';
import { answersQuestion } from '../assistant/scope';

/** Registers inspectRetrieval. */
export function inspectHandlers(core: Core): HandlerMap<'inspectRetrieval'> {
  return {
    inspectRetrieval: async ({ message }) => {
      const started = performance.now();
      const { hits, semantic } = await core.search.search(message, { limit: 10 });
      const tookMs = performance.now() - started;
      const faqs = core.knowledge.faqsById(hits.filter((h) => h.kind === 'faq').map((h) => h.key));
      const products = core.knowledge.productsBySku(hits.filter((h) => h.kind === 'product').map((h) => h.key));
      return {
        hits: hits.map((hit) => {
          const faq = hit.kind === 'faq' ? faqs.get(hit.key) : undefined;
          const product = hit.kind === 'product' ? products.get(hit.key) : undefined;
          return {
            sourceId: hit.sourceId,
            kind: hit.kind,
            title: faq?.question ?? product?.name ?? hit.key,
            snippet: faq?.answer ?? (product ? `${product.price} ${product.currency} · ${product.description}` : ''),
            policy: faq?.kind === 'policy',
            score: Math.round(hit.coverage * 1000) / 1000,
            matched: hit.matched,
            lexical: Math.round(hit.lexical * 1000) / 1000,
            ...(hit.fusion ? { fusion: { ...hit.fusion, rrf: round(hit.fusion.rrf, 5), cosine: hit.fusion.cosine === null ? null : round(hit.fusion.cosine, 3) } } : {}),
          };
        }),
        // Fused hits may lead with a source no word matched; the drafter then judges on words.
        wouldAnswer: semantic.state === 'used' ? isCovered(hits, message) : hits[0] !== undefined && isConfident(hits[0]) && answersQuestion(message, hits),
        tookMs: Math.round(tookMs * 1000) / 1000,
        semantic,
      };
    },
  };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
