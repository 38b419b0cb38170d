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
import { keyBelongsTo, readModelKey, unreadableKeyError } from './model/model-key';

type ModelChannels = 'getModelConfig' | 'saveModelConfig' | 'testModelConnection' | 'getCostSummary';

/** Registers the model channels. */
export function modelHandlers(core: Core): HandlerMap<ModelChannels> {
  const view = async (): Promise<z.infer<typeof ModelConfig>> => {
    const config = core.modelConfig.get();
    // An unreadable store is shown as such, so the screen stays usable and can say why.
    // With the model off (no address) a kept key is still shown as saved.
    const key = await core.secrets.get(MODEL_KEY_SECRET).then(
      (value) => ({ hasApiKey: Boolean(value) && (config.baseUrl === '' || keyBelongsTo(config)), apiKeyUnreadable: false }),
      () => ({ hasApiKey: false, apiKeyUnreadable: true }),
    );
    return {
      provider: config.provider,
      baseUrl: config.baseUrl,
      model: config.model,
      embeddingModel: config.embeddingModel,
      ...key,
      allowLocalNetworkHttp: config.allowLocalNetworkHttp,
      timeoutMs: config.timeoutMs,
      prices: priceTable(config),
    };
  };
  // Unreadable counts as stored: it may hold a key, and clearing it then keeps a copy.
  const hasStoredKey = () => core.secrets.get(MODEL_KEY_SECRET).then(Boolean, () => true);
  return {
    getModelConfig: view,
    saveModelConfig: async (input) => {
      const before = core.modelConfig.get();
      const allowLocalNetworkHttp = input.allowLocalNetworkHttp ?? before.allowLocalNetworkHttp;
      const baseUrl = resolveBaseUrl(input.provider, input.baseUrl, { allowLocalNetwork: allowLocalNetworkHttp });
      // `null` clears the key; omitted (or blank, as an untouched password field sends) keeps it —
      // unless the address moved to another server: the old key must not follow it there.
      const typed = input.apiKey === null ? null : input.apiKey?.trim() || undefined;
      // No address (model off) sends the key nowhere, so it is kept for when the model is back.
      const moved = typed === undefined && baseUrl !== '' && !keyBelongsTo(before, baseUrl) && (await hasStoredKey());
      const key = moved ? null : typed;
      try {
        if (key === null) await core.secrets.delete(MODEL_KEY_SECRET);
        else if (key !== undefined) await core.secrets.set(MODEL_KEY_SECRET, key);
      } catch (error) {
        throw unreadableKeyError(error);
      }
      core.modelConfig.set({
        provider: input.provider,
        baseUrl,
        model: input.model.trim(),
        embeddingModel: input.embeddingModel?.trim() ?? before.embeddingModel,
        timeoutMs: input.timeoutMs,
        prices: input.prices ?? before.prices,
        apiKeyBaseUrl: key === undefined ? (before.apiKeyBaseUrl ?? before.baseUrl) : key === null ? undefined : baseUrl,
        allowLocalNetworkHttp,
      });
      // A new embedding model (or server) needs its own vectors; retrieval stays lexical meanwhile.
      core.embeddings.schedule();
      core.audit.record(actorOf(core), 'model.configured', 'model', {
        provider: input.provider,
        baseUrl,
        model: input.model.trim(),
        embeddingModel: core.modelConfig.get().embeddingModel,
        apiKey: moved ? 'cleared_other_server' : key === null ? 'cleared' : key === undefined ? 'kept' : 'changed',
        allowLocalNetworkHttp,
      });
      return view();
    },
    testModelConnection: async () => {
      const config = core.modelConfig.get();
      return testConnection(config, await readModelKey(core.secrets, config));
    },
    getCostSummary: ({ days }) => {
      const now = core.clock.now();
      const offsetMinutes = zoneOffsetMinutes(core.knowledge.profile()?.timezone, now);
      return { days: costSummary(core.db, { now, days, offsetMinutes }) };
    },
  };
}
