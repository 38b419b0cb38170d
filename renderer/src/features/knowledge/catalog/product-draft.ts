import type { Product } from '../../../../../main/contract/schemas';
import { formatOptions, parseOptions } from '../../../../../main/contract/knowledge-text';
import { TEXT_LIMITS as L } from '../../../../../main/contract/text-rules';
import { formatDecimalForInput, parseLocaleDecimal } from '../../../lib/locale-number';
import { isCurrencyCode, textError, type FieldErrors } from '../draft-fields';

/** A product as the owner types it: every field is text until it is saved. */
export type ProductDraft = {
  sku: string;
  name: string;
  description: string;
  price: string;
  currency: string;
  /** Empty means "unknown". */
  stock: string;
  /** `size:S|M|L;color:red` */
  options: string;
  tags: string[];
  active: boolean;
};

/** Field → i18n key (under `knowledge.catalog.errors`) of what is wrong with it. */
export type DraftErrors = FieldErrors<ProductDraft>;

/** A blank product in the shop's currency. */
export function emptyDraft(currency: string): ProductDraft {
  return { sku: '', name: '', description: '', price: '', currency, stock: '', options: '', tags: [], active: true };
}

/** The editable text form of a saved product, its price written in the UI `language` ("139,00"). */
export function toDraft(product: Product, language: string): ProductDraft {
  return {
    sku: product.sku,
    name: product.name,
    description: product.description,
    price: formatDecimalForInput(product.price, language),
    currency: product.currency,
    stock: product.stock === null ? '' : String(product.stock),
    options: formatOptions(product.options),
    tags: product.tags,
    active: product.active,
  };
}

/**
 * Checks a draft the same way main does, so most mistakes show before saving. The price is read
 * in the UI `language`'s format ("12,50", an Indonesian "150.000") and saved as the exact
 * decimal it means ("12.50", "150000"); one that would need a guess is a field error. Returns
 * the product to save, or the errors by field (i18n keys under `knowledge.catalog.errors`).
 */
export function validateDraft(draft: ProductDraft, language: string): { product: Product; errors: null } | { product: null; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const sku = draft.sku.trim();
  const name = draft.name.trim();
  const price = parseLocaleDecimal(draft.price, language);
  const stock = draft.stock.trim();
  const currency = draft.currency.trim().toUpperCase();
  if (!sku) errors.sku = 'skuRequired';
  if (!name) errors.name = 'nameRequired';
  if (!price.ok) errors.price = price.problem === 'empty' ? 'priceRequired' : price.problem === 'negative' ? 'priceNegative' : 'priceInvalid';
  else errors.price = textError(price.value, L.price);
  if (stock && !/^\d+$/.test(stock)) errors.stock = 'stockInvalid';
  if (!isCurrencyCode(currency)) errors.currency = 'currencyInvalid';
  // The core's own parser: a repeated option name is refused here too, not only on saving.
  const parsed = parseOptions(draft.options);
  const options = parsed.ok ? parsed.options : null;
  if (options === null) errors.options = 'optionsInvalid';
  errors.sku ??= textError(sku, L.sku);
  errors.name ??= textError(name, L.productName);
  errors.description ??= textError(draft.description.trim(), L.description);
  if (options) errors.options ??= textError(Object.keys(options), L.optionName) ?? textError(Object.values(options).flat(), L.optionValue);
  errors.tags ??= draft.tags.length > L.tags ? 'tooMany' : textError(draft.tags, L.tag);
  for (const key of Object.keys(errors) as Array<keyof DraftErrors>) if (errors[key] === undefined) delete errors[key];
  if (Object.keys(errors).length > 0 || options === null || !price.ok) return { product: null, errors };
  return {
    product: {
      sku,
      name,
      description: draft.description.trim(),
      price: price.value,
      currency,
      stock: stock ? Number(stock) : null,
      options,
      tags: draft.tags.map((tag) => tag.trim()).filter(Boolean),
      active: draft.active,
    },
    errors: null,
  };
}
