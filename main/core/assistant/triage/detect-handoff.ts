/**
 * The handoff and opt-out concerns, each read from the folded message and from its
 * typo-corrected reading. Returns every concern that applies with the words that showed it.
 */
import { COMPLAINT_RULES, CONDITIONAL_RULES, DAMAGE_RULES, POSITIVE_RULES, isShouting } from './complaint';
import { LEGAL_RULES } from './legal';
import { OPTOUT_RULES, SUBSCRIPTION_RULES, UNSUBSCRIBE_RULES } from './optout';
import { ORDER_STATUS_RULES } from './order-status';
import { PERSON_RULES } from './person';
import { POLICY_RULES, REFUND_RULES, RETURN_RULES, SPECIFIC_ORDER_RULES } from './refund';
import type { Evidence, TriageCode } from './reasons';
import { anyHit, firstHit, type RuleHit, type RuleSet } from './rules';
import { clip, quote, sentenceBefore, type TextView } from './text-view';

/** A concern found in a message. */
export type Finding = { code: TriageCode; evidence: Evidence };

/** The first hit in any of the readings, with the reading it was found in. */
function hitIn(views: readonly TextView[], rules: RuleSet): { view: TextView; hit: RuleHit } | null {
  for (const view of views) {
    const hit = firstHit(view, rules);
    if (hit) return { view, hit };
  }
  return null;
}

function evidence(found: { view: TextView; hit: RuleHit }): Evidence {
  return { quote: quote(found.view, found.hit.start, found.hit.end) };
}

/** Refunds and returns of the customer's own purchase; general policy questions are left to the FAQ. */
function refundFinding(views: readonly TextView[]): Evidence | null {
  const found = hitIn(views, REFUND_RULES) ?? hitIn(views, RETURN_RULES);
  if (!found) return null;
  // "What is your refund policy?" is the FAQ's; "the refund policy for order 5521" is not.
  const general = views.some((v) => anyHit(v, POLICY_RULES)) && !views.some((v) => anyHit(v, SPECIFIC_ORDER_RULES));
  return general ? null : evidence(found);
}

/** A broken or wrong delivery stated as fact (not "if it arrives broken…"). */
function damageFinding(views: readonly TextView[]): Evidence | null {
  const found = hitIn(views, DAMAGE_RULES);
  if (!found || anyHit(sentenceBefore(found.view, found.hit), CONDITIONAL_RULES)) return null;
  return evidence(found);
}

/** An opt-out, or an "unsubscribe" that is not about the newsletter the FAQ explains. */
function optoutFinding(views: readonly TextView[]): Evidence | null {
  const stop = hitIn(views, OPTOUT_RULES);
  if (stop) return evidence(stop);
  const unsubscribe = hitIn(views, UNSUBSCRIBE_RULES);
  if (!unsubscribe || views.some((v) => anyHit(v, SUBSCRIPTION_RULES))) return null;
  return evidence(unsubscribe);
}

/** Every handoff or opt-out concern in the message, in no particular order. */
export function findHandoffs(views: readonly TextView[], message: string): Finding[] {
  const findings: Finding[] = [];
  const add = (code: TriageCode, found: Evidence | null) => {
    if (found) findings.push({ code, evidence: found });
  };
  const simple = (rules: RuleSet) => {
    const found = hitIn(views, rules);
    return found ? evidence(found) : null;
  };
  add('optout', optoutFinding(views));
  add('legal_threat', simple(LEGAL_RULES));
  const shouting = isShouting(message) && !views.some((v) => anyHit(v, POSITIVE_RULES));
  add('complaint', simple(COMPLAINT_RULES) ?? damageFinding(views) ?? (shouting ? { quote: clip(message), via: 'shouting' } : null));
  add('refund_or_return', refundFinding(views));
  add('order_status', simple(ORDER_STATUS_RULES));
  add('asked_for_person', simple(PERSON_RULES));
  return findings;
}
