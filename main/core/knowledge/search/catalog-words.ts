/**
 * The words customers use to ask what every product record holds: its price ("cuánto cuesta",
 * "quanto custa", "berapa harga", "giá", "kimat", "price") and whether it is there to buy
 * ("disponible", "stok", "milega", "available"), folded, in the six customer languages.
 *
 * Retrieval treats every active product as if its text contained these words (see
 * `Retriever.frequencies` and `scoreDoc`): a product does answer "how much is it?" and "do you
 * have it?" through its price and stock fields, which the index never sees as words. This is
 * document expansion, and its effect comes from BM25 itself: a word every product carries has a
 * document frequency as large as the catalog, so its IDF falls to almost nothing, and what
 * decides "¿Cuánto cuesta la monstera?" is the word that names a source ("monstera"), not the
 * question words it shares with the shipping FAQ ("cuanto cuesta el envio"). The same count is
 * used wherever retrieval judges how telling a word is: the whole-source BM25F, the best FAQ
 * phrasing, and the FAQ entry model. In a shop without a catalog nothing changes, because
 * nothing carries the words.
 *
 * Why not something else. Adding these words to the stop words, and discounting an FAQ phrasing
 * by how much of it the message covers, were both tried and reverted: each fixed one language
 * and broke another, because a fixed rule decides what a word is worth without looking at the
 * shop (and "precio" is content in "precio de mayoreo"). A boost for message words that name a
 * product needs a factor that some rarer question word can always outweigh, and would lift
 * products in FAQ questions that name one too ("is the monstera safe for cats?"). Here the
 * weight follows from the shop's own collection, in every language alike. English needed little
 * of this only because its "how much" is made of stop words; Spanish "cuánto" is not.
 *
 * Only words that ask for the price or the availability belong here; a noun a shop may need as
 * content ("envio", "delivery", "charge", "discount") does not.
 */
import { variants } from './analyze';
import { conceptTerm } from './lexicon';

const PRICE: Record<string, string> = {
  en: 'price prices priced pricing cost costs',
  es: 'precio precios cuesta cuestan costo costos coste cuanto vale valen',
  pt: 'preco precos custa custam custo quanto valor',
  id: 'harga berapa brp',
  vi: 'gia tien',
  hi: 'kimat keemat kimmat daam rate कीमत दाम मूल्य',
};

const AVAILABILITY: Record<string, string> = {
  en: 'available availability stock',
  es: 'disponible disponibles existencia existencias',
  pt: 'disponivel disponiveis estoque',
  id: 'tersedia stok ready',
  // "còn hàng" is left out: "hàng" is also the "goods" of "giao hàng" and the "shop" of "cửa hàng".
  vi: '',
  hi: 'milega milegi milenge मिलेगा मिलेगी उपलब्ध',
};

let catalogTermSet: ReadonlySet<string> | null = null;

/**
 * Every variant (word and stems, as the index analyses them) of every catalog question word, and
 * the shop lexicon's price and stock concepts (`lexicon-data.ts`), which stand for the same
 * questions in every language and so must be as common as the catalog too. Built on first need
 * (the core's warm-up does it after start): stemming every word is no work for import time.
 */
export function catalogTerms(): ReadonlySet<string> {
  catalogTermSet ??= new Set([
    ...[...Object.values(PRICE), ...Object.values(AVAILABILITY)]
      .flatMap((list) => list.split(/\s+/))
      .filter(Boolean)
      .flatMap((word) => variants(word)),
    conceptTerm('price'),
    conceptTerm('stock'),
  ]);
  return catalogTermSet;
}

/** Whether the catalog question words were built yet (the start-up test: not at import). */
export function catalogTermsBuilt(): boolean {
  return catalogTermSet !== null;
}

/** Whether a word (or a stem of one) is a catalog question word, through any of its variants. */
export function isCatalogWord(word: string): boolean {
  const terms = catalogTerms();
  return variants(word).some((v) => terms.has(v));
}
