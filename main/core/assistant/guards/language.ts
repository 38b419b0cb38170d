/**
 * Language guard: the reply should be in the customer's language. Detection is deliberately
 * simple — script (Devanagari, Vietnamese letters) first, then common function words — and
 * only speaks up when the evidence is clear.
 */
import type { Language, ReviewReason } from '../../../contract/schemas';
import { tokens } from '../../knowledge/text';

/** Frequent, short words of each language, folded. A word may sit in two lists (es/pt "que"). */
const MARKERS: Record<Language, ReadonlySet<string>> = {
  en: new Set('the and you your is are we our have has with for this that it in of to can will be thanks hi hello what there do not'.split(' ')),
  es: new Set('el la los las de en un lo tienen tiene que y es por para con una tenemos nuestra nuestro nuestros usted hola gracias puedes tienes esta muy pero del al como tambien si su sus hay'.split(' ')),
  pt: new Set('o os de um que voce voces nossa nosso nossos temos uma do da dos das nao obrigado obrigada ola tambem muito com para em no na e tem sao'.split(' ')),
  vi: new Set('khong cua cho voi duoc ban nhe chung toi cac nhung mot nay va co oi'.split(' ')),
  hi: new Set('hai hain ka ki ke ko se mein aap kya nahi nahin bhi hum yeh ye milega kitne liye aur hamare hamari'.split(' ')),
  id: new Set('yang dan di dari untuk dengan ini itu ada kami anda bisa tidak sudah kak terima kasih kakak juga'.split(' ')),
};

const DEVANAGARI = /\p{Script=Devanagari}/gu;
/** Letters only Vietnamese uses (with its tone marks), checked before folding strips them. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** Language names for the review card. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Spanish',
  pt: 'Portuguese',
  vi: 'Vietnamese',
  hi: 'Hindi',
  id: 'Indonesian',
};

/** Marker-word counts per language (script evidence counts as many words). */
export function languageScores(text: string): Record<Language, number> {
  const words = tokens(text);
  const scores = { en: 0, es: 0, pt: 0, vi: 0, hi: 0, id: 0 } satisfies Record<Language, number>;
  for (const word of words) for (const lang of Object.keys(MARKERS) as Language[]) if (MARKERS[lang].has(word)) scores[lang]++;
  scores.hi += (text.match(DEVANAGARI) ?? []).length / 3;
  scores.vi += (text.match(VIETNAMESE) ?? []).length;
  return scores;
}

/** The language a text is clearly written in, or null when it is short or mixed. */
export function detectLanguage(text: string): Language | null {
  const scores = languageScores(text);
  const ranked = (Object.entries(scores) as Array<[Language, number]>).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 3 || best[1] < (second?.[1] ?? 0) * 1.5) return null;
  return best[0];
}

/**
 * A blocking reason when the reply is clearly in another language than `expected`: a customer
 * who writes Spanish must not get English, so a person edits it before it can go out.
 */
export function checkLanguage(reply: string, expected: Language): ReviewReason[] {
  if (tokens(reply).length < 5) return [];
  const scores = languageScores(reply);
  const detected = detectLanguage(reply);
  if (!detected || detected === expected || scores[expected] * 2 >= scores[detected]) return [];
  return [
    {
      code: 'wrong_language',
      message: `The reply seems to be in ${LANGUAGE_NAMES[detected]}, but the customer writes in ${LANGUAGE_NAMES[expected]}.`,
      params: { foundLanguage: detected, expectedLanguage: expected },
      blocking: true,
    },
  ];
}
