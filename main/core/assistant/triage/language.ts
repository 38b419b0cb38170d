/**
 * The customer's language, detected by `tinyld` (an n-gram detector that does well on short
 * texts: on hand-written shop messages it beat franc-min and eld, which confuse Indonesian with
 * Malay) and narrowed to the six languages Counterpart speaks. Romanised Hindi ("mera order
 * kahan hai") is Latin-script Hindi that no detector knows; a small list of its most frequent
 * words catches it. When the evidence is thin
 * ("ok", "hi", a lone emoji) or the text is in another language altogether, the answer is null.
 */
import { createRequire } from 'node:module';
import type * as TinyldModule from 'tinyld';
import { LANGUAGES, type Language } from '../../../contract/schemas';
import { tokens } from '../../knowledge/text';

const SIX: string[] = [...LANGUAGES];

type Tinyld = typeof TinyldModule;
// tinyld parses its n-gram tables when loaded (a tenth of the start-up): load it on first need,
// or ahead of time off the request path (`loadLanguageDetector`), never at import.
let tinyld: Tinyld | null = null;

/** Loads the detector's data now, so the first message does not pay for it. */
export function loadLanguageDetector(): void {
  tinyld ??= createRequire(import.meta.url)('tinyld') as Tinyld;
}

/** Whether the detector's data is loaded (start-up tests read it). */
export function languageDetectorLoaded(): boolean {
  return tinyld !== null;
}

function detectAll(text: string, options?: { only: string[] }): ReturnType<Tinyld['detectAll']> {
  loadLanguageDetector();
  return tinyld!.detectAll(text, options);
}

/** Frequent romanised-Hindi words; the few shared with the other five languages are `PARTICLES`. */
export const HINGLISH_WORDS: ReadonlySet<string> = new Set(
  (
    'kya kyaa hai hain hoon hun nahi nahin nhi mera meri mere mujhe muje mujhko aap aapka aapke apka apke ' +
    'tum tumhara kahan kaha kidhar kaise kaisa kyun kyu kab kitna kitne kitni chahiye chahie chaiye karo kro ' +
    'karna karni karein kijiye karunga batao bataiye bhejo bhejiye wapas vapas paisa paise abhi tak tha thi ' +
    'raha rahi hoga milega milegi sakte sakta sakti bhai yaar accha acha theek thik haan hum humein yeh woh ' +
    'wala wali kuch koi baat lekin bhi aur hamara hamari namaste dhanyavaad dhanyawad shukriya jaldi dijiye ' +
    'lagta lagega bahut bohot bahot bilkul zyada jyada thoda sirf sab kaun kyon ' +
    'mein ko ke ki ka se'
  ).split(' '),
);
// Count only beside a distinctive word: Spanish has "se", Indonesian "ke" and "tak", Vietnamese
// "hai", English slang "yeh".
const PARTICLES = new Set(['mein', 'ko', 'ke', 'ki', 'ka', 'se', 'hai', 'tak', 'aur', 'bhi', 'koi', 'tha', 'thi', 'yeh', 'woh', 'hum']);

const DEVANAGARI = /\p{Script=Devanagari}/gu;
const LETTER = /\p{L}/gu;
/** Below this accuracy, or this lead over the runner-up, tinyld is guessing. */
const MIN_ACCURACY = 0.05;
const MIN_LEAD = 1.5;

/** Whether a Latin-script text reads as romanised Hindi: two Hindi words, one distinctive, a third of the words. */
export function isRomanisedHindi(text: string): boolean {
  const words = tokens(text).filter((w) => /^[a-z]+$/.test(w));
  if (words.length === 0) return false;
  const hits = words.filter((w) => HINGLISH_WORDS.has(w));
  const distinctive = new Set(hits.filter((w) => !PARTICLES.has(w)));
  if (words.length <= 2) return distinctive.size >= 1 && hits.length === words.length;
  return distinctive.size >= 1 && new Set(hits).size >= 2 && hits.length / words.length >= 0.3;
}

/** The detector's pick among the six, or null when unsure or when the text is in another language. */
function detectWithLibrary(text: string): Language | null {
  const six = detectAll(text, { only: SIX });
  const [best, second] = six;
  if (!best || best.accuracy < MIN_ACCURACY || best.accuracy < (second?.accuracy ?? 0) * MIN_LEAD) return null;
  // French or German forced into the six would come out as Portuguese or English.
  const any = detectAll(text)[0];
  if (any && !SIX.includes(any.lang) && any.accuracy > best.accuracy * 2) return null;
  return best.lang as Language;
}

/** The language `text` is written in, or null when unsure. */
export function detectLanguage(text: string): Language | null {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return null;
  const devanagari = text.match(DEVANAGARI)?.length ?? 0;
  if (devanagari / letters >= 0.5) return 'hi';
  if (isRomanisedHindi(text)) return 'hi';
  return letters < 4 ? null : detectWithLibrary(text);
}

/**
 * The message's language, falling back to the customer's recent turns when the message alone
 * is too short to tell ("ok", "2 please").
 */
export function detectCustomerLanguage(message: string, earlierCustomerTurns: readonly string[]): Language | null {
  const own = detectLanguage(message);
  if (own || earlierCustomerTurns.length === 0) return own;
  return detectLanguage([...earlierCustomerTurns.slice(-3), message].join('\n'));
}
