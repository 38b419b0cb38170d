/**
 * Whether a message is an attack on the assistant: any injection family in the message, in a
 * typo-corrected reading of it, or in what an encoded part of it decodes to.
 */
import { decodings } from './deobfuscate';
import {
  AUTHORITY_RULES,
  JAILBREAK_RULES,
  OVERRIDE_RULES,
  PASSWORD_RULES,
  PRETEXT_RULES,
  PRIVILEGED_RULES,
  RECOVERY_RULES,
  SECRET_RULES,
} from './injection';
import { OTHERS_DATA_RULES, asksForNamedPersonData } from './others-data';
import type { Evidence } from './reasons';
import { anyHit, firstHit, joinRules } from './rules';
import { clip, foldView, quote, sentenceOf, type TextView } from './text-view';

const ALWAYS = joinRules(OVERRIDE_RULES, JAILBREAK_RULES, SECRET_RULES, AUTHORITY_RULES, OTHERS_DATA_RULES);

/** The attack in one reading of the message, or null. */
function inView(view: TextView): { start: number; end: number } | null {
  const hit = firstHit(view, ALWAYS);
  if (hit) return hit;
  // "What is the password?" is an attack; "I forgot the password" is a customer locked out.
  const password = firstHit(view, PASSWORD_RULES);
  if (password && !anyHit(sentenceOf(view, password), RECOVERY_RULES)) return password;
  // "I'm the owner" is only an attack when it comes with a privileged ask.
  const pretext = firstHit(view, PRETEXT_RULES);
  if (pretext && anyHit(view, PRIVILEGED_RULES)) return pretext;
  return null;
}

/** The evidence of an injection attempt, or null when there is none. */
export function findInjection(views: readonly TextView[], message: string): Evidence | null {
  for (const view of views) {
    const hit = inView(view);
    if (hit) return { quote: quote(view, hit.start, hit.end) };
  }
  if (asksForNamedPersonData(message)) return { quote: clip(message) };
  for (const decoded of decodings(message)) {
    const view = foldView(decoded);
    const hit = inView(view);
    if (hit) return { quote: quote(view, hit.start, hit.end), via: 'decoded' };
    if (asksForNamedPersonData(decoded)) return { quote: clip(decoded), via: 'decoded' };
  }
  return null;
}
