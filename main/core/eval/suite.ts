/**
 * Reads an assistant test suite (JSONL, one case a line; see shared/eval/FORMAT.md).
 */
import { z } from 'zod';

const Turn = z.object({ from: z.enum(['customer', 'shop']), text: z.string() });

/** One test case; fields the format does not name are ignored. */
export const EvalCase = z.object({
  id: z.string().min(1),
  message: z.string(),
  lang: z.string().optional(),
  history: z.array(Turn).optional(),
  expect: z.object({
    route: z.enum(['answer', 'handoff', 'optout']),
    sources: z.array(z.string()).optional(),
    flags: z.array(z.string()).optional(),
    mustNotContain: z.array(z.string()).optional(),
  }),
});
export type EvalCase = z.infer<typeof EvalCase>;

/** A suite line that could not be read, with its 1-based line number. */
export type SuiteProblem = { line: number; reason: string };

/** Parses JSONL text into cases, or the problems that stop it (nothing is partly accepted). */
export function parseSuite(text: string): { ok: true; cases: EvalCase[] } | { ok: false; problems: SuiteProblem[] } {
  const cases: EvalCase[] = [];
  const problems: SuiteProblem[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      problems.push({ line, reason: `not JSON (${(error as Error).message})` });
      return;
    }
    const parsed = EvalCase.safeParse(json);
    if (!parsed.success) {
      problems.push({ line, reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'case'}: ${i.message}`).join('; ') });
      return;
    }
    if (seen.has(parsed.data.id)) problems.push({ line, reason: `duplicate id "${parsed.data.id}"` });
    seen.add(parsed.data.id);
    cases.push(parsed.data);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, cases };
}
