/**
 * Turns one CSV row of `catalog.csv` or `faq.csv` into a product or FAQ entry, or the reasons
 * it is refused. The checks after the text-to-value step are the ones forms go through too
 * (`knowledge-values.ts`).
 */
import type { FaqEntry, Product } from '../../../contract/schemas';
import { checkFaq, checkProduct, parseOptions, splitList } from '../knowledge-values';

/** Columns of `catalog.csv` (FORMAT.md) plus the optional `active`. */
export const CATALOG_COLUMNS = ['sku', 'name', 'description', 'price', 'currency', 'stock', 'options', 'tags', 'active'] as const;
export const CATALOG_REQUIRED = ['sku', 'name', 'price'] as const;
/** Columns of `faq.csv` (FORMAT.md). */
export const FAQ_COLUMNS = ['id', 'question', 'answer', 'kind', 'alternatives'] as const;
export const FAQ_REQUIRED = ['id', 'question', 'answer'] as const;

const TRUE = ['true', '1'];
const FALSE = ['false', '0'];

type Converted<T> = { ok: true; value: T } | { ok: false; reasons: string[] };

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
  });
  reasons.push(...problems.map((p) => (p === 'missing id' ? p : `${p}${about}`)));
  return reasons.length > 0 ? { ok: false, reasons } : { ok: true, value: faq };
}
