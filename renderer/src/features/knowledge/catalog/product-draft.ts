import type { Product, ProductVariant } from '../../../../../main/contract/schemas';
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
  /** Option combinations with their own price and stock (each field as typed). */
  variants?: VariantDraft[];
  /** Kept as saved: the form does not edit a product's translations (import does). */
  translations?: Product['translations'];
};

/** One variant as typed: `options` is `size:L` or `size:L;color:red` (one value per option). */
export type VariantDraft = { sku: string; options: string; price: string; stock: string };

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
    variants: (product.variants ?? []).map((v) => ({
      sku: v.sku,
      options: formatOptions(Object.fromEntries(Object.entries(v.options).map(([k, value]) => [k, [value]]))),
      price: formatDecimalForInput(v.price, language),
      stock: v.stock === null ? '' : String(v.stock),
    })),
    ...(product.translations ? { translations: product.translations } : {}),
  };
}

/**
 * The variants to save, or the `variants.errors` key of the first problem: each needs its own
 * SKU (not the product's), one value per option, a price in the UI `language`'s format (saved as
 * the exact decimal it means, like the product's) and a whole stock or none.
 */
export function validateVariants(sku: string, drafts: readonly VariantDraft[], language = 'en'): { variants: ProductVariant[]; error: null } | { variants: null; error: string } {
  const variants: ProductVariant[] = [];
  const skus = new Set<string>([sku]);
  const picks = new Set<string>();
  for (const d of drafts) {
    const vsku = d.sku.trim();
    if (!vsku) return { variants: null, error: 'skuRequired' };
    if (skus.has(vsku)) return { variants: null, error: 'skuRepeated' };
    skus.add(vsku);
    const parsed = parseOptions(d.options);
    if (!parsed.ok || Object.keys(parsed.options).length === 0 || Object.values(parsed.options).some((v) => v.length !== 1)) return { variants: null, error: 'optionsInvalid' };
    const options = Object.fromEntries(Object.entries(parsed.options).map(([k, v]) => [k, v[0]!]));
    const pick = JSON.stringify(Object.entries(options).sort());
    if (picks.has(pick)) return { variants: null, error: 'optionsRepeated' };
    picks.add(pick);
    const price = parseLocaleDecimal(d.price, language);
    if (!price.ok) return { variants: null, error: 'priceInvalid' };
    const stock = d.stock.trim();
    if (stock && !/^\d+$/.test(stock)) return { variants: null, error: 'stockInvalid' };
    variants.push({ sku: vsku, options, price: price.value, stock: stock ? Number(stock) : null });
  }
  return { variants, error: null };
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
  const variants = validateVariants(sku, draft.variants ?? [], language);
  if (variants.error) errors.variants = variants.error;
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
      ...(variants.variants && variants.variants.length > 0 ? { variants: variants.variants } : {}),
      ...(draft.translations ? { translations: draft.translations } : {}),
    },
    errors: null,
  };
}
