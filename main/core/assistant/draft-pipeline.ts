/**
 * Drafting as one pipeline, read top to bottom: assemble the turn → triage once → (a handoff or
 * an opt-out returns) → small talk gets its short reply → search once (fused when configured;
 * a follow-up the turn alone does not cover searches once more with the subject of an earlier
 * turn) → the gate → compose (the model when configured, else offline; a model fault comes
 * back as a value and the same hits are composed offline) → guards once → the outcome, with
 * every step's result in `steps`. The inspect box runs the same steps up to the gate (`preview`).
 * Offline, a turn of several questions is searched and gated once per part instead
 * (`turn-parts.ts`, `part-answers.ts`); the whole turn is searched only when no part is covered.
 */
import type { Language, ReviewReason, Settings } from '../../contract/schemas';
import { otherCustomerNamesAmong } from '../inbox/customer-names';
import type { KnowledgeRepo } from '../knowledge/knowledge-repo';
import type { RetrievalResult } from '../knowledge/knowledge-search';
import type { RetrievalOptions } from '../knowledge/retrieval';
import type { Database } from '../storage/database';
import type { DraftFact } from './customer-facts';
import type { DraftInput, DraftOutcome, DraftSteps, Drafter } from './drafter';
import { GATE, wouldAnswer, type GateVerdict } from './gate';
import { runGuards } from './guards/guards';
import type { OtherCustomers } from './guards/private-data';
import { followUpQuery } from './follow-up';
import { matchEvidence } from './match-evidence';
import type { ModelComposer } from './model-composer';
import type { ModelFault } from './model/faults';
import { customerLanguage, SEARCH_LIMIT } from './model/prepare';
import { RULES } from './model/prompt';
import { REASONS, composeOffline, composeSmallTalk, type Composed } from './offline-composer';
import { answerParts } from './part-answers';
import { readSmallTalk, type TurnReading } from './small-talk';
import { stockDisplayOf } from './stock-display';
import { triage, type TriageResult } from './triage';
import { asksSomething, turnParts } from './turn-parts';

/** Hits an offline draft is composed from (the model gets a wider list to choose from). */
const OFFLINE_LIMIT = 8;

/** What the pipeline is built from; `triage` and `guards` default to the real ones (tests count them). */
export type DraftPipelineDeps = {
  knowledge: KnowledgeRepo;
  /** Retrieval: lexical, fused with embeddings when configured (`KnowledgeSearch`). */
  search: { search(message: string, options?: RetrievalOptions): Promise<RetrievalResult> };
  /** Absent: every draft is offline. */
  model?: ModelComposer;
  /** Read for the private-data guard (other customers' names). */
  db: Database;
  triage?: typeof triage;
  guards?: typeof runGuards;
  /** The owner's settings offline drafts follow (stock display); absent: the defaults. */
  settings?: () => Pick<Settings, 'stockDisplay' | 'lowStockThreshold'>;
  /**
   * The approved facts of the customer a conversation belongs to (`CustomersRepo.approvedFacts`):
   * read by the draft's own conversation id, so another customer's facts never reach it.
   */
  facts?: (conversationId: number) => DraftFact[];
};

/** The steps up to the gate, as the inspect box shows them. */
export type Preview = { triage: TriageResult; turn: TurnReading; found: RetrievalResult | null; verdict: GateVerdict | null };

/** Triage, search, gate, compose, guard: each once per draft. */
export class DraftPipeline implements Drafter {
  private readonly triage: typeof triage;
  private readonly guards: typeof runGuards;

  constructor(private readonly deps: DraftPipelineDeps) {
    this.triage = deps.triage ?? triage;
    this.guards = deps.guards ?? runGuards;
  }

