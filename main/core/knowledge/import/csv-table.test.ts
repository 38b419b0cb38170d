import { describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../../contract/knowledge-schemas';
import { MAX_ROWS, readCsvTable } from './csv-table';

const SPEC = { file: 'catalog.csv', columns: ['sku', 'name', 'price', 'description'], required: ['sku', 'name', 'price'] };

function read(text: string) {
  const problems: ImportProblem[] = [];
  const rows = readCsvTable(text, SPEC, problems);
  return { rows, problems, lines: rows.map((r) => r.line) };
}

describe('readCsvTable', () => {
  it('gives each row the physical line it starts on, past quoted fields that span lines', () => {
    const text = ['sku,name,price,description', 'A,"Pot, big",1.00,"line one', 'line two', 'line ""three"""', 'B,Fern,2.00,x', '', 'C,Cactus,3.00,"a', 'b"'].join('\n');
    const { rows, problems, lines } = read(text);
    expect(problems).toEqual([]);
    expect(lines).toEqual([2, 5, 7]);
    expect(rows[0]!.cells).toEqual({ sku: 'A', name: 'Pot, big', price: '1.00', description: 'line one\nline two\nline "three"' });
  });

  it('counts CRLF, LF and lone CR line ends alike', () => {
    expect(read('sku,name,price\r\nA,"x\r\ny",1\r\nB,y,2\r\n').lines).toEqual([2, 4]);
    expect(read('sku,name,price\rA,x,1\rB,y,2\r').lines).toEqual([2, 3]);
  });

  it('keeps counting right after a stray quote inside an unquoted value', () => {
    const { lines, rows } = read('sku,name,price\nA,5" pot,1.00\nB,Fern,2.00\n');
    expect(lines).toEqual([2, 3]);
    expect(rows[0]!.cells.name).toBe('5" pot');
  });

  it('reports an unclosed quote on the line where it opened', () => {
    const { problems, rows } = read('sku,name,price\nA,ok,1.00\nB,"never closed,2.00\nC,x,3.00\n');
    expect(rows).toEqual([]);
    expect(problems).toEqual([{ file: 'catalog.csv', line: 3, reason: 'a quoted value opened here is never closed' }]);
  });

  it('reports text after a closing quote', () => {
    const { problems } = read('sku,name,price\nA,"Pot" big,1.00\n');
    expect(problems[0]).toMatchObject({ line: 2, reason: expect.stringContaining('after its closing quote') });
    expect(problems).toHaveLength(1);
  });

  it('refuses unknown, duplicate, nameless and missing columns on line 1', () => {
    expect(read('sku,name,price,colour\nA,B,1,red\n').problems).toEqual([
      { file: 'catalog.csv', line: 1, reason: 'unknown column "colour" (expected: sku, name, price, description)' },
    ]);
    expect(read('sku,name,price,price\nA,B,1,2\n').problems[0]!.reason).toBe('column "price" appears twice');
    expect(read('sku,name,price,\nA,B,1,\n').problems[0]!.reason).toBe('column 4 has no name');
    expect(read('sku,name\nA,B\n').problems).toEqual([{ file: 'catalog.csv', line: 1, reason: 'missing required column "price"' }]);
  });

  it('reports header problems on the header line, after leading blank lines too', () => {
    expect(read('\n\nsku,name\nA,B\n').problems).toEqual([{ file: 'catalog.csv', line: 3, reason: 'missing required column "price"' }]);
  });

  it('accepts header names in any case and order', () => {
    expect(read('Price,SKU,Name\n1.00,A,B\n').rows[0]!.cells).toEqual({ price: '1.00', sku: 'A', name: 'B' });
  });

  it('explains a semicolon-separated file instead of listing one odd column', () => {
    expect(read('sku;name;price\nA;B;1,00\n').problems).toEqual([{ file: 'catalog.csv', line: 1, reason: expect.stringContaining('separated by commas') }]);
  });

  it('reports each row with the wrong number of fields and keeps the others', () => {
    const { problems, lines } = read('sku,name,price\nA,B,1.00,extra\nC,D,2.00\nE,F\n');
    expect(problems.map((p) => [p.line, p.reason.split(' (')[0]])).toEqual([
      [2, '4 fields where the header has 3'],
      [4, '2 fields where the header has 3'],
    ]);
    expect(lines).toEqual([3]);
  });

  it('treats a file with only blank lines as empty', () => {
    expect(read('\n\n').problems).toEqual([{ file: 'catalog.csv', line: null, reason: 'file is empty' }]);
  });

  it(`accepts ${MAX_ROWS} rows with a trailing newline and refuses one more, saying so`, () => {
    const body = Array.from({ length: MAX_ROWS }, (_, i) => `S${i},N,1.00`).join('\n');
    expect(read(`sku,name,price\n${body}\n`).rows).toHaveLength(MAX_ROWS);
    const over = read(`sku,name,price\n${body}\nX,N,1.00\n`);
    expect(over.rows).toEqual([]);
    expect(over.problems).toEqual([{ file: 'catalog.csv', line: null, reason: '50,001 rows; at most 50,000 are accepted — split the file' }]);
  });
});
