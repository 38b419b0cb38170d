/**
 * Policy guard: a reply may state a return, refund, exchange, shipping, warranty or discount
 * rule only when a cited `policy` FAQ entry on the same topic backs it, and the numbers it gives
 * (days, amounts, percentages) are the policy's. A sentence quoted from a cited source is the
 * owner's own words and passes.
 */
import type { FaqEntry, ReviewReason } from '../../../contract/schemas';
import { contentTokens, fold } from '../../knowledge/text';

/** The policy topics the guard recognises. */
export type PolicyTopic = 'returns' | 'shipping' | 'warranty' | 'discounts';

/**
 * Word starts per topic, folded (no accents), in en/es/pt/vi/hi/id. Prefixes on purpose: they
 * catch "refunds", "reembolsamos", "devolución". Kept to words that mean the policy itself, not
 * everyday verbs ("send", "change"), because a hit blocks the draft.
 */
const TOPIC_WORDS: Record<PolicyTopic, string[]> = {
  returns: [
    'return', 'refund', 'exchange', 'money back', 'devolu', 'devolv', 'devuelv', 'reembols', 'reintegr', 'troca',
    'trocar', 'estorno', 'retur', 'pengembalian', 'uang kembali', 'tukar', 'doi tra', 'hoan tien', 'tra hang', 'doi hang', 'wapas', 'vapas',
    'वापस', 'वापसी', 'रिफंड', 'रिटर्न',
  ],
  shipping: [
    'ship', 'deliver', 'courier', 'postage', 'dispatch', 'envio', 'entreg', 'domicilio', 'paqueteria', 'frete', 'ongkir',
    'pengiriman', 'dikirim', 'kurir', 'giao hang', 'van chuyen', 'phi ship', 'डिलीवरी', 'शिपिंग',
  ],
  warranty: ['warrant', 'guarante', 'garant', 'garansi', 'jaminan', 'bao hanh', 'गारंटी', 'वारंटी'],
  discounts: [
    'discount', 'promo', 'coupon', 'voucher', 'descuent', 'rebaja', 'cupon', 'oferta', 'desconto', 'cupom', 'diskon', 'potongan harga',
    'giam gia', 'khuyen mai', 'ma giam', 'chhoot', 'chhut', 'छूट', '% off',
  ],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TOPIC_RE = Object.fromEntries(
  Object.entries(TOPIC_WORDS).map(([topic, words]) => [topic, new RegExp(`(?<![\\p{L}\\p{M}])(?:${words.map(escape).join('|')})`, 'u')]),
) as Record<PolicyTopic, RegExp>;

/** Policy topics a text talks about. */
export function policyTopics(text: string): PolicyTopic[] {
  const folded = fold(text);
  return (Object.keys(TOPIC_RE) as PolicyTopic[]).filter((t) => TOPIC_RE[t].test(folded));
}

/** Sentences and list lines of a reply. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?。।])\s+|\n+/u)
    .map((s) => s.replace(/^[\s•*-]+/, '').trim())
    .filter(Boolean);
}

/** Whether most of a sentence's meaningful words come from one source text (a quotation). */
export function isQuoted(sentence: string, sourceTexts: readonly string[], share = 0.8): boolean {
  const words = contentTokens(sentence);
  if (words.length === 0) return true;
  return sourceTexts.some((text) => {
    const have = new Set(contentTokens(text));
    return words.filter((w) => have.has(w)).length / words.length >= share;
  });
}

const numbersIn = (text: string) => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/[.,](?=\d{3}\b)/g, '').replace(',', '.'));

/**
 * Checks each policy-like sentence. `faqs` are the cited FAQ entries; `quotable` are the texts
 * of every cited source (answers, descriptions) a sentence may quote.
 */
export function checkPolicies(reply: string, cited: { faqs: readonly FaqEntry[]; quotable: readonly string[] }): ReviewReason[] {
  const policies = cited.faqs.filter((f) => f.kind === 'policy');
  const problems: string[] = [];
  const quoted: string[] = [];
  for (const sentence of sentences(reply)) {
    const topics = policyTopics(sentence);
    if (topics.length === 0 || isQuoted(sentence, cited.quotable)) continue;
    const backing = policies.filter((f) => {
      const own = policyTopics([f.question, f.answer, ...f.alternatives].join('\n'));
      return topics.some((t) => own.includes(t));
    });
    if (backing.length === 0) {
      problems.push(`"${clip(sentence)}" states a ${topics.join('/')} rule no cited policy covers`);
      quoted.push(`"${clip(sentence)}"`);
      continue;
    }
    const known = new Set(backing.flatMap((f) => numbersIn(f.answer)));
    const invented = numbersIn(sentence).filter((n) => !known.has(n));
    if (invented.length > 0) {
      problems.push(`"${clip(sentence)}" gives ${invented.join(', ')}, which the cited policy does not say`);
      quoted.push(`"${clip(sentence)}"`);
    }
  }
  if (problems.length === 0) return [];
  return [
    {
      code: 'unsupported_policy',
      message: `${problems.join('; ')}. Never promise a policy your FAQ does not state.`,
      params: { sentences: quoted.join('; '), count: quoted.length },
      blocking: true,
    },
  ];
}

function clip(text: string): string {
  return text.length <= 90 ? text : `${text.slice(0, 89)}…`;
}
