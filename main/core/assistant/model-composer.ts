/**
 * The model composer: prompt, call, parse. Given the hits the pipeline already found and gated,
 * it asks the configured model for a cited reply and returns a value — a draft (or the model's
 * own "a person should reply"), or the fault. It holds no fallback and runs no guards: the
 * pipeline composes offline from the same hits on a fault, and guards every draft once. A
 * caller's cancel (`input.signal`) aborts the call and rejects with `DraftCancelled`.
 */
import type { NO_KNOWLEDGE_CONTEXTS } from '../../contract/reason-schemas';
import type { Language, ReviewReason, SourceRef } from '../../contract/schemas';
import type { KnowledgeRepo } from '../knowledge/knowledge-repo';
import type { Hit } from '../knowledge/retrieval';
import type { EventBus } from '../platform/events';
import type { Logger, SecretStore } from '../platform/ports';
import type { DraftFact } from './customer-facts';
import { DraftCancelled, type DraftInput, type DraftOutcome } from './drafter';
import { complete, type OutputMode, type Usage } from './model/completion';
import { costOf } from './model/cost';
import type { ModelDraft } from './model/draft-schema';
import { toFault, type ModelFault } from './model/faults';
import type { KnowledgeItem } from './model/knowledge-pack';
import { createModelClient } from './model/model-client';
import { MODEL_KEY_SECRET, isModelEnabled, type ModelConfigStore, type StoredModelConfig } from './model/model-config';
import { parseModelDraft } from './model/parse';
import { promptFromHits } from './model/prepare';
import { DEFAULT_STOCK_DISPLAY, type StockDisplay } from './stock-display';
import { estimateTokens } from './model/prompt';
import type { Composed } from './offline-composer';
import { REASONS } from './offline-composer';


/** Below this self-reported confidence a model draft goes to a person instead. */
export const MIN_CONFIDENCE = 0.35;

const POLICY: ReviewReason = { code: 'policy_quoted', message: 'States a shop policy; check it fits the question.', params: {} };

type Cost = NonNullable<DraftOutcome['cost']>;
type NoKnowledgeContext = (typeof NO_KNOWLEDGE_CONTEXTS)[number];

/** What the model composer needs, injected by the composition root. */
export type ModelComposerDeps = {
  knowledge: KnowledgeRepo;
  config: ModelConfigStore;
  secrets: SecretStore;
  logger: Logger;
  bus: EventBus;
  /** SDK retries (capped at 2); tests lower it. */
  maxRetries?: number;
};

/**
 * The model's answer: a draft (`route: 'answer'`) or its own handoff with the reason, with the
 * ids it was shown (the source guard's "retrieved"); or a fault — `fault: null` when the model
 * was not asked because no hit was worth showing it.
 */
export type ModelComposition =
  | { ok: true; route: 'answer' | 'handoff'; composed: Composed; shownIds: ReadonlySet<string>; drafter: string; cost: Cost }
  | { ok: false; fault: ModelFault | null; cost: Cost | null };

/** Composes replies with the configured model. */
export class ModelComposer {
  /** The answer format each server accepted last time, so a 400 is paid once, not per draft. */
  private readonly modes = new Map<string, OutputMode>();

  constructor(private readonly deps: ModelComposerDeps) {}

  /** Whether a model is configured now (read per draft: the owner may change it any time). */
  enabled(): boolean {
    return isModelEnabled(this.deps.config.get());
  }

  async compose(
    input: DraftInput,
    language: Language,
    hits: readonly Hit[],
    stock: StockDisplay = DEFAULT_STOCK_DISPLAY,
    facts: readonly DraftFact[] = [],
  ): Promise<ModelComposition> {
    const config = this.deps.config.get();
    const { items, prompt } = promptFromHits(this.deps.knowledge, input, language, hits, stock, facts);
    // Nothing worth showing: a model would only guess, so it is never asked.
    if (!prompt) return { ok: false, fault: null, cost: null };

    const given = new Set(items.map((i) => i.id));
    let usage: Usage | null = null;
    try {
      const client = await createModelClient(config, await this.deps.secrets.get(MODEL_KEY_SECRET), { maxRetries: this.deps.maxRetries });
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
      return fromModel(draft, items, config, costOf(config, usage));
    } catch (error) {
      if (error instanceof DraftCancelled) throw error;
      const fault = toFault(error, { timeoutMs: config.timeoutMs, model: config.model });
      this.deps.logger.warn({ kind: fault.kind, model: config.model }, 'model draft failed; the pipeline composes offline');
      const spent = fault.usage ?? usage;
      return { ok: false, fault, cost: spent ? costOf(config, spent) : null };
    }
  }

  private progress(input: DraftInput, text: string): void {
    if (input.conversationId === undefined || input.messageId === undefined) return;
    this.deps.bus.emit('draftProgress', { conversationId: input.conversationId, messageId: input.messageId, text });
  }
}

/** The parsed model draft as the pipeline's value: its reply with what it cites, or its handoff. */
function fromModel(draft: ModelDraft, items: readonly KnowledgeItem[], config: StoredModelConfig, cost: Cost): ModelComposition {
  const drafter = `model:${config.model}`;
  const shownIds = new Set(items.map((i) => i.id));
  const byId = new Map(items.map((i) => [i.id, i]));
  const citedIds = [...new Set([...draft.sources, ...draft.claims.map((c) => c.sourceId)])];
  const cited = citedIds.map((id) => byId.get(id)!).filter(Boolean);
  const sources: SourceRef[] = cited.map((i) => i.ref);
  const citedProducts = cited.flatMap((i) => (i.product ? [i.product] : []));
  const citedFaqs = cited.flatMap((i) => (i.faq ? [i.faq] : []));
  if (draft.needsPerson || !draft.reply.trim() || draft.confidence < MIN_CONFIDENCE) {
    const said = clip(draft.reason.trim(), 200);
    const why = said ? `: ${said}` : '.';
    const declined = draft.needsPerson || !draft.reply.trim();
    const message = declined ? `The model says a person should reply${why}` : `The model is not confident enough to draft this${why}`;
    const context: NoKnowledgeContext = declined ? 'model_declined' : 'model_unsure';
    const params = { context, ...(said ? { quote: said, via: 'model' } : {}) };
    const reasons: ReviewReason[] = [{ code: 'no_knowledge', message, params }];
    return { ok: true, route: 'handoff', composed: { text: '', sources, reasons, citedProducts, citedFaqs }, shownIds, drafter, cost };
  }
  const reasons: ReviewReason[] = [REASONS.approval];
  if (citedFaqs.some((f) => f.kind === 'policy')) reasons.push(POLICY);
  return { ok: true, route: 'answer', composed: { text: draft.reply.trim(), sources, reasons, citedProducts, citedFaqs }, shownIds, drafter, cost };
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
