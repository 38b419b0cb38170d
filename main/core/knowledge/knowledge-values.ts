/**
 * The knowledge-folder spelling of list fields (`size:S|M|L;color:red`, `a|b|c`) and the checks
 * every product and FAQ entry passes, whether it comes from a form or a file. Both paths share
 * them so that whatever is saved can be exported and imported again unchanged.
 */
import { CURRENCY_PATTERN, LIST_SEPARATOR, priceProblem } from '../../contract/knowledge-text';
import type { FaqEntry, FaqTranslation, Language, Product, ProductTranslation, ProductVariant } from '../../contract/schemas';
import { TEXT_LIMITS as L, describeTextProblem, textProblem } from '../../contract/text-rules';

// The list spelling and the price rule live in the contract, so the renderer's forms use the same copy.
export { LIST_SEPARATOR, OPTION_SEPARATOR, formatOptions, parseOptions, priceProblem, splitList } from '../../contract/knowledge-text';

/**
 * Trims and tidies a product and lists what is wrong with it. The tidy form is what gets
 * stored, so an export of it reads back identically.
 */
export function checkProduct(input: Product): { product: Product; problems: string[] } {
  const problems: string[] = [];
  const tidyList = (items: readonly string[]) => items.map((item) => item.trim()).filter(Boolean);
  const options: Record<string, string[]> = {};
  for (const [rawName, rawValues] of Object.entries(input.options)) {
    const name = rawName.trim();
    const values = tidyList(rawValues);
    if (!name || values.length === 0) continue;
    if (/[:;|]/.test(name)) problems.push(`option name "${name}" cannot contain : ; or |`);
    if (values.some((v) => /[;|]/.test(v))) problems.push(`values of option "${name}" cannot contain ; or |`);
    options[name] = values;
  }
  const product: Product = {
    sku: input.sku.trim(),
    name: input.name.trim(),
    description: input.description.trim(),
    price: input.price.trim(),
    currency: input.currency.trim().toUpperCase(),
    stock: input.stock,
    options,
    tags: tidyList(input.tags),
    active: input.active,
  };
  const variants = (input.variants ?? []).map(tidyVariant);
  if (variants.length > 0) product.variants = variants;
  const translations = tidyTranslations(input.translations, (t) => ({ name: t.name.trim(), description: t.description.trim() }), (t) => !t.name && !t.description);
  if (translations) product.translations = translations;
  problems.push(...variantProblems(product.sku, variants));
  for (const [lang, t] of Object.entries(product.translations ?? {})) {
    problems.push(...textProblems([[`${lang} name`, t.name, L.productName], [`${lang} description`, t.description, L.description]]));
  }
  if (!product.sku) problems.push('missing SKU');
  if (!product.name) problems.push('missing name');
  const price = priceProblem(product.price);
  if (price) problems.push(price);
  if (!CURRENCY_PATTERN.test(product.currency)) problems.push(`currency "${product.currency}" is not a 3-letter code`);
  if (product.stock !== null && product.stock < 0) problems.push(`stock ${product.stock} is negative`);
  if (product.tags.some((tag) => tag.includes(LIST_SEPARATOR))) problems.push('a tag cannot contain |');
  problems.push(
    ...textProblems([
      ['SKU', product.sku, L.sku],
      ['name', product.name, L.productName],
      ['description', product.description, L.description],
      ...Object.entries(product.options).flatMap(([name, values]): Field[] => [
        ['option name', name, L.optionName],
        ...values.map((v): Field => ['option value', v, L.optionValue]),
      ]),
      ...product.tags.map((tag): Field => ['tag', tag, L.tag]),
    ]),
  );
  if (Object.keys(product.options).length > L.options) problems.push(`${Object.keys(product.options).length} options; the most is ${L.options}`);
  for (const [name, values] of Object.entries(product.options)) {
    if (values.length > L.optionValues) problems.push(`option "${name}" has ${values.length} values; the most is ${L.optionValues}`);
  }
  if (product.tags.length > L.tags) problems.push(`${product.tags.length} tags; the most is ${L.tags}`);
  return { product, problems };
}

