/**
 * The ranking function, pure so the indexed search and the brute-force baseline share it.
 *
 * A source is scored as one document over four fields (BM25F: name, alternatives, tags, body),
 * plus a share of its best single phrasing (BM25 over each FAQ question and alternative on its
 * own). The whole document pools the evidence of all phrasings; the best phrasing rewards a
 * message that reads like one of them. Each message word is a group of variants (the word and its
 * stems) and scores once, through its best variant, so a stem never counts twice.
 */

export const FIELDS = ['name', 'alts', 'tags', 'body'] as const;
export type FieldName = (typeof FIELDS)[number];

/** Tuned on the development suites; see `main/core/eval` and the bench. */
export const PARAMS = {
  k1: 1.2,
  weight: { name: 1, alts: 1, tags: 0.7, body: 0.35 } as Record<FieldName, number>,
  b: { name: 0.5, alts: 0.75, tags: 0.3, body: 0.75 } as Record<FieldName, number>,
  phrasingB: 0.75,
  /** How much of the best phrasing's score joins the document score. */
  phrasingShare: 0.35,
  /** Words the knowledge never uses count in coverage at this share of the rarest word's weight. */
  unknownWeight: 1,
};

/** A query word ready for scoring. */
export type ScoringGroup = {
  /** The word as typed (folded). */
  token: string;
  variants: string[];
  /** 1 for message words; less for corrected typos and for words from earlier turns. */
  weight: number;
  /** Counted in coverage (message words), or only a ranking hint (history). */
  inMessage: boolean;
  /** The knowledge's word a mistyped `token` was corrected to. */
  corrected?: string;
  /** The variant that is a catalog question word ("precio", "berapa"), which every product answers. */
  catalogTerm?: string;
  /** Lexicon concepts of a phrase this word ends ("snake plant"): scored as words, not as a fallback bridge. */
  phrases?: string[];
};

/**
 * Term counts of one source's fields, and their lengths in tokens. `product` marks a source that
 * answers the catalog question words without writing them (its price and stock, see
 * `catalog-words.ts`): a group's `catalogTerm` counts there as one occurrence in the tags field,
 * where a product's other facts are, and adds nothing to its length.
 */
export type DocTerms = { tf: Record<FieldName, Map<string, number>>; len: Record<FieldName, number>; product?: boolean };

/** Collection figures BM25 needs; `catalog` is how many of the `docs` are products. */
export type Stats = { docs: number; catalog: number; avgLen: Record<FieldName, number>; phrasings: number; avgPhrasingLen: number };

/** Document frequencies of terms, in whole sources and in phrasings. */
export type Frequencies = { doc: (term: string) => number; phrasing: (term: string) => number };

/** A shop-lexicon concept term (`lexicon.ts`), not a word. */
function isConcept(term: string): boolean {
  return term.startsWith('#');
}

/**
 * The highest IDF a word of this group may have: that of its lexicon concept ("पौधा" → `#plant`),
 * when the knowledge writes the concept at least `CONCEPT_CAP_RATIO` times as often as any form of
 * the word. A word means no more than its concept, however rarely the knowledge writes it in that
 * language: a shop whose Hindi alternatives say "पौधा" once would otherwise find that one entry for
 * every Hindi question about plants, although "plant" is in half its knowledge. Where the word is
 * how the knowledge names the concept ("cards" / "card" / `#card` in an English shop) nothing
 * changes. A phrase's own concept ("snake plant") is not a cap (it is scored as a word); with no
 * concept the shop uses, no cap (Infinity).
 */
export function conceptCap(group: Pick<ScoringGroup, 'variants' | 'phrases'>, total: number, df: (term: string) => number): number {
  let conceptDf = 0;
  let wordDf = 0;
  for (const term of group.variants) {
    if (group.phrases?.includes(term)) continue;
    if (isConcept(term)) conceptDf = Math.max(conceptDf, df(term));
    else wordDf = Math.max(wordDf, df(term));
  }
  return conceptDf > 0 && conceptDf >= CONCEPT_CAP_RATIO * wordDf ? idf(total, conceptDf) : Infinity;
}

/** How much more often than the word the knowledge must write its concept for the concept's IDF to cap the word's. */
export const CONCEPT_CAP_RATIO = 2;

/** A variant's IDF in a group: its own, a word's capped at its concept's (see `conceptCap`). */
function variantIdf(term: string, cap: number, total: number, df: (term: string) => number): number {
  const w = idf(total, df(term));
  return isConcept(term) ? w : Math.min(w, cap);
}

