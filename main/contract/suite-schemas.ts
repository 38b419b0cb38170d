/**
 * Schemas of "Test my assistant": the owner's own test cases (the JSONL suite format of
 * FORMAT.md, kept in SQLite) and the runs that check the assistant against them.
 */
import { z } from 'zod';
import { Language, Route } from './schemas';

/** An earlier turn of the chat a case starts from. */
export const SuiteTurn = z.object({ from: z.enum(['customer', 'shop']), text: z.string().max(4000) });
export type SuiteTurn = z.infer<typeof SuiteTurn>;

/** What the owner expects the assistant to do with a case. */
export const SuiteExpect = z.object({
  route: Route,
  /** Acceptable first cited sources (`faq:<id>`, `product:<sku>`); empty means not checked. */
  sources: z.array(z.string().trim().min(1).max(200)).max(50),
  /** Flags triage must raise; `null` means flags are not checked at all (unlike `[]`: none allowed). */
  flags: z.array(z.string().trim().min(1).max(40)).max(10).nullable(),
  /** Strings the draft must not contain (case-insensitive). */
  mustNotContain: z.array(z.string().trim().min(1).max(200)).max(20),
});
export type SuiteExpect = z.infer<typeof SuiteExpect>;

/** One stored case. */
export const SuiteCase = z.object({
  id: z.number().int(),
  /** The case id of the JSONL format, unique in the suite. */
  caseId: z.string(),
  message: z.string(),
  /** The customer's language; `null` lets the assistant detect it. */
  lang: z.string().nullable(),
  history: z.array(SuiteTurn),
  expect: SuiteExpect,
  updatedAt: z.number(),
});
export type SuiteCase = z.infer<typeof SuiteCase>;

/** Adds (`id: null`) or edits a case; a blank `caseId` gets one generated. */
export const SaveSuiteCaseInput = z
  .object({
    id: z.number().int().positive().nullable(),
    caseId: z
      .string()
      .trim()
      .max(80)
      .regex(/^[^\s]*$/, 'A case id has no spaces.'),
    message: z.string().trim().min(1).max(4000),
    lang: Language.nullable(),
    history: z.array(SuiteTurn).max(20).default([]),
    expect: SuiteExpect,
    /**
     * The reviewed draft a new case was copied from ("Add to my tests"): the case is then linked
     * to that chat's customer, so forgetting the customer deletes it. Ignored on edits.
     */
    fromDraftId: z.number().int().positive().nullable().default(null),
  })
  .strict();
export type SaveSuiteCaseInput = z.input<typeof SaveSuiteCaseInput>;

/** A JSONL line that stopped an import. */
export const SuiteProblem = z.object({ line: z.number().int(), reason: z.string() });

/** What an import did: nothing at all when there are problems. */
export const SuiteImportResult = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  removed: z.number().int(),
  problems: z.array(SuiteProblem),
});

export const SuiteRunStatus = z.enum(['running', 'done', 'cancelled', 'failed', 'interrupted']);
export type SuiteRunStatus = z.infer<typeof SuiteRunStatus>;

/** One run of the suite. */
export const SuiteRun = z.object({
  id: z.number().int(),
  status: SuiteRunStatus,
  /** The drafter the run used: `offline` or `model:<name>`. */
  drafter: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
  /** Why a run failed. */
  error: z.string().nullable(),
});
export type SuiteRun = z.infer<typeof SuiteRun>;

const RateOrNull = z.number().nullable();

/** The figures of the eval report (FORMAT.md), over the cases the run finished. */
export const SuiteSummary = z.object({
  cases: z.number().int(),
  passed: z.number().int(),
  routeAccuracy: RateOrNull,
  routes: z.record(Route, z.object({ n: z.number().int(), precision: RateOrNull, recall: RateOrNull })),
  sourceCases: z.number().int(),
  sourceHitRate: RateOrNull,
  sourceCitedRate: RateOrNull,
  flags: z.record(z.string(), z.object({ expected: z.number().int(), recall: RateOrNull, falseFlagRate: RateOrNull })),
  mustNotContainViolations: z.number().int(),
  /** What the autopilot would have sent alone had every topic earned it (FORMAT.md "Autopilot"). */
  autopilot: z
    .object({ sent: z.number().int(), correct: z.number().int(), precision: RateOrNull, coverage: RateOrNull, sentOnNonAnswer: z.number().int() })
    .optional(),
});
export type SuiteSummary = z.infer<typeof SuiteSummary>;

/** One case's outcome in a run, readable when it fails. */
export const SuiteCaseResult = z.object({
  caseId: z.string(),
  message: z.string(),
  pass: z.boolean(),
  /** Why it failed (empty when it passed). */
  why: z.string(),
  expectedRoute: Route,
  route: Route,
  expectedSources: z.array(z.string()),
  sources: z.array(z.string()),
  expectedFlags: z.array(z.string()).nullable(),
  flags: z.array(z.string()),
  draft: z.string(),
  drafter: z.string(),
  /** Whether the autopilot would have sent this draft alone. */
  autoSend: z.boolean().optional(),
});
export type SuiteCaseResult = z.infer<typeof SuiteCaseResult>;

/** The latest run with its figures and per-case results (all null/empty before the first run). */
export const SuiteRunView = z.object({
  run: SuiteRun.nullable(),
  summary: SuiteSummary.nullable(),
  results: z.array(SuiteCaseResult),
});
export type SuiteRunView = z.infer<typeof SuiteRunView>;

/** Progress of the run in the background. */
export const SuiteRunProgress = z.object({ runId: z.number().int(), status: SuiteRunStatus, done: z.number().int(), total: z.number().int() });
