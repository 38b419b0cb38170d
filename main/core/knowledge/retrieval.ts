/**
 * Lexical retrieval over the knowledge: SQLite FTS5 finds candidate sources and FAQ phrasings,
 * and `search/scoring.ts` ranks them (BM25F over the whole source plus its best phrasing), with
 * accent folding, multilingual stems, typo correction and a weak hint from earlier turns. A naive
 * Bayes classifier over the FAQ entries (`search/entry-model.ts`) then re-ranks the FAQ hits.
 * Every product counts as containing the words that ask for a price or stock
 * (`search/catalog-words.ts`), in the statistics and in its score.
 */
import type { Database } from '../storage/database';
import { queryGroups, variants, stemmable } from './search/analyze';
import { isConceptTerm } from './search/lexicon';
import { catalogTerms } from './search/catalog-words';
import { EntryModel, withEntryEvidence } from './search/entry-model';
import { ensureCurrentAnalysis, faqPhrasings, indexGeneration, syncSearchIndex } from './search/index-sync';
import {
  FIELDS,
  combine,
  countTerms,
  explained,
  scoreDoc,
  scorePhrasing,
  type DocTerms,
  type Frequencies,
  type ScoringGroup,
  type Stats,
} from './search/scoring';
import { TypoCorrector } from './search/typo';

/** One retrieved source with its scores. */
export type Hit = {
  sourceId: string;
  kind: 'faq' | 'product';
  key: string;
  /** Ranking score: `lexical` plus, for FAQ entries, the entry model's nudge; comparable within one search only. */
  score: number;
  /** BM25F plus best phrasing: how well the words match, which the gate judges (see `isCovered`). */
  lexical: number;
  /** IDF-weighted share of the message's words this source explains (0–1). */
  coverage: number;
  /** Weight of the matched words in units of the rarest word's: how much telling evidence. */
  evidence: number;
  /** Message words found in this source (a corrected typo shows as `typed→known`). */
  matched: string[];
  /** Of `matched`, the words found only through a shop-lexicon concept (another language's word for it). */
  bridged?: string[];
};

/** An earlier turn of the chat. */
export type Turn = { from: 'customer' | 'shop'; text: string };

export type RetrievalOptions = {
  limit?: number;
  /** Earlier turns, oldest first; the customer's last ones nudge the ranking, never the gate. */
  history?: readonly Turn[];
};

/** Weight of a corrected typo next to a word typed right. */
const TYPO_WEIGHT = 0.8;
/** Weight of a word from the customer's earlier turns. */
const HISTORY_WEIGHT = 0.25;
const HISTORY_TURNS = 2;
/** Terms in more than this share of sources are left out of the candidate query (not the score). */
const COMMON_SHARE = 0.08;

/** A row of `search_source`: one source's analysed fields and their lengths. */
export type SourceRow = {
  id: number;
  source_id: string;
  name: string;
  alts: string;
  tags: string;
  body: string;
  len_name: number;
  len_alts: number;
  len_tags: number;
  len_body: number;
};
type PhrasingRow = { source_id: string; text: string; len: number };

/** Searches the knowledge for a message; returns hits best first. */
export class Retriever {
  private stats: { generation: number; value: Stats } | null = null;
  private entries: { generation: number; value: EntryModel } | null = null;
  private analysisChecked = false;
  private readonly typos: TypoCorrector;
  private readonly statements;

  /**
   * `syncIndex: false`: this connection only reads an index another connection keeps up to date
   * (a drafting worker; see `draft-worker-main.ts`), so `sync` does nothing.
   */
  constructor(
    private readonly db: Database,
    private readonly options: { syncIndex?: boolean } = {},
  ) {
    this.typos = new TypoCorrector(db);
    this.statements = {
      dirty: db.prepare('SELECT 1 AS x FROM search_dirty LIMIT 1'),
      docDf: db.prepare('SELECT doc FROM search_docs_vocab WHERE term = ?'),
      phrasingDf: db.prepare('SELECT doc FROM search_phrasings_vocab WHERE term = ?'),
      docs: db.prepare(
        `SELECT s.* FROM (SELECT rowid AS rid FROM search_docs WHERE search_docs MATCH ?
           ORDER BY bm25(search_docs, 1.0, 1.0, 0.7, 0.35) LIMIT ?) m JOIN search_source s ON s.id = m.rid`,
      ),
      phrasings: db.prepare(
        `SELECT p.source_id, p.text, p.len FROM (SELECT rowid AS rid FROM search_phrasings WHERE search_phrasings MATCH ?
           ORDER BY rank LIMIT ?) m JOIN search_phrasing p ON p.id = m.rid`,
      ),
      docBySource: db.prepare('SELECT * FROM search_source WHERE source_id = ?'),
    };
  }

