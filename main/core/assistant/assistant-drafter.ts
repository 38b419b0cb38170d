/**
 * The drafter the core uses: a model when the owner configured one, else the offline drafter.
 * Triage runs first (handoffs and opt-outs never reach a model); the model sees only the few
 * sources retrieval found relevant and must cite them; any fault falls back to the offline
 * draft, or to a person, with the reason on the card. Every draft, model or offline, goes
 * through the guards. A caller's cancel (`input.signal`) aborts the model call and rejects with
 * `DraftCancelled` — no fallback: nobody is waiting for that draft any more.
 */
import type { NO_KNOWLEDGE_CONTEXTS, REASON_THEN } from '../../contract/reason-schemas';
import type { Language, ReviewReason, SourceRef } from '../../contract/schemas';
import { otherCustomerNamesAmong } from '../inbox/customer-names';
import type { KnowledgeRepo } from '../knowledge/knowledge-repo';
import type { KnowledgeSearch } from '../knowledge/knowledge-search';
import type { Retriever } from '../knowledge/retrieval';
import type { EventBus } from '../platform/events';
import type { Logger, SecretStore } from '../platform/ports';
import type { Database } from '../storage/database';
import { DraftCancelled, type DraftInput, type DraftOutcome, type Drafter } from './drafter';
import { runGuards } from './guards/guards';
import type { OtherCustomers } from './guards/private-data';
import { complete, type OutputMode, type Usage } from './model/completion';
import { costOf } from './model/cost';
import type { ModelDraft } from './model/draft-schema';
import { toFault, type ModelFault } from './model/faults';
import type { KnowledgeItem } from './model/knowledge-pack';
import { createModelClient } from './model/model-client';
import { MODEL_KEY_SECRET, isModelEnabled, type ModelConfigStore, type StoredModelConfig } from './model/model-config';
import { parseModelDraft } from './model/parse';
import { SEARCH_LIMIT, customerLanguage, prepareModelPrompt } from './model/prepare';
import { RULES, estimateTokens, type BuiltPrompt } from './model/prompt';
import { REASONS } from './offline-drafter';
import { triage } from './triage';

/** Below this self-reported confidence a model draft goes to a person instead. */
export const MIN_CONFIDENCE = 0.35;

const APPROVAL: ReviewReason = REASONS.approval;
const POLICY: ReviewReason = { code: 'policy_quoted', message: 'States a shop policy; check it fits the question.', params: {} };

/** What the drafter needs, injected by the composition root. */
export type AssistantDrafterDeps = {
  knowledge: KnowledgeRepo;
  retriever: Retriever;
  /** Fused retrieval when embeddings are configured; without it the search is lexical. */
  search?: KnowledgeSearch;
  /** Drafts when no model is configured, and whenever the model fails. */
  offline: Drafter;
  /** Read for the private-data guard (other customers' names). */
  db: Database;
  config: ModelConfigStore;
  secrets: SecretStore;
  logger: Logger;
  bus: EventBus;
  /** SDK retries (capped at 2); tests lower it. */
  maxRetries?: number;
};

type Triaged = ReturnType<typeof triage>;
type NoKnowledgeContext = (typeof NO_KNOWLEDGE_CONTEXTS)[number];
type ReasonThen = (typeof REASON_THEN)[number];

/** Model-backed drafting with offline fallback and guards. */
export class AssistantDrafter implements Drafter {
  /** The answer format each server accepted last time, so a 400 is paid once, not per draft. */
  private readonly modes = new Map<string, OutputMode>();

  constructor(private readonly deps: AssistantDrafterDeps) {}

  async draft(input: DraftInput): Promise<DraftOutcome> {
    const config = this.deps.config.get();
    const routed = triage(input.message, { history: input.history });
    const language = customerLanguage(input, routed);
    if (!isModelEnabled(config) || routed.route !== 'answer') return this.offline(input, language);

    const found = this.deps.search ? (await this.deps.search.search(input.message, { history: input.history, limit: SEARCH_LIMIT })).hits : undefined;
    const { items, prompt } = prepareModelPrompt(this.deps, input, language, found);
    // Nothing relevant: a model would only guess, so it is never asked.
    if (!prompt) return this.offline(input, language);

    const given = new Set(items.map((i) => i.id));
    let usage: Usage | null = null;
    try {
      const client = createModelClient(config, await this.deps.secrets.get(MODEL_KEY_SECRET), { maxRetries: this.deps.maxRetries });
      const key = `${config.baseUrl}\n${config.model}`;
      const result = await complete(
        { client, model: config.model, messages: prompt.messages, idleMs: config.timeoutMs, onReply: (text) => this.progress(input, text), signal: input.signal },
        this.modes.get(key) ?? 'json_schema',
        config.timeoutMs,
      );
      this.modes.set(key, result.mode);
      // Servers that send no usage get an estimate, so the meter never reads zero for paid work.
      usage = result.usage ?? { promptTokens: prompt.tokens, completionTokens: estimateTokens(result.text) };
      const draft = parseModelDraft(result.text, result.mode, given, usage);
      return this.fromModel(draft, { input, language, items, prompt, config, usage, routed });
    } catch (error) {
      if (error instanceof DraftCancelled) throw error;
      const fault = toFault(error, { timeoutMs: config.timeoutMs, model: config.model });
      this.deps.logger.warn({ kind: fault.kind, model: config.model }, 'model draft failed; falling back');
      return this.fallback(input, language, fault, config, fault.usage ?? usage);
    }
  }

