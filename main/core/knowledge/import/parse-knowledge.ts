/**
 * Parses the knowledge-folder files (`profile.json`, `catalog.csv`, `faq.csv`; FORMAT.md) from
 * text into validated values, or into every problem found, each with its physical line in the
 * file. Nothing is partially accepted: one problem refuses the whole import.
 */
import type { ImportProblem } from '../../../contract/knowledge-schemas';
import type { BusinessProfile, FaqEntry, Product } from '../../../contract/schemas';
import { readCsvTable, type TableRow, type TableSpec } from './csv-table';
import { checkProduct } from '../knowledge-values';
import {
  CATALOG_COLUMNS, CATALOG_REQUIRED, FAQ_COLUMNS, FAQ_REQUIRED, FAQ_TRANSLATED, PRODUCT_TRANSLATED, catalogRowFromCells, faqFromRow, translationColumns,
  type CatalogRow,
} from './knowledge-rows';
import { parseProfileJson } from './profile-json';
import { checkImportText } from './text-checks';

/** The files of a knowledge folder as text; a file not given leaves that part untouched. */
export type KnowledgeTexts = { profile?: string; catalog?: string; faq?: string };

/** What the files hold; `null` for a file that was not given. */
export type ParsedKnowledge = { profile: BusinessProfile | null; products: Product[] | null; faqs: FaqEntry[] | null };

export type ParseResult = { ok: true; value: ParsedKnowledge } | { ok: false; problems: ImportProblem[] };

/** Problems listed per file; past this the list says how many more there are. */
export const MAX_LISTED_PROBLEMS = 1000;

/** Parses whichever files are given; the profile's currency (or `fallbackCurrency`) fills empty currency cells. */
export function parseKnowledgeTexts(texts: KnowledgeTexts, fallbackCurrency = 'USD'): ParseResult {
  const problems: ImportProblem[] = [];
  const profile = texts.profile === undefined ? null : readFile(texts.profile, 'profile.json', problems, parseProfileJson);
  const currency = (profile?.currency.trim() || fallbackCurrency).toUpperCase();
  const products =
    texts.catalog === undefined
      ? null
      : readFile(texts.catalog, 'catalog.csv', problems, (text, into) => {
          const lines = new Map<CatalogRow, number>();
          const spec = { file: 'catalog.csv', columns: CATALOG_COLUMNS, required: CATALOG_REQUIRED, extra: translationColumns(PRODUCT_TRANSLATED) };
          const rows = readRows(text, spec, into, (cells) => catalogRowFromCells(cells, currency), (r) => r.product.sku, 'SKU', (r, line) => lines.set(r, line));
          return rows && withVariants(rows, lines, into);
        });
  const faqs =
    texts.faq === undefined
      ? null
      : readFile(texts.faq, 'faq.csv', problems, (text, into) =>
          readRows(text, { file: 'faq.csv', columns: FAQ_COLUMNS, required: FAQ_REQUIRED, extra: translationColumns(FAQ_TRANSLATED) }, into, faqFromRow, (f) => f.id, 'id'),
        );
  if (problems.length > 0) return { ok: false, problems: capPerFile(problems) };
  return { ok: true, value: { profile, products, faqs } };
}

function readFile<T>(raw: string, file: string, problems: ImportProblem[], parse: (text: string, problems: ImportProblem[]) => T | null): T | null {
  const checked = checkImportText(raw, file);
  if (!checked.ok) {
    problems.push(checked.problem);
    return null;
  }
  return parse(checked.text, problems);
}

type Converted<T> = { ok: true; value: T } | { ok: false; reasons: string[] };

