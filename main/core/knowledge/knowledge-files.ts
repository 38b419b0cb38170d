/**
 * Parses the knowledge-folder files (`profile.json`, `catalog.csv`, `faq.csv`, see FORMAT.md)
 * from text into validated values, or a list of problems, each with its physical line number.
 * Nothing is partially accepted.
 */
import Papa from 'papaparse';
import { MAX_IMPORT_FILE_BYTES } from '../../contract/knowledge-schemas';
import { BusinessProfile, type FaqEntry, type Product } from '../../contract/schemas';

/** One reason a file was refused, with the 1-based line number in the file when it has one. */
export type FolderProblem = { file: string; line: number | null; reason: string };

/** The files of a knowledge folder as text; a missing file leaves that part untouched. */
export type KnowledgeTexts = { profile?: string; catalog?: string; faq?: string };

/** What the files hold; `null` for a file that was not given. */
export type ParsedKnowledge = { profile: BusinessProfile | null; products: Product[] | null; faqs: FaqEntry[] | null };

export type ParseResult = { ok: true; value: ParsedKnowledge } | { ok: false; problems: FolderProblem[] };

/** Most rows a file may have; beyond this a shop's export is surely wrong. */
export const MAX_ROWS = 50_000;
const CATALOG_COLUMNS = ['sku', 'name', 'description', 'price', 'currency', 'stock', 'options', 'tags', 'active'];
const FAQ_COLUMNS = ['id', 'question', 'answer', 'kind', 'alternatives'];

/** Parses whichever files are given; the profile's currency is the catalog's default. */
export function parseKnowledgeTexts(texts: KnowledgeTexts, fallbackCurrency = 'USD'): ParseResult {
  const problems: FolderProblem[] = [];
  const profile = texts.profile === undefined ? null : parseProfile(texts.profile, problems);
  const currency = profile?.currency || fallbackCurrency;
  const products =
    texts.catalog === undefined
      ? null
      : parseCsv(texts.catalog, 'catalog.csv', CATALOG_COLUMNS, ['sku', 'name', 'price'], problems, (row, line) =>
          toProduct(row, line, currency, problems),
        );
  const faqs =
    texts.faq === undefined
      ? null
      : parseCsv(texts.faq, 'faq.csv', FAQ_COLUMNS, ['id', 'question', 'answer'], problems, (row, line) => toFaq(row, line, problems));
  if (products) findDuplicates(products.map((p) => [p.value.sku, p.line]), 'catalog.csv', 'SKU', problems);
  if (faqs) findDuplicates(faqs.map((f) => [f.value.id, f.line]), 'faq.csv', 'id', problems);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { profile, products: products?.map((p) => p.value) ?? null, faqs: faqs?.map((f) => f.value) ?? null } };
}

/** Refuses text that is too big or was decoded from the wrong encoding. */
function checkText(text: string, file: string, problems: FolderProblem[]): boolean {
  if (text.length > MAX_IMPORT_FILE_BYTES) {
    problems.push({ file, line: null, reason: `file is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB` });
    return false;
  }
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    problems.push({ file, line: lineAt(text, bad), reason: 'wrong encoding: save the file as UTF-8' });
    return false;
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    problems.push({ file, line: null, reason: 'file is empty' });
    return false;
  }
  return true;
}

function parseProfile(text: string, problems: FolderProblem[]): BusinessProfile | null {
  if (!checkText(text, 'profile.json', problems)) return null;
  try {
    const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
    const defaults = { name: '', about: '', currency: '', languages: [], timezone: '', hours: '', location: '', tone: '' };
    const parsed = BusinessProfile.safeParse({ ...defaults, ...raw });
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) problems.push({ file: 'profile.json', line: null, reason: `${issue.path.join('.')}: ${issue.message}` });
  } catch (error) {
    problems.push({ file: 'profile.json', line: null, reason: `not valid JSON (${(error as Error).message})` });
  }
  return null;
}

