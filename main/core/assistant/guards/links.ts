/**
 * Link guard: a reply may carry a web or WhatsApp link only when the shop's own knowledge
 * (profile, FAQ answers, product fields) contains it. A link is the one thing a customer acts on
 * without reading ("pay here: …"), so an invented one blocks the draft.
 */
import type { ReviewReason } from '../../../contract/schemas';

/**
 * Top-level domains a bare "name.tld" must end in to count as a link. Any two-letter country
 * code, plus the generic ones shops and link shorteners use. A list (not "any letters") keeps
 * "e.g.", "etc." and sentences missing a space after the full stop out.
 */
const GENERIC_TLDS = [
  'com', 'net', 'org', 'info', 'biz', 'shop', 'store', 'online', 'site', 'website', 'app', 'link', 'page', 'xyz', 'top', 'club',
  'live', 'life', 'world', 'today', 'click', 'pay', 'buzz', 'fun', 'art', 'design', 'tech', 'dev', 'cloud', 'digital', 'market',
  'boutique', 'fashion', 'moda', 'tienda', 'gov', 'edu', 'mobi', 'name', 'pro', 'plus', 'network', 'email', 'support', 'help',
];
const TLD = `(?:${GENERIC_TLDS.join('|')}|[a-z]{2})`;
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
// Trailing punctuation ends a sentence, not the link.
const PATH = `(?:[/?#][^\\s<>"'“”‘’()\\[\\]{}]*[^\\s<>"'“”‘’()\\[\\]{}.,;:!?¡¿…])?`;

const LINK_RE = new RegExp(
  [
    // Anything with a scheme.
    `\\bhttps?://[^\\s<>"'“”‘’()\\[\\]{}]*[^\\s<>"'“”‘’()\\[\\]{}.,;:!?¡¿…]`,
    // "www." says it is a link whatever the ending.
    `(?<![\\p{L}\\p{N}@.\\-/])www\\.(?:${LABEL}\\.)*\\p{L}{2,}(?![\\p{L}\\p{N}-])(?::\\d{2,5})?${PATH}`,
    // A bare domain: not the end of an e-mail address, not part of a longer word.
    `(?<![\\p{L}\\p{N}@.\\-/])(?:${LABEL}\\.)+${TLD}(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])(?::\\d{2,5})?${PATH}`,
  ].join('|'),
  'giu',
);

/** Links in a text as written (scheme-less domains included), each once, in order. */
export function findLinks(text: string): string[] {
  return [...new Set(text.match(LINK_RE) ?? [])];
}

/**
 * A link reduced to what it points at: lower-case host without scheme or "www.", path without a
 * trailing slash. WhatsApp links reduce to the number they open ("wa.me/5213312345678",
 * "api.whatsapp.com/send?phone=…").
 */
export function linkKey(link: string): string {
  const bare = link.replace(/^https?:\/\//i, '');
  const slash = bare.search(/[/?#]/);
  const host = (slash < 0 ? bare : bare.slice(0, slash)).toLowerCase().replace(/^www\./, '');
  const rest = slash < 0 ? '' : bare.slice(slash).replace(/\/+$/, '');
  if (host === 'wa.me' || host === 'api.whatsapp.com' || host === 'whatsapp.com') {
    const digits = (/^\/(\+?\d[\d-]*)/.exec(rest)?.[1] ?? /[?&]phone=(\+?[\d-]+)/.exec(rest)?.[1] ?? '').replace(/\D/g, '');
    if (digits) return `whatsapp:${digits}`;
  }
  return host + rest;
}

/** Phone numbers in the knowledge, as digits: a wa.me link to the shop's own number is the shop's. */
function phoneDigits(text: string): string[] {
  return (text.match(/\+?\d[\d\s().-]{6,}\d/g) ?? []).map((p) => p.replace(/\D/g, '')).filter((d) => d.length >= 7);
}

/**
 * Links of `reply` the knowledge does not contain. `knowledge` is the shop's own text (profile,
 * FAQ answers, product fields). A WhatsApp link passes when it opens a number the knowledge
 * gives; comparing the last digits allows for a country code written one way or the other.
 */
export function unknownLinks(reply: string, knowledge: string): string[] {
  const known = new Set(findLinks(knowledge).map(linkKey));
  const phones = phoneDigits(knowledge);
  return findLinks(reply).filter((link) => {
    const key = linkKey(link);
    if (known.has(key)) return false;
    if (key.startsWith('whatsapp:')) {
      const digits = key.slice('whatsapp:'.length);
      return !phones.some((p) => p.slice(-10) === digits.slice(-10));
    }
    return true;
  });
}

/** A blocking reason when the reply carries a link the shop's knowledge does not. */
export function checkLinks(reply: string, knowledge: string): ReviewReason[] {
  const unknown = unknownLinks(reply, knowledge);
  if (unknown.length === 0) return [];
  const links = unknown.map((l) => `"${l}"`).join(', ');
  return [
    {
      code: 'unknown_link',
      message: `The reply links to ${links}, which is not in your profile, FAQ or catalog; remove or correct it before sending.`,
      params: { links, count: unknown.length },
      blocking: true,
    },
  ];
}
