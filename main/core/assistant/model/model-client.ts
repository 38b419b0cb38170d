/**
 * The OpenAI SDK client for the configured server, and the connection test. Every option the
 * SDK would otherwise read from the environment (key, base URL, organisation, log level) is set
 * here, so nothing outside the owner's settings decides where customer text goes.
 */
import { performance } from 'node:perf_hooks';
import type { OpenAI } from 'openai';
import type { ConnectionTest } from '../../../contract/model-schemas';
import type { z } from 'zod';
import { toFault } from './faults';
import { loadOpenAiSdk } from './openai-sdk';
import type { StoredModelConfig } from './model-config';

/** Retries after 429/5xx/timeouts; the SDK backs off (and honours retry-after) between them. */
export const MAX_RETRIES = 2;

/**
 * A client for `config`; local servers need no key, so a placeholder keeps the SDK quiet. Loads
 * the SDK on first use (see `openai-sdk.ts`).
 */
export async function createModelClient(config: StoredModelConfig, apiKey: string | null, options: { maxRetries?: number } = {}): Promise<OpenAI> {
  const { OpenAI } = await loadOpenAiSdk();
  return new OpenAI({
    apiKey: apiKey || 'no-key',
    adminAPIKey: null,
    organization: null,
    project: null,
    webhookSecret: null,
    baseURL: config.baseUrl,
    timeout: config.timeoutMs,
    maxRetries: Math.min(MAX_RETRIES, Math.max(0, options.maxRetries ?? MAX_RETRIES)),
    // The SDK's own logging could print request bodies, which hold customer messages.
    logLevel: 'off',
  });
}

type Test = z.infer<typeof ConnectionTest>;

/**
 * Lists the server's models (where it has the endpoint) and says whether the configured model
 * is among them. Never throws: a failure is a result with a plain message.
 */
export async function testConnection(config: StoredModelConfig, apiKey: string | null): Promise<Test> {
  if (config.provider === 'none' || !config.baseUrl) {
    return { ok: false, latencyMs: 0, models: [], message: 'No model is configured; drafts come from the offline drafter.' };
  }
  const client = await createModelClient(config, apiKey, { maxRetries: 0 });
  const started = performance.now();
  try {
    const models: string[] = [];
    for await (const model of client.models.list()) {
      models.push(model.id);
      if (models.length >= 500) break;
    }
    models.sort((a, b) => a.localeCompare(b));
    const latencyMs = Math.round(performance.now() - started);
    if (!config.model) return { ok: true, latencyMs, models, message: `Connected; pick one of ${models.length} models.` };
    const known = models.length === 0 || models.includes(config.model);
    return {
      ok: known,
      latencyMs,
      models,
      message: known ? `Connected; "${config.model}" is available.` : `Connected, but the server has no model named "${config.model}".`,
    };
  } catch (error) {
    const latencyMs = Math.round(performance.now() - started);
    // Some servers have no model list; that alone does not make the connection bad.
    if (error instanceof (await loadOpenAiSdk()).NotFoundError) {
      return { ok: true, latencyMs, models: [], message: 'Connected; this server does not list its models, so type the model name.' };
    }
    return { ok: false, latencyMs, models: [], message: toFault(error, { timeoutMs: config.timeoutMs, model: config.model }).message };
  }
}
