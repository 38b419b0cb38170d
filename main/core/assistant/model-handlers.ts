/**
 * Model channels: read and save the model settings (the key goes to the secret store and never
 * comes back), test the connection, and the per-day cost summary.
 */
import type { ModelConfig } from '../../contract/model-schemas';
import type { z } from 'zod';
import { actorOf } from '../app-handlers';
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';
import { costSummary, priceTable, zoneOffsetMinutes } from './model/cost';
import { testConnection } from './model/model-client';
import { MODEL_KEY_SECRET, resolveBaseUrl } from './model/model-config';

type ModelChannels = 'getModelConfig' | 'saveModelConfig' | 'testModelConnection' | 'getCostSummary';

/** Registers the model channels. */
export function modelHandlers(core: Core): HandlerMap<ModelChannels> {
  const view = async (): Promise<z.infer<typeof ModelConfig>> => {
    const config = core.modelConfig.get();
    return {
      provider: config.provider,
      baseUrl: config.baseUrl,
      model: config.model,
      embeddingModel: config.embeddingModel,
      hasApiKey: Boolean(await core.secrets.get(MODEL_KEY_SECRET)),
      timeoutMs: config.timeoutMs,
      prices: priceTable(config),
    };
  };
  return {
    getModelConfig: view,
    saveModelConfig: async (input) => {
      const baseUrl = resolveBaseUrl(input.provider, input.baseUrl);
      const before = core.modelConfig.get();
      // `null` clears the key; omitted (or blank, as an untouched password field sends) keeps it.
      const key = input.apiKey === null ? null : input.apiKey?.trim() || undefined;
      if (key === null) await core.secrets.delete(MODEL_KEY_SECRET);
      else if (key !== undefined) await core.secrets.set(MODEL_KEY_SECRET, key);
      core.modelConfig.set({
        provider: input.provider,
        baseUrl,
        model: input.model.trim(),
        embeddingModel: input.embeddingModel?.trim() ?? before.embeddingModel,
        timeoutMs: input.timeoutMs,
        prices: input.prices ?? before.prices,
      });
      // A new embedding model (or server) needs its own vectors; retrieval stays lexical meanwhile.
      core.embeddings.schedule();
      core.audit.record(actorOf(core), 'model.configured', 'model', {
        provider: input.provider,
        baseUrl,
        model: input.model.trim(),
        embeddingModel: core.modelConfig.get().embeddingModel,
        apiKey: key === null ? 'cleared' : key === undefined ? 'kept' : 'changed',
      });
      return view();
    },
    testModelConnection: async () => testConnection(core.modelConfig.get(), await core.secrets.get(MODEL_KEY_SECRET)),
    getCostSummary: ({ days }) => {
      const now = core.clock.now();
      const offsetMinutes = zoneOffsetMinutes(core.knowledge.profile()?.timezone, now);
      return { days: costSummary(core.db, { now, days, offsetMinutes }) };
    },
  };
}
