/**
 * The send gate: whether a stored answer draft may go out with no person looking. Stricter than
 * the drafting gate (which only decides whether a person gets a draft to check) and pure, so the
 * chats, `eval --autopilot` and "Test my assistant" judge alike. Every rule is judged and kept as
 * evidence, so an automatic reply can show why it was sent and a held one why it was not.
 */
import type { SendCheck, SendCheckResult, SendVerdict } from '../../contract/autopilot-schemas';
import type { ConversationState, Language } from '../../contract/schemas';
import type { DraftOutcome } from '../assistant/drafter';
import type { MatchEvidence } from '../assistant/match-evidence';

/**
 * How plain a match must be to send alone: telling words the customer typed right (one is never
 * enough), every telling word of the question matched by the source (a word the answer does not
 * speak to is a question it does not answer), the share of the message it explains, and how far
 * ahead of the runner-up it stands (a close second means the question could be about either).
 * Set on the development suites' evidence (banking77's near-duplicate intents decide
 * `secondRatio`); the drafting gate's own thresholds are in `gate.ts`.
 */
export const SEND_MATCH = { strongWords: 2, unexplained: 0, coverage: 0.5, secondRatio: 0.55 };

/** Reasons an answer draft may carry and still send alone: the standing approval note and a quoted policy. */
const BENIGN_REASONS: ReadonlySet<string> = new Set(['approval_required', 'policy_quoted']);

/** What the gate reads besides the draft: the topic's standing and the chat as it is now. */
export type SendFacts = {
  /** The global mode allows automatic sending and the kill switch is not on. */
  autoOn: boolean;
  /** Each of the draft's topics has auto-send on and earned; `rule` names the lead topic. */
  topics: { eligible: boolean; rule: string | null; detail?: string };
  chat: {
    state: ConversationState;
    optedOut: boolean;
    /** The draft answers messages from the offline backlog. */
    backlog: boolean;
    /** The chat began from an ad and the shop has not replied in it yet. */
    adFirstReply: boolean;
    /** The language the chat is held in (the customer's, as known before this turn). */
    language: Language;
  };
  allowAdFirstReply: boolean;
  withinHours: boolean;
  withinRate: boolean;
};

/** Judges every rule; sends only when all pass. */
export function sendGate(outcome: Pick<DraftOutcome, 'route' | 'reasons' | 'flags' | 'steps'>, facts: SendFacts): SendVerdict {
  const checks: SendCheckResult[] = [];
  const judge = (check: SendCheck, failed: string | null, passed?: string) =>
    checks.push(failed === null ? { check, ok: true, ...(passed ? { detail: passed } : {}) } : { check, ok: false, detail: failed });
  const steps = outcome.steps;

  judge('mode', facts.autoOn ? null : 'off');
  judge('topic', facts.topics.eligible ? null : (facts.topics.detail ?? 'not_earned'), facts.topics.rule ?? undefined);
  judge('route', outcome.route === 'answer' ? null : outcome.route);
  const parts = steps?.parts;
  const unanswered = outcome.reasons.some((r) => r.code === 'part_not_answered') || (parts?.some((p) => !p.covered) ?? false);
  judge('parts', unanswered ? 'part_not_answered' : null, parts ? String(parts.length) : undefined);
  judge('match', matchProblem(outcome));
  const others = outcome.reasons.filter((r) => !BENIGN_REASONS.has(r.code)).map((r) => r.code);
  const guards = steps?.guards ?? [];
  judge('reasons', others.length > 0 || guards.length > 0 ? [...new Set([...guards, ...others])].join(',') : null);
  judge('flags', (outcome.flags ?? []).length > 0 ? (outcome.flags ?? []).join(',') : null);
  judge('language', languageProblem(outcome, facts.chat.language));
  judge('chat', facts.chat.state === 'assistant' ? null : facts.chat.state);
  judge('optout', facts.chat.optedOut ? 'optout' : null);
  judge('backlog', facts.chat.backlog ? 'backlog' : null);
  judge('ad_first', facts.chat.adFirstReply && !facts.allowAdFirstReply ? 'ad_first_reply' : null);
  judge('hours', facts.withinHours ? null : 'outside_hours');
  judge('rate', facts.withinRate ? null : 'rate_limited');
  const send = checks.every((c) => c.ok);
  return { send, rule: send ? facts.topics.rule : null, checks };
}

/**
 * Why the match is not plain enough to send alone, or null. Small talk has no match to judge.
 * Every gated search (the whole turn, or each part of it) must pass.
 */
function matchProblem(outcome: Pick<DraftOutcome, 'route' | 'steps'>): string | null {
  const steps = outcome.steps;
  if (outcome.route !== 'answer') return 'no_answer';
  if (!steps) return 'no_evidence';
  if (steps.composer === 'small_talk') return null;
  if (steps.gate?.why !== 'covered') return steps.gate?.why ?? 'no_evidence';
  const answeredParts = steps.parts?.filter((p) => p.covered) ?? [];
  if (answeredParts.length > 0) {
    for (const part of answeredParts) {
      const problem = part.match ? plainMatch(part.match) : 'no_evidence';
      if (problem) return problem;
    }
    return null;
  }
  if (!steps.search?.match) return 'no_evidence';
  // A follow-up drafted from an earlier turn's subject guesses what "it" is.
  if (steps.search.subject) return 'from_history';
  return plainMatch(steps.search.match);
}

/** The rules one match must meet: words typed right (not bridged by the lexicon), more than one, most of the message, no close rival. */
export function plainMatch(match: MatchEvidence): string | null {
  if (match.semanticOnly) return 'meaning_only';
  if (match.typos > 0) return 'typo';
  // A word met only through the shop lexicon ("envuelven" ~ wrapping) is a translation the
  // assistant inferred: a person checks it before such a reply goes out.
  if ((match.bridged ?? 0) > 0) return 'lexicon_bridge';
  if (match.strong < SEND_MATCH.strongWords) return 'single_word';
  if (match.unexplained > SEND_MATCH.unexplained) return 'unanswered_words';
  if (match.coverage < SEND_MATCH.coverage) return 'weak_coverage';
  if (match.secondRatio > SEND_MATCH.secondRatio) return 'close_second';
  return null;
}

/** The reply must be in the language the customer wrote (when detectable) and the chat is held in. */
function languageProblem(outcome: Pick<DraftOutcome, 'steps'>, chat: Language): string | null {
  const reply = outcome.steps?.language;
  if (!reply) return outcome.steps?.composer === undefined ? 'no_evidence' : null;
  const detected = outcome.steps?.triage.language ?? null;
  if (detected !== null && detected !== reply) return `${detected}>${reply}`;
  if (detected === null && chat !== reply) return `${chat}>${reply}`;
  return null;
}