  search(message: string, options: RetrievalOptions = {}): Hit[] {
    const limit = options.limit ?? 8;
    const query = this.prepare(message, options);
    if (!query) return [];
    const { groups, freq, stats } = query;

    const known = groups.flatMap((g) => g.variants.filter((v) => freq.doc(v) > 0));
    const docRows = this.statements.docs.all(this.matchQuery(known, freq.doc, stats.docs), Math.max(40, limit * 8)) as SourceRow[];
    const phrasingTerms = groups.flatMap((g) => g.variants.filter((v) => freq.phrasing(v) > 0));
    const phrasingRows =
      phrasingTerms.length > 0 && stats.phrasings > 0
        ? (this.statements.phrasings.all(this.matchQuery(phrasingTerms, freq.phrasing, stats.phrasings), 60) as PhrasingRow[])
        : [];

    const bestPhrasing = new Map<string, number>();
    for (const row of phrasingRows) {
      const s = scorePhrasing(countTerms(row.text), row.len, groups, stats, freq);
      if (s > (bestPhrasing.get(row.source_id) ?? 0)) bestPhrasing.set(row.source_id, s);
    }
    const rows = new Map(docRows.map((r) => [r.source_id, r]));
    for (const sourceId of bestPhrasing.keys()) {
      if (rows.has(sourceId)) continue;
      const row = this.statements.docBySource.get(sourceId) as SourceRow | undefined;
      if (row) rows.set(sourceId, row);
    }
    const hits = [...rows.values()].map((row) => scoreSource(row.source_id, toDocTerms(row), bestPhrasing.get(row.source_id) ?? 0, query));
    return rankHits(hits, limit, query);
  }

  /**
   * Everything a search needs before it looks at candidates: the message's word groups (typos
   * corrected, earlier customer turns added as weak hints), document frequencies and collection
   * statistics; null when the message has no word the knowledge knows.
   */
  prepare(message: string, options: RetrievalOptions = {}): PreparedQuery | null {
    this.sync();
    const stats = this.collectionStats();
    const freq = this.frequencies(stats);
    const groups = this.messageGroups(message, freq);
    if (!groups.some((g) => freq.docKnown(g))) return null;
    groups.push(...this.historyGroups(options.history ?? [], groups, freq));
    const terms = catalogTerms();
    for (const g of groups) g.catalogTerm = g.variants.find((v) => terms.has(v));
    return { groups, freq, stats, entries: this.entryModel().posteriors(message) };
  }

  /** Brings the index up to date with the knowledge tables (cheap when nothing changed). */
  sync(): void {
    if (this.options.syncIndex === false) return;
    // Once per retriever: an index built by an older analysis is queued whole for re-analysis.
    if (!this.analysisChecked) {
      ensureCurrentAnalysis(this.db);
      this.analysisChecked = true;
    }
    if (this.statements.dirty.get()) syncSearchIndex(this.db);
  }

  /** Collection statistics, cached until the index changes. */
  collectionStats(): Stats {
    const generation = indexGeneration(this.db);
    if (this.stats?.generation === generation) return this.stats.value;
    const d = this.db
      .prepare(
        `SELECT COUNT(*) AS docs, COUNT(*) FILTER (WHERE source_id LIKE 'product:%') AS catalog,
           AVG(NULLIF(len_name, 0)) AS name, AVG(NULLIF(len_alts, 0)) AS alts,
           AVG(NULLIF(len_tags, 0)) AS tags, AVG(NULLIF(len_body, 0)) AS body FROM search_source`,
      )
      .get() as { docs: number; catalog: number; name: number | null; alts: number | null; tags: number | null; body: number | null };
    const p = this.db.prepare('SELECT COUNT(*) AS n, AVG(len) AS avg FROM search_phrasing').get() as { n: number; avg: number | null };
    const value = {
      docs: d.docs,
      catalog: d.catalog,
      avgLen: { name: d.name ?? 1, alts: d.alts ?? 1, tags: d.tags ?? 1, body: d.body ?? 1 },
      phrasings: p.n,
      avgPhrasingLen: p.avg ?? 1,
    };
    this.stats = { generation, value };
    return value;
  }

  /** The FAQ entry classifier, trained on the knowledge and cached until the index changes. */
  entryModel(): EntryModel {
    const generation = indexGeneration(this.db);
    if (this.entries?.generation !== generation) {
      this.entries = { generation, value: EntryModel.build(faqPhrasings(this.db), this.collectionStats().catalog) };
    }
    return this.entries.value;
  }

