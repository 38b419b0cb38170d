/**
 * A few-shot classifier over the FAQ entries, trained on the shop's own knowledge: each entry is
 * a class whose examples are its question and alternatives. It pools the words of all phrasings
 * of an entry (BM25F does too) but also counts the function words BM25F leaves out ("why", "not",
 * "how"), which tell apart entries about the same thing ("why must I verify my identity" /
 * "how do I verify my identity", "refund not showing up" / "request a refund").
 *
 * Multinomial naive Bayes with additive smoothing; each query term's log-likelihood is weighted
 * by its IDF over entries, so words shared by many entries say little. Its posteriors only
 * re-rank sources the lexical search already found (`withEntryEvidence`); they never make a
 * source a hit, and never reach the gate's coverage and evidence.
 */
import { STOP_WORDS } from '../stop-words';
import { isContentToken } from '../text';
import { analysisTokens, entryTerm, stemmable, variants } from './analyze';
import { isCatalogWord } from './catalog-words';
import { conceptsOf } from './lexicon';
import { CONCEPT_CAP_RATIO } from './scoring';

/** An FAQ entry's phrasings, as written. */
export type EntryPhrasings = { sourceId: string; phrasings: string[] };

/** Settings, chosen on the development suites; the gain is flat around them. */
export const ENTRY_MODEL = {
  /** Additive smoothing of term counts. */
  alpha: 0.3,
  /** Weight of a function word next to a content word. */
  functionWeight: 0.5,
  /** Softmax temperature over the entries' log-likelihoods. */
  temperature: 1,
  /** A posterior of 1 adds this share of the search's best score. */
  share: 0.5,
};

/** A text's terms and their weights: content words by stem, function words marked with `~`. */
export function entryFeatures(text: string): Map<string, number> {
  const stem = stemmable(text);
  const out = new Map<string, number>();
  for (const token of analysisTokens(text, stem)) {
    if (token.length < 2 && !/\p{N}/u.test(token)) continue;
    const [term, weight] = STOP_WORDS.has(token) ? [`~${token}`, ENTRY_MODEL.functionWeight] : [entryTerm(token, stem), 1];
    out.set(term, (out.get(term) ?? 0) + weight);
  }
  return out;
}

/**
 * The shop-lexicon concepts of a text's content words, by the word's entry term ("पौधा" → `#plant`).
 * A phrase's own concept ("snake plant") is left out: it names something more specific than its word.
 */
export function entryConcepts(text: string): Map<string, Set<string>> {
  const stem = stemmable(text);
  const words = analysisTokens(text, stem);
  const found = conceptsOf(words, (t) => variants(t, stem), isContentToken);
  const out = new Map<string, Set<string>>();
  words.forEach((token, i) => {
    const own = found.at[i]!.filter((c) => !found.phrases[i]!.includes(c));
    if (own.length === 0) return;
    const term = entryTerm(token, stem);
    const set = out.get(term) ?? new Set<string>();
    for (const c of own) set.add(c);
    out.set(term, set);
  });
  return out;
}

type EntryCounts = { sourceId: string; counts: Map<string, number>; total: number };

/** Naive Bayes over FAQ entries; build once per index generation. */
export class EntryModel {
  private constructor(
    private readonly entries: EntryCounts[],
    /** IDF over entries of every term the knowledge uses. */
    private readonly idf: Map<string, number>,
    /** In how many entries each term is written, and each lexicon concept of their words. */
    private readonly df: { terms: Map<string, number>; concepts: Map<string, number> },
  ) {}

