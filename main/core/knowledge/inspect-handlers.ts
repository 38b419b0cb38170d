/**
 * "What would the assistant find?": ranked matches for a typed message, so the owner sees gaps.
 * The verdict comes from the drafter's own steps (`DraftPipeline.preview`: triage, small talk,
 * search, the gate), so the box and the drafter cannot disagree.
 */
import { performance } from 'node:perf_hooks';
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';

const LIMIT = 10;

/** Registers inspectRetrieval. */
export function inspectHandlers(core: Core): HandlerMap<'inspectRetrieval'> {
  return {
    inspectRetrieval: async ({ message }) => {
      const started = performance.now();
      const preview = await core.drafter.preview(message, LIMIT);
      // Triage or small talk decide before any search; the hits still show what the words match.
      const { hits, semantic } = preview.found ?? (await core.search.search(message, { limit: LIMIT }));
      const tookMs = performance.now() - started;
      const faqs = core.knowledge.faqsById(hits.filter((h) => h.kind === 'faq').map((h) => h.key));
      const products = core.knowledge.productsBySku(hits.filter((h) => h.kind === 'product').map((h) => h.key));
      const route = preview.triage.route !== 'answer' ? preview.triage.route : preview.turn.smallTalk || preview.verdict?.covered ? 'answer' : 'handoff';
      const why = preview.triage.route !== 'answer' ? 'triage' : preview.turn.smallTalk ? 'small_talk' : (preview.verdict?.why ?? 'no_match');
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
        wouldAnswer: route === 'answer',
        route,
        why,
        triageReason: preview.triage.reason,
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