  /**
   * Document frequencies with a per-search memo. A catalog question word ("precio", "berapa",
   * "disponible") is counted in every product besides the sources that write it, because every
   * product answers it (see `catalog-words.ts`); so it is as common as the catalog is large. The
   * phrasing frequencies count it the same way, as if every product had a phrasing "how much is
   * it?": otherwise the best-phrasing score, which sees only FAQ phrasings, would still find
   * "cuanto cuesta" telling because one FAQ question uses it. Both are capped at the total.
   */
  frequencies(stats: Stats = this.collectionStats()): Frequencies & { docKnown(group: ScoringGroup): boolean } {
    const docs = new Map<string, number>();
    const phrasings = new Map<string, number>();
    const lookup = (memo: Map<string, number>, stmt: typeof this.statements.docDf, total: number, term: string) => {
      let n = memo.get(term);
      if (n === undefined) {
        n = (stmt.get(term) as { doc: number } | undefined)?.doc ?? 0;
        if (stats.catalog > 0 && catalogTerms().has(term)) n = Math.min(total, n + stats.catalog);
        memo.set(term, n);
      }
      return n;
    };
    const doc = (term: string) => lookup(docs, this.statements.docDf, stats.docs, term);
    return {
      doc,
      phrasing: (term) => lookup(phrasings, this.statements.phrasingDf, stats.phrasings, term),
      docKnown: (group) => group.variants.some((v) => doc(v) > 0),
    };
  }

  private messageGroups(message: string, freq: Frequencies & { docKnown(group: ScoringGroup): boolean }): ScoringGroup[] {
    const stem = stemmable(message);
    // A lexicon concept standing alone ("bao nhiêu" → #price) counts only when the shop uses it.
    return queryGroups(message).filter((g) => !isConceptTerm(g.token) || freq.docKnown({ token: g.token, variants: g.variants, weight: 1, inMessage: true })).map((g) => {
      const group: ScoringGroup = { token: g.token, variants: g.variants, weight: 1, inMessage: true, ...(g.phrases ? { phrases: g.phrases } : {}) };
      if (freq.docKnown(group)) return group;
      const fixes = this.typos.correct(g.token).filter((w) => freq.doc(w) > 0);
      if (fixes.length === 0) return group;
      return { ...group, variants: [...new Set(fixes.flatMap((w) => variants(w, stem)))], weight: TYPO_WEIGHT, corrected: fixes[0] };
    });
  }

  private historyGroups(history: readonly Turn[], current: ScoringGroup[], freq: Frequencies & { docKnown(group: ScoringGroup): boolean }): ScoringGroup[] {
    const seen = new Set(current.map((g) => g.token));
    const out: ScoringGroup[] = [];
    for (const turn of history.filter((t) => t.from === 'customer').slice(-HISTORY_TURNS)) {
      for (const g of queryGroups(turn.text)) {
        if (seen.has(g.token)) continue;
        seen.add(g.token);
        const group: ScoringGroup = { token: g.token, variants: g.variants, weight: HISTORY_WEIGHT, inMessage: false, ...(g.phrases ? { phrases: g.phrases } : {}) };
        if (freq.docKnown(group)) out.push(group);
      }
    }
    return out;
  }

  /** An FTS5 OR query over the terms, leaving out very common ones when rarer ones exist. */
  private matchQuery(terms: string[], df: (term: string) => number, total: number): string {
    const unique = [...new Set(terms)];
    const rare = unique.filter((t) => df(t) <= Math.max(50, total * COMMON_SHARE));
    return (rare.length > 0 ? rare : unique).map((t) => `"${t}"`).join(' OR ');
  }
}

/** A query ready for scoring (see `Retriever.prepare`); `entries` are the FAQ entry posteriors. */
export type PreparedQuery = { groups: ScoringGroup[]; freq: Frequencies; stats: Stats; entries: ReadonlyMap<string, number> };

/** Scores one source for a prepared query: its document terms and best phrasing score. */
export function scoreSource(sourceId: string, doc: DocTerms, bestPhrasing: number, query: PreparedQuery): Hit {
  const { groups, stats, freq } = query;
  const scored = scoreDoc(doc, groups, stats, freq);
  const lexical = scored.score > 0 ? combine(scored.score, bestPhrasing) : 0;
  const [kind, ...rest] = sourceId.split(':');
  return {
    sourceId,
    kind: kind === 'product' ? 'product' : 'faq',
    key: rest.join(':'),
    score: lexical,
    lexical,
    ...explained(groups, scored.matched, stats, freq),
    matched: groups.filter((g, i) => g.inMessage && scored.matched[i]).map(label),
    bridged: groups.filter((g, i) => g.inMessage && scored.bridged[i]).map(label),
  };
}

/** Drops sources that matched nothing, adds the entry model's evidence and keeps the best `limit`, best first. */
export function rankHits(hits: Hit[], limit: number, query: PreparedQuery): Hit[] {
  return withEntryEvidence(hits, query.entries)
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score || a.sourceId.localeCompare(b.sourceId))
    .slice(0, limit);
}

function label(group: ScoringGroup): string {
  return group.corrected ? `${group.token}→${group.corrected}` : group.token;
}

/** Parses a stored source row into term counts; a product also answers the catalog question words. */
export function toDocTerms(row: SourceRow): DocTerms {
  const tf = {} as DocTerms['tf'];
  for (const f of FIELDS) tf[f] = countTerms(row[f]);
  const len = { name: row.len_name, alts: row.len_alts, tags: row.len_tags, body: row.len_body };
  return row.source_id.startsWith('product:') ? { tf, len, product: true } : { tf, len };
}

