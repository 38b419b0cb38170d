/**
 * Parses the knowledge-folder files (`profile.json`, `catalog.csv`, `faq.csv`; FORMAT.md) from
 * text into validated values, or into every problem found, each with its physical line in the
 * file. Nothing is partially accepted: one problem refuses the whole import.
 */
import type { ImportProblem } from '../../../contract/knowledge-schemas';
import type { BusinessProfile, FaqEntry, Product } from '../../../contract/schemas';
import { readCsvTable, type TableRow } from './csv-table';
import { CATALOG_COLUMNS, CATALOG_REQUIRED, FAQ_COLUMNS, FAQ_REQUIRED, faqFromRow, productFromRow } from './knowledge-rows';
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
      : readFile(texts.catalog, 'catalog.csv', problems, (text, into) =>
          readRows(text, { file: 'catalog.csv', columns: CATALOG_COLUMNS, required: CATALOG_REQUIRED }, into, (cells) => productFromRow(cells, currency), (p) => p.sku, 'SKU'),
        );
  const faqs =
    texts.faq === undefined
      ? null
      : readFile(texts.faq, 'faq.csv', problems, (text, into) =>
          readRows(text, { file: 'faq.csv', columns: FAQ_COLUMNS, required: FAQ_REQUIRED }, into, faqFromRow, (f) => f.id, 'id'),
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
  spec: { file: string; columns: readonly string[]; required: readonly string[] },
  problems: ImportProblem[],
  convert: (cells: Record<string, string>) => Converted<T>,
  keyOf: (value: T) => string,
  keyName: string,
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
  }
  return problems.length > before ? null : values;
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
