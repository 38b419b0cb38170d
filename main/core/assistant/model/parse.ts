/**
 * From the model's raw answer to a validated draft: JSON parsing (extracting the object from
 * prose in text mode), the zod schema, and the rule that only given sources may be cited.
 */
import type { Usage, OutputMode } from './completion';
import { ModelDraft } from './draft-schema';
import { ModelFault } from './faults';
import { extractJsonObject } from './partial-json';
import { unknownSources } from '../guards/sources';

/** Parses and validates an answer; throws `ModelFault` (invalid_json, schema, unknown_source). */
export function parseModelDraft(text: string, mode: OutputMode, given: ReadonlySet<string>, usage: Usage): ModelDraft {
  let raw: unknown;
  try {
    raw = mode === 'text' ? extractJsonObject(text) : JSON.parse(text);
  } catch {
    throw new ModelFault('invalid_json', 'The model’s answer was not valid JSON.', usage);
  }
  const parsed = ModelDraft.safeParse(raw);
  if (!parsed.success) throw new ModelFault('schema', 'The model’s answer did not have the fields a draft needs.', usage);
  // Models copy ids with the brackets the prompt shows them in, or drop the `product:` prefix;
  // both are mended only towards an id that was given, never towards a new one.
  const id = (raw: string) => {
    const bare = raw.trim().replace(/^\[(.*)\]$/, '$1').trim();
    if (given.has(bare)) return bare;
    return [`product:${bare}`, `faq:${bare}`].find((candidate) => given.has(candidate)) ?? bare;
  };
  const draft = { ...parsed.data, sources: parsed.data.sources.map(id), claims: parsed.data.claims.map((c) => ({ ...c, sourceId: id(c.sourceId) })) };
  const unknown = unknownSources([...draft.sources, ...draft.claims.map((c) => c.sourceId)], given);
  if (unknown.length > 0) {
    throw new ModelFault('unknown_source', `The model cited ${unknown.slice(0, 3).join(', ')}, which it was not given.`, usage);
  }
  return draft;
}