  async draft(input: DraftInput): Promise<DraftOutcome> {
    const turn = this.assemble(input.message);
    const routed = this.triage(input.message, { history: input.history });
    const flags = routed.flags;
    const steps: DraftSteps = {
      triage: { route: routed.route, reasons: routed.reasons.map((r) => r.code), flags, language: routed.language },
      turn: { smallTalk: turn.smallTalk?.kind ?? null, trimmed: turn.trimmed },
    };
    const noDraft = (route: 'handoff' | 'optout', reasons: ReviewReason[], extra: Partial<DraftOutcome> = {}): DraftOutcome => ({
      route, text: '', sources: [], reasons, drafter: 'offline', flags, steps, ...extra,
    });
    if (routed.route !== 'answer') return noDraft(routed.route, routed.reasons);
    // One greeting per conversation: only while the shop has not written in it yet.
    const greet = !input.history.some((h) => h.from === 'shop');
    const stock = stockDisplayOf(this.deps.settings?.() ?? {});

    if (turn.smallTalk) {
      const language = turn.smallTalk.languages.includes(input.language) ? input.language : (turn.smallTalk.languages[0] ?? input.language);
      steps.gate = { covered: true, why: 'small_talk' };
      steps.composer = 'small_talk';
      const composed = composeSmallTalk(turn.smallTalk.kind, { shopName: this.shopName(), language, customerName: input.customerName, greet });
      return this.guarded(composed, { input, language, flags, steps, drafter: 'offline', shownIds: new Set() });
    }

    const language = customerLanguage(input, routed);
    const model = this.deps.model?.enabled() ? this.deps.model : undefined;
    // The reply is written in the language the customer writes (what the language guard expects),
    // and quotes the owner's translation of an answer in it when there is one.
    // The approved facts of this conversation's own customer (none for a test run).
    const facts = input.conversationId === undefined ? [] : (this.deps.facts?.(input.conversationId) ?? []);
    const shape = { knowledge: this.deps.knowledge, language, customerName: input.customerName, greet, stock, facts };
    // Several questions in one turn, offline: each part is searched and gated on its own, answered
    // when covered and named on the card when not. When no part is covered alone, the whole turn is;
    // so is a turn whose whole search leads with a source no part leads with (one question told in
    // several sentences). A part that asks nothing is the questions' context, not a question: only
    // the parts that ask are answered ("compré unas tijeras y no las usé, ¿las puedo regresar?").
    const pieces = model ? [] : turnParts(turn.rest);
    const parts = askingParts(pieces);
    if (parts.length > 1 || (parts.length === 1 && pieces.length > 1)) {
      const search = (part: string) => this.deps.search.search(part, { history: input.history, limit: OFFLINE_LIMIT });
      const whole = wouldAnswer(await search(turn.rest), turn.rest);
      const answered = await answerParts(parts, search, shape, steps, whole.covered ? whole.top?.sourceId : undefined);
      // The context is recorded as a part not answered on its own: the reply rests on the question
      // alone, which is for a person to check, never for the autopilot to send (see `send-gate.ts`).
      for (const piece of pieces) if (!parts.includes(piece)) steps.parts?.push({ text: piece, covered: false, top: null, match: null });
      if (answered) {
        steps.gate = { covered: true, why: 'covered' };
        steps.composer = 'offline';
        return this.guarded(answered, { input, language, flags, steps, drafter: 'offline', facts });
      }
    }
    const { found, verdict } = await this.find(input, turn, model ? SEARCH_LIMIT : OFFLINE_LIMIT, steps);
    steps.gate = { covered: verdict.covered, why: verdict.why };
    if (!verdict.covered || !verdict.top) return noDraft('handoff', [REASONS.noKnowledge]);

    const offline = () => composeOffline({ ...shape, hits: found.hits, top: verdict.top!, question: turn.rest });
    if (!model) {
      steps.composer = 'offline';
      const composed = offline();
      if (!composed) return noDraft('handoff', [REASONS.noKnowledge]);
      return this.guarded(composed, { input, language, flags, steps, drafter: 'offline', facts });
    }

    const result = await model.compose(input, language, found.hits, stock, facts);
    if (result.ok) {
      steps.composer = 'model';
      const { composed, drafter, cost } = result;
      if (result.route === 'handoff') return noDraft('handoff', composed.reasons, { sources: composed.sources, drafter, cost });
      return this.guarded(composed, { input, language, flags, steps, drafter, cost, shownIds: result.shownIds, facts });
    }
    // The model failed (or was not asked): the same hits, composed offline; the card says why.
    steps.composer = 'offline';
    steps.fallback = result.fault?.kind ?? 'not_asked';
    const composed = offline();
    const reason = result.fault ? faultReason(result.fault, composed !== null) : null;
    const cost = result.fault ? result.cost : undefined;
    if (!composed) return noDraft('handoff', reason ? [reason, REASONS.noKnowledge] : [REASONS.noKnowledge], cost === undefined ? {} : { cost });
    const reasons = reason ? [reason, ...composed.reasons] : composed.reasons;
    return this.guarded({ ...composed, reasons }, { input, language, flags, steps, drafter: 'offline', cost, facts });
  }

  /** The steps up to the gate for one message with no history: what the inspect box shows. */
  async preview(message: string, limit: number): Promise<Preview> {
    const turn = this.assemble(message);
    const routed = this.triage(message, { history: [] });
    if (routed.route !== 'answer' || turn.smallTalk) return { triage: routed, turn, found: null, verdict: null };
    const found = await this.deps.search.search(turn.rest, { limit });
    return { triage: routed, turn, found, verdict: wouldAnswer(found, turn.rest) };
  }

  /** The turn as retrieval should read it: small talk recognised, a greeting or thanks cut off. */
  private assemble(message: string): TurnReading {
    const name = this.shopName();
    return readSmallTalk(message, name ? [name] : []);
  }