  private progress(input: DraftInput, text: string): void {
    if (input.conversationId === undefined || input.messageId === undefined) return;
    this.deps.bus.emit('draftProgress', { conversationId: input.conversationId, messageId: input.messageId, text });
  }

  private fromModel(
    draft: ModelDraft,
    ctx: { input: DraftInput; language: Language; items: KnowledgeItem[]; prompt: BuiltPrompt; config: StoredModelConfig; usage: Usage; routed: Triaged },
  ): DraftOutcome {
    const { input, items, config } = ctx;
    const flags = ctx.routed.flags;
    const cost = costOf(config, ctx.usage);
    const drafter = `model:${config.model}`;
    const byId = new Map(items.map((i) => [i.id, i]));
    const citedIds = [...new Set([...draft.sources, ...draft.claims.map((c) => c.sourceId)])];
    const cited = citedIds.map((id) => byId.get(id)!).filter(Boolean);
    const sources: SourceRef[] = cited.map((i) => i.ref);
    if (draft.needsPerson || !draft.reply.trim() || draft.confidence < MIN_CONFIDENCE) {
      const said = clip(draft.reason.trim(), 200);
      const why = said ? `: ${said}` : '.';
      const declined = draft.needsPerson || !draft.reply.trim();
      const message = declined ? `The model says a person should reply${why}` : `The model is not confident enough to draft this${why}`;
      const context: NoKnowledgeContext = declined ? 'model_declined' : 'model_unsure';
      const params = { context, ...(said ? { quote: said, via: 'model' } : {}) };
      return { route: 'handoff', text: '', sources, reasons: [{ code: 'no_knowledge', message, params }], drafter, cost, flags };
    }
    const reasons: ReviewReason[] = [APPROVAL];
    if (cited.some((i) => i.faq?.kind === 'policy')) reasons.push(POLICY);
    reasons.push(
      ...runGuards({
        reply: draft.reply,
        citedIds,
        retrievedIds: new Set(items.map((i) => i.id)),
        citedProducts: cited.flatMap((i) => (i.product ? [i.product] : [])),
        citedFaqs: cited.flatMap((i) => (i.faq ? [i.faq] : [])),
        profile: this.deps.knowledge.profile(),
        customerText: `${input.customerName}\n${input.message}`,
        otherCustomers: this.otherCustomers(input),
        language: ctx.language,
        instructions: RULES,
      }),
    );
    return { route: 'answer', text: draft.reply.trim(), sources, reasons, drafter, cost, flags };
  }

  /** The offline draft with the guards' reasons added (it quotes, so they rarely fire). */
  private async offline(input: DraftInput, language: Language): Promise<DraftOutcome> {
    const outcome = await this.deps.offline.draft(input);
    if (outcome.route !== 'answer' || !outcome.text.trim()) return outcome;
    const ids = outcome.sources.map((s) => s.id);
    const key = (prefix: string) => ids.filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length));
    const guards = runGuards({
      reply: outcome.text,
      citedIds: ids,
      retrievedIds: new Set(ids),
      citedProducts: [...this.deps.knowledge.productsBySku(key('product:')).values()],
      citedFaqs: [...this.deps.knowledge.faqsById(key('faq:')).values()],
      profile: this.deps.knowledge.profile(),
      customerText: `${input.customerName}\n${input.message}`,
      otherCustomers: this.otherCustomers(input),
      language,
      instructions: RULES,
    });
    return guards.length > 0 ? { ...outcome, reasons: [...outcome.reasons, ...guards] } : outcome;
  }

  /** After a fault: the offline draft when it has one, else a person; the card says why. */
  private async fallback(input: DraftInput, language: Language, fault: ModelFault, config: StoredModelConfig, usage: Usage | null): Promise<DraftOutcome> {
    const outcome = await this.offline(input, language);
    const cost = usage ? costOf(config, usage) : null;
    const hasDraft = outcome.route === 'answer' && outcome.text.trim() !== '';
    const reason: ReviewReason = {
      code: 'model_error',
      message: `${fault.message} ${hasDraft ? 'This is the offline draft instead; check it.' : 'A person should reply.'}`,
      params: { context: fault.kind, ...fault.params, then: (hasDraft ? 'offline_draft' : 'person') satisfies ReasonThen },
    };
    if (hasDraft) return { ...outcome, reasons: [reason, ...outcome.reasons], cost };
    return {
      route: 'handoff',
      text: '',
      sources: outcome.sources,
      reasons: [reason, ...outcome.reasons.filter((r) => r.code !== 'approval_required')],
      drafter: outcome.drafter,
      cost,
      flags: outcome.flags,
    };
  }

  /** Other customers' names the reply may contain, looked up by its words in the name index. */
  private otherCustomers(input: DraftInput): OtherCustomers {
    return (words, foldedReply) => otherCustomerNamesAmong(this.deps.db, words, input, foldedReply);
  }
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