function readRows<T>(
  text: string,
  spec: TableSpec,
  problems: ImportProblem[],
  convert: (cells: Record<string, string>) => Converted<T>,
  keyOf: (value: T) => string,
  keyName: string,
  onLine?: (value: T, line: number) => void,
): T[] | null {
  const before = problems.length;
  const rows: TableRow[] = readCsvTable(text, spec, problems);
  const values: T[] = [];
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    const converted = convert(row.cells);
    if (!converted.ok) {
      for (const reason of converted.reasons) problems.push({ file: spec.file, line: row.line, reason });
      continue;
    }
    const key = keyOf(converted.value);
    const seen = firstLine.get(key);
    if (seen !== undefined) problems.push({ file: spec.file, line: row.line, reason: `duplicate ${keyName} "${key}" (first on line ${seen})` });
    else firstLine.set(key, row.line);
    values.push(converted.value);
    onLine?.(converted.value, row.line);
  }
  return problems.length > before ? null : values;
}

/**
 * Attaches each variant row to the product row it names in `variant_of`, in file order. A
 * variant names one value per option (`size:L`); its product's options gain the values its
 * variants name, so the product reads "size: S/M/L" however its own row spelled it.
 */
function withVariants(rows: CatalogRow[], lines: ReadonlyMap<CatalogRow, number>, problems: ImportProblem[]): Product[] | null {
  const before = problems.length;
  const add = (row: CatalogRow, reason: string) => problems.push({ file: 'catalog.csv', line: lines.get(row) ?? null, reason });
  const parents = new Map(rows.filter((r) => !r.variantOf).map((r) => [r.product.sku, r]));
  const variants = new Map<string, CatalogRow[]>();
  for (const row of rows) {
    if (!row.variantOf) continue;
    const { product, variantOf } = row;
    const parent = parents.get(variantOf);
    if (!parent) {
      add(row, `variant_of "${variantOf}" is not the SKU of a product row in this file (SKU ${product.sku})`);
      continue;
    }
    if (product.currency !== parent.product.currency) add(row, `currency ${product.currency} differs from its product's ${parent.product.currency} (SKU ${product.sku})`);
    if (Object.values(product.options).some((values) => values.length !== 1) || Object.keys(product.options).length === 0) {
      add(row, `a variant row names one value per option, like size:L (SKU ${product.sku})`);
    }
    variants.set(variantOf, [...(variants.get(variantOf) ?? []), row]);
  }
  const products: Product[] = [];
  for (const parent of parents.values()) {
    const own = variants.get(parent.product.sku);
    if (!own) {
      products.push(parent.product);
      continue;
    }
    const options = Object.fromEntries(Object.entries(parent.product.options).map(([k, v]) => [k, [...v]]));
    for (const { product } of own)
      for (const [name, [value]] of Object.entries(product.options)) {
        const values = (options[name] ??= []);
        if (value !== undefined && !values.includes(value)) values.push(value);
      }
    const variantList = own.map(({ product }) => ({
      sku: product.sku,
      options: Object.fromEntries(Object.entries(product.options).map(([k, v]) => [k, v[0] ?? ''])),
      price: product.price,
      stock: product.stock,
    }));
    const checked = checkProduct({ ...parent.product, options, variants: variantList });
    for (const reason of checked.problems) add(parent, `${reason} (SKU ${parent.product.sku})`);
    products.push(checked.product);
  }
  return problems.length > before ? null : products;
}

/** Keeps the first `MAX_LISTED_PROBLEMS` of each file and says how many more there were. */
function capPerFile(problems: ImportProblem[]): ImportProblem[] {
  const counts = new Map<string, number>();
  const out: ImportProblem[] = [];
  for (const problem of problems) {
    const n = (counts.get(problem.file) ?? 0) + 1;
    counts.set(problem.file, n);
    if (n <= MAX_LISTED_PROBLEMS) out.push(problem);
  }
  for (const [file, n] of counts) {
    if (n > MAX_LISTED_PROBLEMS) out.push({ file, line: null, reason: `…and ${(n - MAX_LISTED_PROBLEMS).toLocaleString('en')} more problems in this file` });
  }
  return out;
}
