/**
 * Reads a knowledge folder (`profile.json`, `catalog.csv`, `faq.csv`, see the format spec) into a
 * validated `KnowledgeSet`, or a list of row-level problems. Nothing is partially accepted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { BusinessProfile, type FaqEntry, type Product } from '../../contract/schemas';
import type { KnowledgeSet } from './knowledge-repo';

/** One reason a file was refused, with the 1-based line number in the file when it has one. */
export type FolderProblem = { file: string; line: number | null; reason: string };

export type FolderResult = { ok: true; set: KnowledgeSet } | { ok: false; problems: FolderProblem[] };

const CATALOG_COLUMNS = ['sku', 'name', 'description', 'price', 'currency', 'stock', 'options', 'tags'];
const FAQ_COLUMNS = ['id', 'question', 'answer', 'kind', 'alternatives'];

/** Loads and validates a whole folder. */
export function readKnowledgeFolder(dir: string, defaultCurrency = 'USD'): FolderResult {
  const problems: FolderProblem[] = [];
  const profile = readProfile(dir, problems);
  const currency = profile?.currency || defaultCurrency;
  const products = readCsv(dir, 'catalog.csv', CATALOG_COLUMNS, ['sku', 'name', 'price'], problems, (row, line) =>
    toProduct(row, line, currency, problems),
  );
  const faqs = readCsv(dir, 'faq.csv', FAQ_COLUMNS, ['id', 'question', 'answer'], problems, (row, line) =>
    toFaq(row, line, problems),
  );
  findDuplicates(products.map((p) => [p.value.sku, p.line]), 'catalog.csv', 'SKU', problems);
  findDuplicates(faqs.map((f) => [f.value.id, f.line]), 'faq.csv', 'id', problems);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, set: { profile, products: products.map((p) => p.value), faqs: faqs.map((f) => f.value) } };
}

function readProfile(dir: string, problems: FolderProblem[]): BusinessProfile | null {
  const file = join(dir, 'profile.json');
  if (!existsSync(file)) return null;
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
    const parsed = BusinessProfile.safeParse({
      name: '',
      about: '',
      currency: '',
      languages: [],
      timezone: '',
      hours: '',
      location: '',
      tone: '',
      ...raw,
    });
    if (parsed.success) return parsed.data;
    problems.push({ file: 'profile.json', line: null, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  } catch (error) {
    problems.push({ file: 'profile.json', line: null, reason: `not valid JSON (${(error as Error).message})` });
  }
  return null;
}

type Located<T> = { value: T; line: number };

function readCsv<T>(
  dir: string,
  name: string,
  known: string[],
  required: string[],
  problems: FolderProblem[],
  convert: (row: Record<string, string>, line: number) => T | null,
): Located<T>[] {
  const file = join(dir, name);
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  const header = parsed.meta.fields ?? [];
  for (const column of header.filter((c) => !known.includes(c))) {
    problems.push({ file: name, line: 1, reason: `unknown column "${column}"` });
  }
  for (const column of required.filter((c) => !header.includes(c))) {
    problems.push({ file: name, line: 1, reason: `missing required column "${column}"` });
  }
  for (const error of parsed.errors) {
    problems.push({ file: name, line: error.row === undefined ? null : error.row + 2, reason: error.message });
  }
  const out: Located<T>[] = [];
  // Papa does not report source line numbers of rows; rows with embedded newlines are rare, so
  // count from the data row index (header is line 1) and note it is the record number.
  parsed.data.forEach((row, index) => {
    const line = index + 2;
    const value = convert(row, line);
    if (value !== null) out.push({ value, line });
  });
  return out;
}

function toProduct(row: Record<string, string>, line: number, currency: string, problems: FolderProblem[]): Product | null {
  const bad = (reason: string) => (problems.push({ file: 'catalog.csv', line, reason }), null);
  const sku = (row.sku ?? '').trim();
  const name = (row.name ?? '').trim();
  const price = (row.price ?? '').trim();
  const stockText = (row.stock ?? '').trim();
  if (!sku) return bad('missing SKU');
  if (!name) return bad(`missing name for SKU ${sku}`);
  if (!/^\d+(\.\d+)?$/.test(price)) return bad(`price "${price}" is not a decimal with a dot`);
  if (stockText && !/^-?\d+$/.test(stockText)) return bad(`stock "${stockText}" is not a whole number`);
  const options: Record<string, string[]> = {};
  for (const part of (row.options ?? '').split(';').map((s) => s.trim()).filter(Boolean)) {
    const [key, values] = part.split(':');
    if (!key || values === undefined) return bad(`options "${part}" should look like size:S|M|L`);
    options[key.trim()] = values.split('|').map((v) => v.trim()).filter(Boolean);
  }
  const rowCurrency = (row.currency ?? '').trim().toUpperCase() || currency.toUpperCase();
  if (!/^[A-Z]{3}$/.test(rowCurrency)) return bad(`currency "${rowCurrency}" is not a 3-letter code`);
  return {
    sku,
    name,
    description: (row.description ?? '').trim(),
    price,
    currency: rowCurrency,
    stock: stockText ? Number(stockText) : null,
    options,
    tags: (row.tags ?? '').split('|').map((t) => t.trim()).filter(Boolean),
    active: true,
  };
}

function toFaq(row: Record<string, string>, line: number, problems: FolderProblem[]): FaqEntry | null {
  const bad = (reason: string) => (problems.push({ file: 'faq.csv', line, reason }), null);
  const id = (row.id ?? '').trim();
  const question = (row.question ?? '').trim();
  const answer = (row.answer ?? '').trim();
  const kind = (row.kind ?? '').trim() || 'info';
  if (!id) return bad('missing id');
  if (!question) return bad(`missing question for ${id}`);
  if (!answer) return bad(`missing answer for ${id}`);
  if (kind !== 'policy' && kind !== 'info') return bad(`kind "${kind}" must be policy or info`);
  return {
    id,
    question,
    answer,
    kind,
    alternatives: (row.alternatives ?? '').split('|').map((a) => a.trim()).filter(Boolean),
  };
}

function findDuplicates(keys: Array<[string, number]>, file: string, what: string, problems: FolderProblem[]): void {
  const first = new Map<string, number>();
  for (const [key, line] of keys) {
    const seen = first.get(key);
    if (seen === undefined) first.set(key, line);
    else problems.push({ file, line, reason: `duplicate ${what} "${key}" (first on line ${seen})` });
  }
}
