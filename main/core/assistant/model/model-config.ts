/**
 * The model endpoint the owner configured: provider presets, validation of the base URL, and a
 * small JSON-backed store in the data folder. The API key never lives here: it goes through the
 * core's `SecretStore` under `MODEL_KEY_SECRET`.
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { ModelPrice, ModelProvider } from '../../../contract/model-schemas';
import { isLoopbackHost, isPrivateNetworkHost } from '../../../contract/network-hosts';
import { AppError } from '../../platform/errors';

/** Name of the API key in the secret store. */
export const MODEL_KEY_SECRET = 'model.apiKey';

/** Base URLs of the presets; `custom` and `none` have none. */
export const PROVIDER_PRESETS: Record<Exclude<ModelProvider, 'none' | 'custom'>, string> = {
  openai: 'https://api.openai.com/v1',
  ollama: 'http://localhost:11434/v1',
  lmstudio: 'http://localhost:1234/v1',
  openrouter: 'https://openrouter.ai/api/v1',
};

/** What is stored (the renderer's view adds `hasApiKey` and the merged price table). */
export const StoredModelConfig = z.object({
  provider: ModelProvider,
  baseUrl: z.string(),
  model: z.string(),
  timeoutMs: z.number().int().min(1000).max(300_000),
  /**
   * The embedding model on the same server (e.g. `text-embedding-3-small`, `nomic-embed-text`);
   * empty turns semantic retrieval off. Defaulted so files written before it still load.
   */
  embeddingModel: z.string().default(''),
  /** The owner's price overrides, per model name; merged over `DEFAULT_PRICES`. */
  prices: z.record(z.string(), ModelPrice),
  /** The base URL the stored API key was saved for; the key goes to no other server (`model-key.ts`). */
  apiKeyBaseUrl: z.string().optional(),
  /**
   * The owner confirmed plain http:// to a server on the shop's own network (private address or
   * `.local` name): its traffic, key included, is readable by anyone on that network.
   */
  allowLocalNetworkHttp: z.boolean().default(false),
});
/** The stored model settings. */
export type StoredModelConfig = z.infer<typeof StoredModelConfig>;

/** A fresh install: no model, offline drafting. */
export const DEFAULT_MODEL_CONFIG: StoredModelConfig = {
  provider: 'none',
  baseUrl: '',
  model: '',
  embeddingModel: '',
  timeoutMs: 60_000,
  prices: {},
  allowLocalNetworkHttp: false,
};

/** Where the model configuration is kept. */
export interface ModelConfigStore {
  get(): StoredModelConfig;
  set(config: StoredModelConfig): void;
}

/**
 * A JSON file store (`model.json` in the data folder). Read on first use, not at construction,
 * and written atomically (temp file + rename) so a crash never leaves half a file.
 */
export function createJsonModelConfigStore(file: string): ModelConfigStore {
  let cached: StoredModelConfig | null = null;
  return {
    get() {
      if (cached) return cached;
      let raw: unknown = null;
      try {
        raw = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        // Missing or unreadable: the app works offline until the owner configures a model.
      }
      const parsed = StoredModelConfig.safeParse(raw);
      cached = parsed.success ? parsed.data : DEFAULT_MODEL_CONFIG;
      return cached;
    },
    set(config) {
      const value = StoredModelConfig.parse(config);
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      const temp = `${file}.tmp`;
      writeFileSync(temp, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
      chmodSync(temp, 0o600);
      renameSync(temp, file);
      cached = value;
    },
  };
}

/** An in-memory store (tests). */
export function memoryModelConfigStore(initial: Partial<StoredModelConfig> = {}): ModelConfigStore {
  let value: StoredModelConfig = { ...DEFAULT_MODEL_CONFIG, ...initial };
  return {
    get: () => value,
    set: (config) => {
      value = StoredModelConfig.parse(config);
    },
  };
}

export { isLoopbackHost, isPrivateNetworkHost };

/** How the owner may reach a model server over plain http. */
export type PlainHttpPolicy = { allowLocalNetwork: boolean };

/**
 * The base URL to use for a provider: the preset when none was typed. Refuses (bad_input) a URL
 * that is not http(s) or carries credentials. Plain http — the key and every customer message
 * unencrypted on the wire — goes to this computer, or to a private-network address once the
 * owner has confirmed it (`allowLocalNetwork`); never to a public host.
 */
export function resolveBaseUrl(provider: ModelProvider, typed: string, policy: PlainHttpPolicy = { allowLocalNetwork: false }): string {
  if (provider === 'none') return '';
  const text = typed.trim() || (provider === 'custom' ? '' : PROVIDER_PRESETS[provider]);
  if (!text) throw new AppError('bad_input', 'Enter the server address (base URL) of your model server.');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AppError('bad_input', `"${text}" is not a valid address; it should look like https://host/v1.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError('bad_input', 'The model server address must start with https:// (or http:// for this computer).');
  }
  if (url.username || url.password) throw new AppError('bad_input', 'Put the API key in the key field, not in the address.');
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    if (!isPrivateNetworkHost(url.hostname)) {
      throw new AppError('bad_input', 'Plain http:// is only allowed for a server on this computer (localhost) or on your own network; use https:// for any other server.');
    }
    if (!policy.allowLocalNetwork) {
      throw new AppError('bad_input', 'This server is on your own network over plain http://: confirm that unencrypted traffic on your network is acceptable, or use https://.');
    }
  }
  return url.toString().replace(/\/+$/, '');
}

/** Whether drafts should go to a model at all. */
export function isModelEnabled(config: StoredModelConfig): boolean {
  return config.provider !== 'none' && config.model.trim() !== '' && config.baseUrl !== '';
}

/** Whether retrieval should also use embeddings from the configured server. */
export function isEmbeddingEnabled(config: StoredModelConfig): boolean {
  return config.provider !== 'none' && config.baseUrl !== '' && config.embeddingModel.trim() !== '';
}
