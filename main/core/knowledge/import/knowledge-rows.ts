/**
 * Turns one CSV row of `catalog.csv` or `faq.csv` into a product or FAQ entry, or the reasons
 * it is refused. The checks after the text-to-value step are the ones forms go through too
 * (`knowledge-values.ts`).
 */
import { LANGUAGES, type FaqEntry, type Language, type Product } from '../../../contract/schemas';
import { checkFaq, checkProduct, parseOptions, splitList } from '../knowledge-values';

/**
 * Columns of `catalog.csv` (FORMAT.md) plus the optional `active` and `variant_of` (a variant
 * row: the SKU of the product it is an option combination of).
 */
export const CATALOG_COLUMNS = ['sku', 'name', 'description', 'price', 'currency', 'stock', 'options', 'tags', 'active', 'variant_of'] as const;
/** Translated text columns, `<field>_<language>`: `name_es`, `description_es`. */
export const PRODUCT_TRANSLATED = ['name', 'description'] as const;
/** Translated text columns of `faq.csv`: `question_es`, `answer_es`. */
export const FAQ_TRANSLATED = ['question', 'answer'] as const;

/** A `<field>_<language>` column check and its hint for the unknown-column message. */
export function translationColumns(fields: readonly string[]): { matches: (column: string) => boolean; hint: string } {
  const pattern = new RegExp(`^(?:${fields.join('|')})_(?:${LANGUAGES.join('|')})$`);
  return { matches: (column) => pattern.test(column), hint: `translations as ${fields.map((f) => `${f}_es`).join(', ')} (languages: ${LANGUAGES.join(', ')})` };
}

/** The `<field>_<language>` cells of a row, by language (only languages with some text). */
function translatedCells<F extends string>(cells: Record<string, string>, fields: readonly F[]): Partial<Record<Language, Record<F, string>>> {
  const out: Partial<Record<Language, Record<F, string>>> = {};
  for (const lang of LANGUAGES) {
    const values = Object.fromEntries(fields.map((f) => [f, (cells[`${f}_${lang}`] ?? '').trim()])) as Record<F, string>;
    if (fields.some((f) => values[f])) out[lang] = values;
  }
  return out;
}
export const CATALOG_REQUIRED = ['sku', 'name', 'price'] as const;
/** Columns of `faq.csv` (FORMAT.md). */
export const FAQ_COLUMNS = ['id', 'question', 'answer', 'kind', 'alternatives'] as const;
export const FAQ_REQUIRED = ['id', 'question', 'answer'] as const;

const TRUE = ['true', '1'];
const FALSE = ['false', '0'];

type Converted<T> = { ok: true; value: T } | { ok: false; reasons: string[] };

/** A catalog row as read: a product, or (with `variantOf`) a variant of the product of that SKU. */
export type CatalogRow = { product: Product; variantOf: string };

/**
 * A catalog row; `currency` is used when the row has none. A variant row may leave its name
 * empty (its product's name is used); its description and tags are its product's and ignored.
 */
export function catalogRowFromCells(cells: Record<string, string>, currency: string): Converted<CatalogRow> {
  const variantOf = (cells['variant_of'] ?? '').trim();
  const row = variantOf && !(cells['name'] ?? '').trim() ? { ...cells, name: variantOf } : cells;
  const converted = productFromRow(row, currency);
  return converted.ok ? { ok: true, value: { product: converted.value, variantOf } } : converted;
}

/** A catalog row; `currency` is used when the row has none. */
export function productFromRow(cells: Record<string, string>, currency: string): Converted<Product> {
  const text = (column: string) => (cells[column] ?? '').trim();
  const sku = text('sku');
  const reasons: string[] = [];
  const about = sku ? ` (SKU ${sku})` : '';
  const stockText = text('stock');
  if (stockText && !/^\d+$/.test(stockText)) reasons.push(`stock "${stockText}" is not a whole number of 0 or more${about}`);
  const activeText = text('active').toLowerCase();
  if (activeText && !TRUE.includes(activeText) && !FALSE.includes(activeText)) {
    reasons.push(`active "${text('active')}" must be true or false (or 1 / 0)${about}`);
  }
  const options = parseOptions(text('options'));
  if (!options.ok) reasons.push(`${options.reason}${about}`);
  const { product, problems } = checkProduct({
    sku,
    name: text('name'),
    description: text('description'),
    price: text('price'),
    currency: text('currency') || currency,
    stock: stockText && reasons.length === 0 ? Number(stockText) : null,
    options: options.ok ? options.options : {},
    tags: splitList(text('tags')),
    active: !FALSE.includes(activeText),
    translations: translatedCells(cells, PRODUCT_TRANSLATED),
  });
  reasons.push(...problems.map((p) => (p === 'missing SKU' ? p : `${p}${about}`)));
  return reasons.length > 0 ? { ok: false, reasons } : { ok: true, value: product };
}

/** An FAQ row; an empty `kind` means `info`. */
export function faqFromRow(cells: Record<string, string>): Converted<FaqEntry> {
  const text = (column: string) => (cells[column] ?? '').trim();
  const id = text('id');
  const about = id ? ` (id ${id})` : '';
  const reasons: string[] = [];
  const kind = text('kind').toLowerCase() || 'info';
  if (kind !== 'policy' && kind !== 'info') reasons.push(`kind "${text('kind')}" must be policy or info${about}`);
  const { faq, problems } = checkFaq({
    id,
    question: text('question'),
    answer: text('answer'),
    kind: kind === 'policy' ? 'policy' : 'info',
    alternatives: splitList(text('alternatives')),
    translations: translatedCells(cells, FAQ_TRANSLATED),
  });
  reasons.push(...problems.map((p) => (p === 'missing id' ? p : `${p}${about}`)));
  return reasons.length > 0 ? { ok: false, reasons } : { ok: true, value: faq };
}