/** BM25's inverse document frequency (the +1 keeps it positive for very common terms). */
export function idf(total: number, df: number): number {
  return df <= 0 ? 0 : Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

/** Counts the space-separated terms of an analysed field. */
export function countTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (!text) return counts;
  for (const term of text.split(' ')) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/**
 * BM25F score of one source for the groups, which groups it matched, and which of those it
 * matched only through a lexicon concept (`bridged`: no word variant of the group is in the source).
 */
export function scoreDoc(doc: DocTerms, groups: readonly ScoringGroup[], stats: Stats, freq: Frequencies): { score: number; matched: boolean[]; bridged: boolean[] } {
  const norm = {} as Record<FieldName, number>;
  for (const f of FIELDS) {
    const avg = stats.avgLen[f] || 1;
    norm[f] = PARAMS.weight[f] / (1 - PARAMS.b[f] + (PARAMS.b[f] * doc.len[f]) / avg);
  }
  let score = 0;
  const bridged: boolean[] = [];
  const matched = groups.map((group) => {
    const cap = conceptCap(group, stats.docs, freq.doc);
    // Words first; a lexicon concept ("#wrap") scores only when none of the word's own variants
    // is in the source: it bridges languages, it does not add weight to a word found as written.
    let best = 0;
    let bridge = 0;
    let asWritten = false;
    for (const term of group.variants) {
      let tf = 0;
      for (const f of FIELDS) {
        const n = doc.tf[f].get(term);
        if (n) tf += n * norm[f];
      }
      if (doc.product && term === group.catalogTerm) tf += norm.tags;
      if (tf === 0) continue;
      const s = (variantIdf(term, cap, stats.docs, freq.doc) * tf * (PARAMS.k1 + 1)) / (tf + PARAMS.k1);
      if (!isConcept(term)) asWritten = true;
      if (isConcept(term) && !group.phrases?.includes(term)) bridge = Math.max(bridge, s);
      else best = Math.max(best, s);
    }
    score += (best > 0 ? best : bridge) * group.weight;
    bridged.push(!asWritten && (best > 0 || bridge > 0));
    return best > 0 || bridge > 0;
  });
  return { score, matched, bridged };
}

/** BM25 score of one phrasing (a FAQ question or alternative). */
export function scorePhrasing(terms: Map<string, number>, length: number, groups: readonly ScoringGroup[], stats: Stats, freq: Frequencies): number {
  const norm = 1 - PARAMS.phrasingB + (PARAMS.phrasingB * length) / (stats.avgPhrasingLen || 1);
  let score = 0;
  for (const group of groups) {
    let best = 0;
    let bridge = 0;
    const cap = conceptCap(group, stats.phrasings, freq.phrasing);
    for (const term of group.variants) {
      const tf = terms.get(term);
      if (!tf) continue;
      const s = (variantIdf(term, cap, stats.phrasings, freq.phrasing) * tf * (PARAMS.k1 + 1)) / (tf + PARAMS.k1 * norm);
      if (isConcept(term) && !group.phrases?.includes(term)) bridge = Math.max(bridge, s);
      else best = Math.max(best, s);
    }
    score += (best > 0 ? best : bridge) * group.weight;
  }
  return score;
}

/** The ranking score of a source from its document score and its best phrasing's. */
export function combine(docScore: number, bestPhrasing: number): number {
  return docScore + PARAMS.phrasingShare * bestPhrasing;
}

/** How much of the message a source explains. */
export type Explained = {
  /** IDF-weighted share of the message's words matched (0–1). */
  coverage: number;
  /** Matched weight in units of the rarest word's weight: about "how many telling words matched". */
  evidence: number;
};

/**
 * How much of the message a source explains. Words the knowledge never uses still count, at
 * `PARAMS.unknownWeight` of the rarest word's weight, so "how do I make moussaka?" is not explained by a
 * source that merely says "make".
 */
export function explained(groups: readonly ScoringGroup[], matched: readonly boolean[], stats: Stats, freq: Frequencies): Explained {
  const rare = idf(stats.docs, 1);
  let total = 0;
  let got = 0;
  groups.forEach((group, i) => {
    if (!group.inMessage) return;
    let w = 0;
    const cap = conceptCap(group, stats.docs, freq.doc);
    for (const term of group.variants) w = Math.max(w, variantIdf(term, cap, stats.docs, freq.doc));
    if (w === 0) w = rare * PARAMS.unknownWeight;
    else w *= group.weight;
    total += w;
    if (matched[i]) got += w;
  });
  return { coverage: total === 0 ? 0 : got / total, evidence: rare === 0 ? 0 : got / rare };
}