  /**
   * Searches the turn once. A short turn the gate does not cover — or covers only on words that
   * tell nothing ("and in size L?" matches every sized product) — reads like a follow-up: it is
   * searched once more with the subject of the customer's earlier turns, and that search is kept
   * when the gate covers it, it leads with a source matching the carried subject, and it matches
   * better than the turn alone ("do you deliver it?" stays a shipping question). Recorded in steps.
   */
  private async find(input: DraftInput, turn: TurnReading, limit: number, steps: DraftSteps): Promise<{ found: RetrievalResult; verdict: GateVerdict }> {
    const options = { history: input.history, limit };
    const found = await this.deps.search.search(turn.rest, options);
    const verdict = wouldAnswer(found, turn.rest);
    steps.search = { query: turn.rest, top: topOf(found), semantic: found.semantic.state, match: matchEvidence(found, verdict, turn.rest) };
    if (verdict.covered && verdict.top && verdict.top.evidence >= GATE.evidence) return { found, verdict };
    const followUp = followUpQuery(turn.rest, found, input.history, (text) => this.assemble(text).rest);
    if (!followUp) return { found, verdict };
    const again = await this.deps.search.search(followUp.query, options);
    const second = wouldAnswer(again, followUp.query);
    const carried = second.top?.matched.map((w) => w.split('→')[0]!).filter((w) => followUp.subjectWords.has(w)) ?? [];
    const stronger = !verdict.covered || (second.top?.lexical ?? 0) > (verdict.top?.lexical ?? 0);
    if (!second.covered || carried.length === 0 || !stronger) return { found, verdict };
    steps.search = {
      query: followUp.query,
      top: topOf(again),
      semantic: again.semantic.state,
      subject: { from: 'history', text: followUp.subject, words: carried },
      match: matchEvidence(again, second, followUp.query),
    };
    return { found: again, verdict: second };
  }

  /** Runs the guards once over a composed reply and builds the outcome. */
  private guarded(
    composed: Composed,
    ctx: {
      input: DraftInput; language: Language; flags: string[]; steps: DraftSteps; drafter: string; cost?: DraftOutcome['cost'];
      shownIds?: ReadonlySet<string>; facts?: readonly DraftFact[];
    },
  ): DraftOutcome {
    const { input } = ctx;
    const citedIds = composed.sources.map((s) => s.id);
    const guards = this.guards({
      reply: composed.text,
      citedIds,
      retrievedIds: ctx.shownIds ?? new Set(citedIds),
      citedProducts: composed.citedProducts,
      citedFaqs: composed.citedFaqs,
      profile: this.deps.knowledge.profile(),
      // What the customer told the shop (their approved facts) is theirs, not someone else's data.
      customerText: [input.customerName, input.message, ...(ctx.facts ?? []).map((f) => f.text)].join('\n'),
      otherCustomers: this.otherCustomers(input),
      language: ctx.language,
      instructions: RULES,
    });
    ctx.steps.guards = guards.map((g) => g.code);
    ctx.steps.language = ctx.language;
    const outcome: DraftOutcome = {
      route: 'answer',
      text: composed.text,
      sources: composed.sources,
      reasons: [...composed.reasons, ...guards],
      drafter: ctx.drafter,
      flags: ctx.flags,
      steps: ctx.steps,
    };
    return ctx.cost === undefined ? outcome : { ...outcome, cost: ctx.cost };
  }

  private shopName(): string | null {
    return this.deps.knowledge.profile()?.name.trim() || null;
  }

  /** Other customers' names the reply may contain, looked up by its words in the name index. */
  private otherCustomers(input: DraftInput): OtherCustomers {
    return (words, foldedReply) => otherCustomerNamesAmong(this.deps.db, words, input, foldedReply);
  }
}

/** The card's line for a model fault: what failed, and whether an offline draft stands in. */
function faultReason(fault: ModelFault, offlineDraft: boolean): ReviewReason {
  return {
    code: 'model_error',
    message: `${fault.message} ${offlineDraft ? 'This is the offline draft instead; check it.' : 'A person should reply.'}`,
    params: { context: fault.kind, ...fault.params, then: offlineDraft ? 'offline_draft' : 'person' },
  };
}

/**
 * The parts of a turn to answer one by one: those that ask something, when some parts only tell
 * (their context); all of them when every part asks; none when nothing asks (the turn is answered
 * whole: "I paid with my card and was charged a fee").
 */
function askingParts(parts: readonly string[]): string[] {
  const asking = parts.filter(asksSomething);
  return asking.length === 0 ? [] : asking.length < parts.length ? asking : [...parts];
}

function topOf(found: RetrievalResult): Array<{ id: string; score: number; coverage: number }> {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return found.hits.slice(0, 3).map((h) => ({ id: h.sourceId, score: round(h.score), coverage: round(h.coverage) }));
}
