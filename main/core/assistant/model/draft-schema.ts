/**
 * The structured answer the model must return, as a zod schema (to validate) and as the JSON
 * schema sent in `response_format` (strict mode: every field required, nothing extra).
 */
import { z } from 'zod';
import { LANGUAGES } from '../../../contract/schemas';

/**
 * What a model draft must look like; a missing or mistyped field is a fault and the draft falls
 * back. Extra keys are dropped rather than refused: servers without JSON-schema support often
 * add one, and nothing unvalidated is read from them. `language` is informative only (the
 * language guard reads the reply itself), so "English" for "en" is no reason to fail.
 */
export const ModelDraft = z.object({
  reply: z.string().max(4000),
  language: z.string().max(40),
  /** Source ids, most relevant first. */
  sources: z.array(z.string()).max(12),
  /** Each factual statement with the source that backs it. */
  claims: z.array(z.object({ text: z.string().max(1000), sourceId: z.string() })).max(20),
  confidence: z.number().min(0).max(1),
  needsPerson: z.boolean(),
  reason: z.string().max(500),
});
/** A validated model draft. */
export type ModelDraft = z.infer<typeof ModelDraft>;

/**
 * Hand-written rather than generated so it stays inside the subset strict structured outputs
 * accept (no min/max keywords, every property required, no additional properties).
 */
export const MODEL_DRAFT_JSON_SCHEMA = {
  type: 'object',
  properties: {
    reply: { type: 'string', description: 'The WhatsApp reply to send, in the customer language.' },
    language: { type: 'string', enum: [...LANGUAGES] },
    sources: { type: 'array', items: { type: 'string' }, description: 'Ids of the knowledge used, most relevant first.' },
    claims: {
      type: 'array',
      items: {
        type: 'object',
        properties: { text: { type: 'string' }, sourceId: { type: 'string' } },
        required: ['text', 'sourceId'],
        additionalProperties: false,
      },
    },
    confidence: { type: 'number', description: '0 to 1' },
    needsPerson: { type: 'boolean' },
    reason: { type: 'string' },
  },
  required: ['reply', 'language', 'sources', 'claims', 'confidence', 'needsPerson', 'reason'],
  additionalProperties: false,
} as const;

/** The `response_format` for servers that support JSON schema. */
export const JSON_SCHEMA_FORMAT = {
  type: 'json_schema',
  json_schema: { name: 'shop_reply', strict: true, schema: MODEL_DRAFT_JSON_SCHEMA },
} as const;
