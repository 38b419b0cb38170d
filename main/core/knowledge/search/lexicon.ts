/**
 * Finds the concepts of the shop lexicon (`lexicon-data.ts`) in a tokenised text: single words
 * through any of their variants (so "envíos", "envio" and "enviar" all reach `delivery`), phrases
 * word for word. Analysis adds what this finds as extra terms on both sides of retrieval.
 */
import { tokens } from '../text';
import { CONCEPTS } from './lexicon-data';

/**
 * A concept term as the index stores it: no word of any language starts with "#"; lower case,
 * because the full-text tokenizer folds case and a term must read back as it was written.
 */
export function conceptTerm(concept: string): string {
  return `#${concept.toLowerCase()}`;
}

/** Whether an index or query term is a lexicon concept rather than a word. */
export function isConceptTerm(term: string): boolean {
  return term.startsWith('#');
}

type Phrase = { words: string[]; concept: string };
type Tables = { singles: Map<string, Set<string>>; phrases: Map<string, Phrase[]> };

let tables: Tables | null = null;

/**
 * The lookup tables, built on first use (no work at import time).
 */
function lookup(): Tables {
  if (tables) return tables;
  const singles = new Map<string, Set<string>>();
  const phrases = new Map<string, Phrase[]>();
  for (const [concept, byLanguage] of Object.entries(CONCEPTS)) {
    for (const list of Object.values(byLanguage)) {
      for (const written of (list ?? '').split(',')) {
        const words = tokens(written);
        if (words.length === 0) continue;
        if (words.length === 1) {
          // The word as listed, not its stems: another language's stemmer may fold an unrelated
          // word onto a stem ("depósito" → "deposit"). A message word still meets it through its
          // own variants ("cards" → "card", "envíos" → "envio"), and the lists spell the forms.
          const set = singles.get(words[0]!) ?? new Set<string>();
          set.add(concept);
          singles.set(words[0]!, set);
        } else {
          phrases.set(words[0]!, [...(phrases.get(words[0]!) ?? []), { words, concept }]);
        }
      }
    }
  }
  tables = { singles, phrases };
  return tables;
}

/**
 * The concepts of a token sequence: `at[i]` are the concept terms token `i` stands for (a single
 * lexicon word, or a phrase ending on it), `phrases[i]` those of them that come from a phrase
 * ("snake plant": the plant, not any plant); `loose` are phrases' concepts with no content token to
 * carry them ("bao nhiêu", "kahan"). A phrase adds nothing when one of its words already carries
 * its concept ("bank transfer" is `transfer` once), so a concept is counted once per mention.
 * `variantsOf(token)`: the token's analysis variants; `isContent(token)`: whether it can carry one.
 */
export function conceptsOf(
  words: readonly string[],
  variantsOf: (token: string) => string[],
  isContent: (token: string) => boolean,
): { at: string[][]; phrases: string[][]; loose: string[] } {
  const { singles, phrases } = lookup();
  const at = words.map((word) => {
    const found = new Set<string>();
    for (const key of [word, ...variantsOf(word)]) for (const c of singles.get(key) ?? []) found.add(c);
    return [...found];
  });
  const loose: string[] = [];
  const phrased: string[][] = words.map(() => []);
  words.forEach((word, i) => {
    for (const phrase of phrases.get(word) ?? []) {
      const end = i + phrase.words.length;
      if (end > words.length || !phrase.words.every((w, k) => words[i + k] === w)) continue;
      const span = at.slice(i, end);
      if (span.some((cs) => cs.includes(phrase.concept))) continue;
      let carrier = -1;
      for (let k = end - 1; k >= i; k--) if (isContent(words[k]!)) { carrier = k; break; }
      if (carrier >= 0) {
        at[carrier]!.push(phrase.concept);
        phrased[carrier]!.push(phrase.concept);
      } else loose.push(phrase.concept);
    }
  });
  // A stop word that is a lexicon word on its own ("dimana") cannot carry it either.
  words.forEach((word, i) => {
    if (!isContent(word)) loose.push(...at[i]!.splice(0));
  });
  return { at: at.map((cs) => cs.map(conceptTerm)), phrases: phrased.map((cs) => cs.map(conceptTerm)), loose: [...new Set(loose)].map(conceptTerm) };
}