type Located<T> = { value: T; line: number };

function parseCsv<T>(
  raw: string,
  file: string,
  known: string[],
  required: string[],
  problems: FolderProblem[],
  convert: (row: Record<string, string>, line: number) => T | null,
): Located<T>[] {
  if (!checkText(raw, file, problems)) return [];
  const text = raw.replace(/^\uFEFF/, '');
  const starts = recordStartLines(text);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const [header = [], ...records] = parsed.data;
  const columns = header.map((c) => c.trim().toLowerCase());
  for (const column of columns.filter((c) => !known.includes(c))) problems.push({ file, line: 1, reason: `unknown column "${column}"` });
  for (const column of required.filter((c) => !columns.includes(c))) problems.push({ file, line: 1, reason: `missing required column "${column}"` });
  for (const error of parsed.errors) {
    problems.push({ file, line: error.row === undefined ? null : (starts[error.row] ?? null), reason: `CSV: ${error.message}` });
  }
  if (records.length > MAX_ROWS) {
    problems.push({ file, line: null, reason: `${records.length} rows; at most ${MAX_ROWS} are accepted` });
    return [];
  }
  if (problems.some((p) => p.file === file)) return [];
  const out: Located<T>[] = [];
  records.forEach((cells, index) => {
    const line = starts[index + 1] ?? index + 2;
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length !== columns.length) {
      problems.push({ file, line, reason: `${cells.length} fields where the header has ${columns.length}` });
      return;
    }
    const row = Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
    const value = convert(row, line);
    if (value !== null) out.push({ value, line });
  });
  return out;
}

/** Physical line (1-based) where each CSV record starts; quoted fields may span lines. */
export function recordStartLines(text: string): number[] {
  const starts = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\n') {
      line++;
      if (!quoted && i + 1 < text.length) starts.push(line);
    }
  }
  return starts;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function toProduct(row: Record<string, string>, line: number, currency: string, problems: FolderProblem[]): Product | null {
  const bad = (reason: string) => (problems.push({ file: 'catalog.csv', line, reason }), null);
  const sku = (row.sku ?? '').trim();
  const name = (row.name ?? '').trim();
  const price = (row.price ?? '').trim();
  const stockText = (row.stock ?? '').trim();
  const activeText = (row.active ?? '').trim().toLowerCase();
  if (!sku) return bad('missing SKU');
  if (!name) return bad(`missing name for SKU ${sku}`);
  if (price.startsWith('-')) return bad(`price "${price}" is negative`);
  if (!/^\d+(\.\d+)?$/.test(price)) return bad(`price "${price}" is not a decimal with a dot`);
  if (stockText && !/^\d+$/.test(stockText)) return bad(`stock "${stockText}" is not a whole number of 0 or more`);
  if (activeText && !['true', 'false', '1', '0', 'yes', 'no'].includes(activeText)) return bad(`active "${activeText}" must be true or false`);
  const options: Record<string, string[]> = {};
  for (const part of (row.options ?? '').split(';').map((s) => s.trim()).filter(Boolean)) {
    const [key, values, extra] = part.split(':');
    if (!key?.trim() || values === undefined || extra !== undefined || !values.trim()) {
      return bad(`options "${part}" should look like size:S|M|L`);
    }
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
    active: !['false', '0', 'no'].includes(activeText),
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
  return { id, question, answer, kind, alternatives: (row.alternatives ?? '').split('|').map((a) => a.trim()).filter(Boolean) };
}

function findDuplicates(keys: Array<[string, number]>, file: string, what: string, problems: FolderProblem[]): void {
  const first = new Map<string, number>();
  for (const [key, line] of keys) {
    const seen = first.get(key);
    if (seen === undefined) first.set(key, line);
    else problems.push({ file, line, reason: `duplicate ${what} "${key}" (first on line ${seen})` });
  }
}
