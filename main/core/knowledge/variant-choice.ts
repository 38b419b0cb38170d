/**
 * Which of a product's variants a customer's words ask about: "monstera in size L" → the L
 * variant, "¿la maceta grande?" → the L variant too, "how much is the monstera?" → all of them.
 * Deterministic and small: option values as the owner wrote them, and the common size words of
 * the customer languages for the usual size letters.
 */
import type { Product, ProductVariant } from '../../contract/schemas';
import { fold, tokens } from './text';

/**
 * Size letters and the words customers use for them, folded (es, pt, id, vi, romanised Hindi
 * beside English). Only words that mean nothing else in a shop chat.
 */
const SIZE_WORDS: Record<string, readonly string[]> = {
  xs: ['xs', 'extra small', 'extra chico', 'extra pequeno'],
  s: ['small', 'chico', 'chica', 'pequeno', 'pequena', 'pequenito', 'chiquito', 'chiquita', 'kecil', 'nho', 'chhota', 'chota', 'chhoti', 'choti'],
  m: ['medium', 'mediano', 'mediana', 'medio', 'sedang', 'vua', 'beech wala', 'medium wala'],
  l: ['large', 'big', 'grande', 'besar', 'lon', 'bada', 'bara', 'badi', 'bari'],
  xl: ['xl', 'extra large', 'extra grande', 'muy grande', 'sangat besar'],
};

/** Words that say "size" before a size letter: "size L", "talla M", "ukuran S". */
const SIZE_LEAD = /(?:size|sz|talla|tamano|tamanho|ukuran|kich thuoc|kich co|saiz)\s*[:.]?\s*$/u;

/** Whether `text` names the option value `value` (its words in order, or a size's words). */
export function mentionsValue(text: string, value: string): boolean {
  const folded = fold(value).trim();
  const words = tokens(text);
  const size = SIZE_WORDS[folded];
  if (size && size.some((phrase) => containsPhrase(words, tokens(phrase)))) return true;
  const own = tokens(value);
  if (own.length === 0) return false;
  // A one-letter value (S, M, L) counts only as a capital standing alone ("monstera L") or after
  // a size word ("talla m"): "it's" or "a" must not pick a size.
  if (own.length === 1 && own[0]!.length === 1) return mentionsLetter(text, own[0]!);
  return containsPhrase(words, own);
}

function mentionsLetter(text: string, letter: string): boolean {
  const alone = new RegExp(`(?<![\\p{L}\\p{N}'’])${letter.toUpperCase()}(?![\\p{L}\\p{N}'’])`, 'gu');
  if (alone.test(text)) return true;
  const folded = fold(text);
  const any = new RegExp(`(?<![\\p{L}\\p{N}'’])${letter}(?![\\p{L}\\p{N}'’])`, 'gu');
  for (const m of folded.matchAll(any)) if (SIZE_LEAD.test(folded.slice(0, m.index))) return true;
  return false;
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((p, j) => words[i + j] === p)) return true;
  return false;
}

/**
 * The variants `text` asks about: those whose value of every option the text names is one it
 * names. None named, or a combination the product does not have: every variant (the reply then
 * gives each price, so nothing is guessed). Empty for a product without variants.
 */
export function chooseVariants(product: Pick<Product, 'variants'>, text: string): ProductVariant[] {
  const variants = product.variants ?? [];
  if (variants.length === 0) return [];
  const names = [...new Set(variants.flatMap((v) => Object.keys(v.options)))];
  const named = new Map<string, Set<string>>();
  for (const name of names) {
    const values = [...new Set(variants.map((v) => v.options[name]).filter((v): v is string => v !== undefined))];
    const mentioned = values.filter((value) => mentionsValue(text, value));
    if (mentioned.length > 0) named.set(name, new Set(mentioned));
  }
  if (named.size === 0) return variants;
  const chosen = variants.filter((v) => [...named].every(([name, values]) => values.has(v.options[name] ?? '')));
  return chosen.length > 0 ? chosen : variants;
}

/** "size L, color white": how a variant is named in a reply, with the owner's own words. */
export function variantLabel(variant: ProductVariant): string {
  return Object.entries(variant.options)
    .map(([name, value]) => `${name} ${value}`)
    .join(', ');
}
