/**
 * What earlier turns add to a short message: "4411" after "where is my order?" is still about
 * that order; "yes" after the shop offered a person is a request for one; an attack split over
 * two messages is still an attack.
 */
import type { Finding } from './detect-handoff';
import type { TriageCode } from './reasons';
import { anyHit, compileTable, type PatternTable } from './rules';
import type { TextView } from './text-view';

/** An earlier turn of the chat, oldest first. */
export type Turn = { from: 'customer' | 'shop'; text: string };

/** Short replies that only make sense as a follow-up: an order number, "any news?", "??". */
export const FOLLOW_UP_PATTERNS: PatternTable = {
  en: [
    /^[^a-z0-9]*(order |it s |its |number |no )?#?\s*\d{3,}[^a-z0-9]*$/,
    /^(hello|hi|hey|so|and|well)?[ .!]*\?+[ ?!.]*$/,
    /^(any (news|update|updates)|still (nothing|waiting))[ ?!.]*$/,
  ],
  es: [/^[¿ ]*(y|hola|entonces|que paso)? *\?+[ ?!.]*$/, /^[¿ ]*alguna novedad[ ?!.]*$/],
  pt: [/^(e ai|e aí|oi|ent[aã]o)? *\?+[ ?!.]*$/, /^alguma novidade[ ?!.]*$/],
  vi: [/^(sao rồi|thế nào rồi)[ ?!.]*$/],
  hi: [/^(kya hua|kuch hua)[ ?!.]*$/],
  id: [/^(gimana|gmn|udah belum)[ ?!.]*$/],
};

/** Short yeses, for when the shop offered a person. */
export const YES_PATTERNS: PatternTable = {
  en: [/^(yes|yeah|yep|yup|sure|please|ok|okay|yes please|ok please)\b[ !.]*$/],
  es: [/^(s[ií]|claro|por favor|s[ií] por favor|dale|ok)\b[ !.]*$/],
  pt: [/^(sim|claro|por favor|quero|pode ser|ok)\b[ !.]*$/],
  vi: [/^(vâng|có|dạ|dạ có|ừ|ok|được)\b[ !.]*$/],
  hi: [/^(haan|han|ha|ji|ji haan|haan ji|theek hai|ok)\b[ !.]*$/, /^(हाँ|हां|जी|जी हाँ|ठीक है)[ !.]*$/],
  id: [/^(ya|iya|boleh|mau|oke|ok|iya kak|ya kak)\b[ !.]*$/],
};

const FOLLOW_UP_RULES = compileTable(FOLLOW_UP_PATTERNS);
const YES_RULES = compileTable(YES_PATTERNS);
/** Concerns a bare follow-up keeps; not an opt-out, which "??" may well take back. */
const CARRIED: ReadonlySet<TriageCode> = new Set(['order_status', 'refund_or_return', 'complaint', 'asked_for_person', 'legal_threat']);

/** The last turn from `from`, if any. */
export function lastTurn(history: readonly Turn[], from: Turn['from']): Turn | undefined {
  return [...history].reverse().find((t) => t.from === from);
}

/**
 * Concerns this message inherits from the chat: the previous customer turn's, when this one is
 * a bare follow-up; a person, when the shop's last turn offered one and this is a yes.
 */
export function inheritedFindings(view: TextView, history: readonly Turn[], earlier: (text: string) => Finding[]): Finding[] {
  const found: Finding[] = [];
  const lastShop = lastTurn(history, 'shop');
  const lastCustomer = lastTurn(history, 'customer');
  if (lastShop && history.at(-1) === lastShop && anyHit(view, YES_RULES) && earlier(lastShop.text).some((f) => f.code === 'asked_for_person')) {
    found.push({ code: 'asked_for_person', evidence: { quote: view.source.trim(), via: 'accepted_offer' } });
  }
  if (lastCustomer && anyHit(view, FOLLOW_UP_RULES)) {
    for (const finding of earlier(lastCustomer.text)) {
      if (CARRIED.has(finding.code)) found.push({ code: finding.code, evidence: { ...finding.evidence, via: 'earlier_turn' } });
    }
  }
  return found;
}
