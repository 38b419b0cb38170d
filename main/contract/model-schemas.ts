/**
 * Schemas for the AI model endpoint the owner configures (any OpenAI-compatible server).
 */
import { z } from 'zod';

/** Known presets; `custom` takes any base URL. */
export const ModelProvider = z.enum(['none', 'openai', 'ollama', 'lmstudio', 'openrouter', 'custom']);
export type ModelProvider = z.infer<typeof ModelProvider>;

/** Price per million tokens, in US dollars, for the cost meter (editable). */
export const ModelPrice = z.object({ inputPerMTok: z.number().min(0), outputPerMTok: z.number().min(0) });

/** The model configuration as the renderer sees it: never the API key itself. */
export const ModelConfig = z.object({
  provider: ModelProvider,
  baseUrl: z.string(),
  model: z.string(),
  /** Embedding model on the same server; empty = retrieval by words only. */
  embeddingModel: z.string(),
  hasApiKey: z.boolean(),
  /** A key may be stored but the secret store cannot be read (damaged file, locked keychain). */
  apiKeyUnreadable: z.boolean(),
  /** The owner confirmed plain http:// to a server on the shop's own network. */
  allowLocalNetworkHttp: z.boolean(),
  timeoutMs: z.number().int().min(1000).max(300_000),
  prices: z.record(z.string(), ModelPrice),
});
export type ModelConfig = z.infer<typeof ModelConfig>;

export const SaveModelConfigInput = z
  .object({
    provider: ModelProvider,
    baseUrl: z.string().max(500),
    model: z.string().max(200),
    /** Embedding model for semantic retrieval; empty turns it off; omitted keeps the stored one. */
    embeddingModel: z.string().max(200).optional(),
    /**
     * A new key; `null` clears it; omitted keeps the stored one — only while the base URL stays
     * on the same server (scheme, host, port): a key is never sent to a server it was not saved for.
     */
    apiKey: z.string().max(500).nullable().optional(),
    /** Confirms plain http:// to a private-network address (10/8, 172.16/12, 192.168/16, link-local, .local). */
    allowLocalNetworkHttp: z.boolean().optional(),
    timeoutMs: z.number().int().min(1000).max(300_000).default(60_000),
    prices: z.record(z.string(), ModelPrice).optional(),
  })
  .strict();

export const ConnectionTest = z.object({
  ok: z.boolean(),
  latencyMs: z.number(),
  models: z.array(z.string()),
  message: z.string(),
});

/** Model drafts, their tokens and estimated US dollars. */
const Spend = z.object({ drafts: z.number().int(), promptTokens: z.number().int(), completionTokens: z.number().int(), usd: z.number() });

/** Per day: all model spend (queue drafts and test runs), and `tests`, the test runs' part of it. */
export const CostSummary = z.object({
  days: z.array(Spend.extend({ day: z.string(), tests: Spend })),
});