  /**
   * Trains on the FAQ entries. `catalog` is how many products the shop sells: every one of them
   * answers the catalog question words ("cuanto cuesta", "berapa harga", see `catalog-words.ts`),
   * so those words' IDF counts the products as entries that use them, as the lexical search
   * does; otherwise the one entry that asks "cuanto cuesta el envio" would claim every price
   * question. With no catalog the model is as before.
   */
  static build(input: readonly EntryPhrasings[], catalog = 0): EntryModel {
    const conceptDf = new Map<string, number>();
    for (const { phrasings } of input) {
      const seen = new Set<string>();
      for (const text of phrasings) for (const cs of entryConcepts(text).values()) for (const c of cs) seen.add(c);
      for (const c of seen) conceptDf.set(c, (conceptDf.get(c) ?? 0) + 1);
    }
    const entries: EntryCounts[] = input.map(({ sourceId, phrasings }) => {
      const counts = new Map<string, number>();
      let total = 0;
      for (const text of phrasings)
        for (const [term, n] of entryFeatures(text)) {
          counts.set(term, (counts.get(term) ?? 0) + n);
          total += n;
        }
      return { sourceId, counts, total };
    });
    const df = new Map<string, number>();
    for (const e of entries) for (const term of e.counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    const idf = new Map<string, number>();
    for (const [term, n] of df) {
      const products = catalog > 0 && !term.startsWith('~') && isCatalogWord(term) ? catalog : 0;
      idf.set(term, 1 + Math.log((entries.length + products) / (n + products)));
    }
    return new EntryModel(entries, idf, { terms: df, concepts: conceptDf });
  }

  get size(): number {
    return this.entries.length;
  }

  /** Each entry's probability of being the one the message asks about; empty when no term is known. */
  posteriors(message: string): Map<string, number> {
    const query = [...entryFeatures(message)].filter(([term]) => this.idf.has(term));
    const out = new Map<string, number>();
    if (query.length === 0 || this.entries.length === 0) return out;
    const weight = this.queryWeights(message, query.map(([term]) => term));
    const { alpha, temperature } = ENTRY_MODEL;
    const vocabulary = this.idf.size;
    const logLikelihoods = this.entries.map((e) => {
      const denominator = Math.log(e.total + alpha * vocabulary);
      let sum = 0;
      for (const [term, n] of query) sum += n * weight.get(term)! * (Math.log((e.counts.get(term) ?? 0) + alpha) - denominator);
      return sum / temperature;
    });
    const max = Math.max(...logLikelihoods);
    const exps = logLikelihoods.map((l) => Math.exp(l - max));
    const z = exps.reduce((a, b) => a + b, 0);
    this.entries.forEach((e, i) => out.set(e.sourceId, exps[i]! / z));
    return out;
  }

  /**
   * Each query term's weight: its IDF over entries, a lexicon word's capped at its concept's when the
   * entries write the concept at least `CONCEPT_CAP_RATIO` times as often (as the lexical scoring
   * does, see `conceptCap`). An entry whose Hindi alternative writes "पौधा" is one
   * entry about plants among several; the word is no more telling than "plant" is in that shop.
   */
  private queryWeights(message: string, terms: readonly string[]): Map<string, number> {
    const concepts = entryConcepts(message);
    return new Map(
      terms.map((term) => {
        const own = this.idf.get(term)!;
        let conceptDf = 0;
        for (const c of concepts.get(term) ?? []) conceptDf = Math.max(conceptDf, this.df.concepts.get(c) ?? 0);
        const cap = conceptDf > 0 && conceptDf >= CONCEPT_CAP_RATIO * (this.df.terms.get(term) ?? 0) ? 1 + Math.log(this.entries.length / conceptDf) : Infinity;
        return [term, Math.min(own, cap)];
      }),
    );
  }
}

/**
 * Adds each found FAQ entry's posterior, scaled by the best lexical score among the FAQ hits, to
 * its lexical score; the scale makes the nudge mean the same in every search. Products and
 * sources that matched nothing keep their score.
 *
 * The posterior is a choice among FAQ entries only (it knows no product), so it is measured in
 * the FAQ hits' own units: scaled by a product's score instead, one FAQ word the model finds
 * telling ("maceta" in "puedo devolver una maceta") would lift that entry by half the product's
 * score and let it outrank the product the message names ("¿tienen macetas de talavera?").
 * Without products the scale is the same as before.
 */
export function withEntryEvidence<H extends { sourceId: string; kind: 'faq' | 'product'; score: number; lexical: number }>(hits: H[], posteriors: ReadonlyMap<string, number>): H[] {
  if (posteriors.size === 0) return hits;
  const best = hits.reduce((m, h) => (h.kind === 'faq' ? Math.max(m, h.lexical) : m), 0);
  return hits.map((h) => {
    const p = posteriors.get(h.sourceId);
    return p && h.kind === 'faq' && h.lexical > 0 ? { ...h, score: h.lexical + ENTRY_MODEL.share * best * p } : h;
  });
}
