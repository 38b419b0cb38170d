/**
 * Source guard: a draft may cite only sources retrieval actually handed to the drafter.
 */
import type { ReviewReason } from '../../../contract/schemas';

/** Ids cited that were not retrieved for this message. */
export function unknownSources(cited: readonly string[], retrieved: ReadonlySet<string>): string[] {
  return [...new Set(cited.filter((id) => !retrieved.has(id)))];
}

/** A blocking reason when the draft cites a source nobody retrieved. */
export function checkSources(cited: readonly string[], retrieved: ReadonlySet<string>): ReviewReason[] {
  const unknown = unknownSources(cited, retrieved);
  if (unknown.length === 0) return [];
  return [
    {
      code: 'unknown_source',
      message: `Cites ${unknown.join(', ')}, which ${unknown.length === 1 ? 'was' : 'were'} not among the knowledge found for this message.`,
      params: { sources: unknown.join(', '), count: unknown.length },
      blocking: true,
    },
  ];
}
