/**
 * Reads a CSV file (RFC 4180, comma-separated) into rows keyed by column, each with the
 * physical line it starts on — also when an earlier quoted field spans lines. Papaparse does
 * the parsing; its `step` cursor tells where each record ends, and so where the next starts.
 */
import Papa from 'papaparse';
import type { ImportProblem } from '../../../contract/knowledge-schemas';
import { LineIndex } from './line-index';

/** Most data rows a file may have; beyond this a shop's export is surely wrong. */
export const MAX_ROWS = 50_000;

/** What a file's header must and may hold. */
export type TableSpec = {
  file: string;
  columns: readonly string[];
  required: readonly string[];
  /** Further accepted columns by pattern (translations: `answer_es`); named in the "expected" hint. */
  extra?: { matches: (column: string) => boolean; hint: string };
};

/** One data row: cells by lower-case column name, and the line the record starts on. */
export type TableRow = { cells: Record<string, string>; line: number };

/**
 * Parses `text` (already without BOM). Problems with the file as a whole — header, quoting,
 * too many rows — are added to `problems` and return no rows; a row with the wrong number of
 * fields is reported and left out, so the others can still be checked and reported.
 */
export function readCsvTable(text: string, spec: TableSpec, problems: ImportProblem[]): TableRow[] {
  const { file } = spec;
  const before = problems.length;
  const add = (line: number | null, reason: string) => problems.push({ file, line, reason });
  const lines = new LineIndex(text);
  const records: Array<{ cells: string[]; line: number }> = [];
  let start = 0;
  let rows = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: false,
    step: (result) => {
      const line = lines.lineOf(start);
      // One quoting mistake can raise two errors for the same field; the first says it.
      const error = result.errors[0];
      if (error) {
        const at = error.index === undefined ? line : lines.lineOf(error.index);
        add(at, quotingReason(error.code, line, at));
      }
      start = result.meta.cursor;
      const cells = result.data;
      if (cells.every((cell) => cell.trim() === '')) return;
      // The header is record 0; past the limit only the count matters.
      if (records.length > 0) rows++;
      if (rows <= MAX_ROWS) records.push({ cells, line });
    },
  });
  if (rows > MAX_ROWS) add(null, `${rows.toLocaleString('en')} rows; at most ${MAX_ROWS.toLocaleString('en')} are accepted — split the file`);
  const [header, ...data] = records;
  if (!header) {
    add(null, 'file is empty');
    return [];
  }
  const columns = checkHeader(header.cells, spec, (reason) => add(header.line, reason));
  if (problems.length > before) return [];
  const out: TableRow[] = [];
  for (const record of data) {
    if (record.cells.length !== columns.length) {
      add(record.line, `${record.cells.length} fields where the header has ${columns.length} (a comma inside a value needs "quotes")`);
      continue;
    }
    out.push({ cells: Object.fromEntries(columns.map((column, i) => [column, record.cells[i]!])), line: record.line });
  }
  return out;
}

/** Lower-cased column names; problems are reported on the header's line. */
function checkHeader(cells: string[], spec: TableSpec, add: (reason: string) => void): string[] {
  const columns = cells.map((cell) => cell.trim().toLowerCase());
  if (columns.length === 1 && /[;\t]/.test(columns[0]!)) {
    add('columns must be separated by commas; this header uses ";" or tabs (save as "CSV UTF-8 (comma delimited)")');
    return columns;
  }
  const seen = new Set<string>();
  columns.forEach((column, i) => {
    if (column === '') add(`column ${i + 1} has no name`);
    else if (seen.has(column)) add(`column "${column}" appears twice`);
    else if (!spec.columns.includes(column) && !spec.extra?.matches(column)) {
      add(`unknown column "${column}" (expected: ${spec.columns.join(', ')}${spec.extra ? `, ${spec.extra.hint}` : ''})`);
    }
    seen.add(column);
  });
  for (const column of spec.required) if (!seen.has(column)) add(`missing required column "${column}"`);
  return columns;
}

function quotingReason(code: string, recordLine: number, errorLine: number): string {
  switch (code) {
    case 'MissingQuotes':
      return `a quoted value opened ${recordLine === errorLine ? 'here' : `on line ${recordLine}`} is never closed`;
    case 'InvalidQuotes':
      return 'a quoted value has text after its closing quote (write a quote inside quotes as "")';
    default:
      return `CSV: ${code}`;
  }
}