/** Trims an FAQ entry and lists what is wrong with it (see `checkProduct`). */
export function checkFaq(input: FaqEntry): { faq: FaqEntry; problems: string[] } {
  const faq: FaqEntry = {
    id: input.id.trim(),
    question: input.question.trim(),
    answer: input.answer.trim(),
    kind: input.kind,
    alternatives: input.alternatives.map((a) => a.trim()).filter(Boolean),
  };
  const problems: string[] = [];
  const translations = tidyTranslations(input.translations, (t) => ({ question: t.question.trim(), answer: t.answer.trim() }), (t) => !t.question && !t.answer);
  if (translations) faq.translations = translations;
  for (const [lang, t] of Object.entries(faq.translations ?? {})) {
    if (!t.answer) problems.push(`the ${lang} translation has a question but no answer`);
    problems.push(...textProblems([[`${lang} question`, t.question, L.question], [`${lang} answer`, t.answer, L.answer]]));
  }
  if (!faq.id) problems.push('missing id');
  if (!faq.question) problems.push('missing question');
  if (!faq.answer) problems.push('missing answer');
  if (faq.alternatives.some((a) => a.includes(LIST_SEPARATOR))) problems.push('an alternative phrasing cannot contain |');
  problems.push(
    ...textProblems([
      ['id', faq.id, L.faqId],
      ['question', faq.question, L.question],
      ['answer', faq.answer, L.answer],
      ...faq.alternatives.map((a): Field => ['alternative phrasing', a, L.alternative]),
    ]),
  );
  if (faq.alternatives.length > L.alternatives) problems.push(`${faq.alternatives.length} alternative phrasings; the most is ${L.alternatives}`);
  return { faq, problems };
}

type Field = [field: string, text: string, max: number];

function tidyVariant(v: ProductVariant): ProductVariant {
  const options: Record<string, string> = {};
  for (const [name, value] of Object.entries(v.options)) if (name.trim() && value.trim()) options[name.trim()] = value.trim();
  return { sku: v.sku.trim(), options, price: v.price.trim(), stock: v.stock };
}

/** Each variant: own SKU (not the product's, not repeated), options that pick it, a price. */
function variantProblems(productSku: string, variants: readonly ProductVariant[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const picks = new Set<string>();
  for (const v of variants) {
    const about = v.sku ? ` (variant ${v.sku})` : '';
    if (!v.sku) problems.push('a variant has no SKU');
    else if (v.sku === productSku) problems.push(`variant SKU ${v.sku} is the product's own SKU`);
    else if (seen.has(v.sku)) problems.push(`variant SKU ${v.sku} is given twice`);
    seen.add(v.sku);
    if (Object.keys(v.options).length === 0) problems.push(`a variant needs the option values that pick it, like size:L${about}`);
    const pick = JSON.stringify(Object.entries(v.options).sort());
    if (Object.keys(v.options).length > 0 && picks.has(pick)) problems.push(`two variants have the same options${about}`);
    picks.add(pick);
    if (Object.entries(v.options).some(([name, value]) => /[:;|]/.test(name) || /[;|]/.test(value))) problems.push(`variant options cannot contain ; or |${about}`);
    const price = priceProblem(v.price);
    if (price) problems.push(`${price}${about}`);
    if (v.stock !== null && v.stock < 0) problems.push(`stock ${v.stock} is negative${about}`);
    problems.push(...textProblems([['SKU', v.sku, L.sku], ...Object.entries(v.options).flatMap(([n, val]): Field[] => [['option name', n, L.optionName], ['option value', val, L.optionValue]])]));
  }
  if (variants.length > L.variants) problems.push(`${variants.length} variants; the most is ${L.variants}`);
  return problems;
}

/** Trimmed translations without the empty ones; undefined when none is left. */
function tidyTranslations<T extends ProductTranslation | FaqTranslation>(
  input: Partial<Record<Language, T>> | undefined,
  tidy: (t: T) => T,
  empty: (t: T) => boolean,
): Partial<Record<Language, T>> | undefined {
  const out: Partial<Record<Language, T>> = {};
  for (const [lang, t] of Object.entries(input ?? {}) as Array<[Language, T]>) {
    const tidied = tidy(t);
    if (!empty(tidied)) out[lang] = tidied;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Length and character problems of text fields, one sentence each (the first per field name). */
function textProblems(fields: readonly Field[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const [field, text, max] of fields) {
    const problem = textProblem(text, max);
    if (!problem || seen.has(field)) continue;
    seen.add(field);
    out.push(describeTextProblem(field, problem));
  }
  return out;
}
