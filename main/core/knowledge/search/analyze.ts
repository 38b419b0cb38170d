/**
 * Analysis shared by the index and the query: content tokens, each expanded to a small set of
 * variants (the folded word and its stems), so "macetas" meets "maceta" and "dikirim" meets
 * "kirim" without knowing which language a message is in.
 */
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as hindi } from '@orama/stemmers/indian';
import { stemmer as indonesian } from '@orama/stemmers/indonesian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { isContentToken, tokens } from '../text';
import { conceptsOf } from './lexicon';

/** One word of a message: the token as typed (folded) and the terms that may stand for it. */
/** `phrases`: the variants that are a lexicon phrase's concept carried by this word ("snake plant" on "plant"). */
export type TermGroup = { token: string; variants: string[]; phrases?: string[] };

/** A field analysed for the index: its terms (variants of every content token) and length. */
export type AnalysedField = { terms: string[]; length: number };

const DEVANAGARI = /\p{Script=Devanagari}/u;
const DIGIT = /\p{N}/u;
// Letters only Vietnamese uses; with them a text is not stemmed (see `stemmable`).
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const VIETNAMESE_WORDS = new Set(['khong', 'duoc', 'nhieu', 'nhung', 'cua', 'toi', 'minh', 'bao', 'nao', 'gi', 'co', 'ko']);

/**
 * Words a Vietnamese customer calls the seller by ("shop ơi", "còn hàng không shop"): a pronoun
 * when it opens or closes a clause, where Vietnamese puts the person addressed; the noun elsewhere
 * ("địa chỉ shop ở đâu", the shop's address).
 */
const VIETNAMESE_ADDRESS = new Set(['shop']);
// Clause boundaries: the punctuation `tokens` drops between words.
const CLAUSE_BREAK = /[.,!?;:\n…]+/u;

const CACHE_LIMIT = 50_000;
const cache = new Map<string, string[]>();

/**
 * Whether a text's Latin words may be stemmed. Vietnamese syllables are short and Spanish or
 * Portuguese stemmers would fold them into other words (giao "deliver" → gia "price"), so a text
 * that looks Vietnamese keeps its words as typed.
 */
export function stemmable(text: string): boolean {
  if (VIETNAMESE_LETTERS.test(text)) return false;
  let hits = 0;
  for (const token of tokens(text)) if (VIETNAMESE_WORDS.has(token) && ++hits >= 2) return false;
  return true;
}

/**
 * A text's tokens for analysis: `tokens`, except that in Vietnamese text a word the customer
 * addresses the seller with, at the start or end of a clause, becomes the empty token (no content,
 * no lexicon concept, and no phrase runs across it): "monstera giá bao nhiêu vậy shop" asks a
 * price, it does not name the shop (the location entry). Positions are kept for phrase matching.
 */
export function analysisTokens(text: string, stem = stemmable(text)): string[] {
  if (stem) return tokens(text);
  return text.split(CLAUSE_BREAK).flatMap((clause) => {
    const words = tokens(clause);
    return words.map((w, i) => ((i === 0 || i === words.length - 1) && words.length > 1 && VIETNAMESE_ADDRESS.has(w) ? '' : w));
  });
}

/**
 * The terms a folded token may match: itself, plus the English, Spanish, Portuguese and
 * Indonesian Snowball stems of a Latin word (Hindi for Devanagari), keeping only stems that are
 * long enough not to collide with unrelated short words.
 */
export function variants(token: string, stem = true): string[] {
  if (!stem || token.length < 4 || DIGIT.test(token)) return [token];
  const key = token;
  const cached = cache.get(key);
  if (cached) return cached;
  const out = new Set([token]);
  if (DEVANAGARI.test(token)) {
    const s = hindi(token);
    if (s.length >= 2) out.add(s);
  } else {
    const en = english(token);
    if (en.length >= 3) out.add(en);
    // Short words lose too much to Romance stemmers (mesa → mes "month", giao → gia, cared → car).
    if (token.length >= 5) for (const s of [spanish(token), portuguese(token)]) if (s.length >= 4 && token.startsWith(s)) out.add(s);
    const id = indonesian(token);
    if (id.length >= 4) out.add(id);
  }
  const result = [...out];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

/**
 * One term for a token, for models that must count each word once (see `entry-model.ts`): the
 * Hindi stem of a Devanagari word, otherwise the English stem, which also folds the plurals of
 * Romance and Indonesian words often enough without merging unrelated ones.
 */
export function entryTerm(token: string, stem = true): string {
  if (!stem || token.length < 4 || DIGIT.test(token)) return token;
  const s = DEVANAGARI.test(token) ? hindi(token) : english(token);
  return s.length >= 3 ? s : token;
}

/**
 * A message's content words as term groups, each word once. A word the shop lexicon knows also
 * stands for its concept (one more variant: "envuelven" → `#wrap`), and a lexicon phrase made of
 * stop words only ("bao nhiêu", "kahan") becomes a group of its own whose token is the concept.
 */
export function queryGroups(text: string): TermGroup[] {
  const stem = stemmable(text);
  const words = analysisTokens(text, stem);
  const concepts = conceptsOf(words, (t) => variants(t, stem), isContentToken);
  const seen = new Map<string, TermGroup>();
  const groups: TermGroup[] = [];
  words.forEach((token, i) => {
    if (!isContentToken(token)) return;
    const known = seen.get(token);
    const phrases = concepts.phrases[i]!;
    if (known) {
      for (const c of concepts.at[i]!) if (!known.variants.includes(c)) known.variants.push(c);
      if (phrases.length > 0) known.phrases = [...new Set([...(known.phrases ?? []), ...phrases])];
      return;
    }
    const group: TermGroup = { token, variants: [...new Set([...variants(token, stem), ...concepts.at[i]!])], ...(phrases.length > 0 ? { phrases } : {}) };
    seen.set(token, group);
    groups.push(group);
  });
  const carried = new Set(groups.flatMap((g) => g.variants));
  for (const c of concepts.loose) if (!carried.has(c)) groups.push({ token: c, variants: [c] });
  return groups;
}

/** A knowledge field for the index: every content token's variants and lexicon concepts, and the token count. */
export function analyseField(...texts: string[]): AnalysedField {
  const terms: string[] = [];
  let length = 0;
  for (const text of texts) {
    const stem = stemmable(text);
    const words = analysisTokens(text, stem);
    // Concepts are extra terms: they do not lengthen the field, so BM25's length norm is as before.
    const concepts = conceptsOf(words, (t) => variants(t, stem), isContentToken);
    terms.push(...concepts.loose);
    words.forEach((token, i) => {
      if (!isContentToken(token)) return;
      length++;
      for (const term of variants(token, stem)) terms.push(term);
      terms.push(...concepts.at[i]!);
    });
  }
  return { terms, length };
}

/**
 * A message's words as the scope check counts them: its content tokens, each once, without the
 * seller's address pronoun (see `analysisTokens`), as `queryGroups` groups them.
 */
export function messageWords(text: string): string[] {
  return queryGroups(text).filter((g) => !g.token.startsWith('#')).map((g) => g.token);
}

/** Content tokens of a text as typed (folded), for the typo-tolerance vocabulary. */
export function surfaceTokens(text: string): string[] {
  return tokens(text).filter(isContentToken);
}
