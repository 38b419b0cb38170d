/**
 * Every kind of bad input refuses the whole import through `previewImport`, naming the file
 * and the physical line, and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportProblem } from '../../../contract/knowledge-schemas';
import type { KnowledgeSummary } from '../../../contract/schemas';
import { createTestCore, type TestCore } from '../../../testing/test-core';

const HEAD = 'sku,name,description,price,currency,stock,options,tags';
// Line 2 holds a description over three physical lines, so later rows start on line 5.
const MULTILINE = 'OK-1,Pot,"first line\nsecond, with comma\nthird ""quoted""",10.00,MXN,1,,';
const catalog = (...rows: string[]) => [HEAD, MULTILINE, ...rows].join('\n') + '\n';
const FAQ_HEAD = 'id,question,answer,kind,alternatives';

type Case = [name: string, files: { profile?: string; catalog?: string; faq?: string }, expected: Array<Omit<ImportProblem, 'reason'> & { reason: string | RegExp }>];

const CASES: Case[] = [
  ['missing SKU', { catalog: catalog(',No sku,,5.00,MXN,1,,') }, [{ file: 'catalog.csv', line: 5, reason: 'missing SKU' }]],
  ['a letter in the price', { catalog: catalog('P2,Pot,,"12,5O",MXN,1,,') }, [{ file: 'catalog.csv', line: 5, reason: /price "12,5O" is not a decimal with a dot/ }]],
  ['a decimal comma', { catalog: catalog('P2,Pot,,"12,50",MXN,1,,') }, [{ file: 'catalog.csv', line: 5, reason: /price "12,50" uses a comma; write it with a dot \(12\.50\)/ }]],
  ['a negative price', { catalog: catalog('P2,Pot,,-3.00,MXN,1,,') }, [{ file: 'catalog.csv', line: 5, reason: 'price "-3.00" is negative (SKU P2)' }]],
  ['a missing price', { catalog: catalog('P2,Pot,,,MXN,1,,') }, [{ file: 'catalog.csv', line: 5, reason: 'missing price (SKU P2)' }]],
  ['a duplicate SKU', { catalog: catalog('P2,Pot,,3.00,MXN,1,,', 'OK-1,Again,,3.00,MXN,1,,') }, [{ file: 'catalog.csv', line: 6, reason: 'duplicate SKU "OK-1" (first on line 2)' }]],
  ['a duplicate FAQ id', { faq: `${FAQ_HEAD}\nhours,"When,\nexactly?",9-5,info,\nhours,Open?,9-5,info,\n` }, [{ file: 'faq.csv', line: 4, reason: 'duplicate id "hours" (first on line 2)' }]],
  ['an unknown column', { catalog: 'sku,name,price,colour\nA,B,1.00,red\n' }, [{ file: 'catalog.csv', line: 1, reason: /^unknown column "colour"/ }]],
  ['a missing required column', { faq: 'id,question\nx,y\n' }, [{ file: 'faq.csv', line: 1, reason: 'missing required column "answer"' }]],
  ['bad stock', { catalog: catalog('P2,Pot,,3.00,MXN,lots,,', 'P3,Pot,,3.00,MXN,-2,,', 'P4,Pot,,3.00,MXN,2.5,,') }, [
    { file: 'catalog.csv', line: 5, reason: 'stock "lots" is not a whole number of 0 or more (SKU P2)' },
    { file: 'catalog.csv', line: 6, reason: 'stock "-2" is not a whole number of 0 or more (SKU P3)' },
    { file: 'catalog.csv', line: 7, reason: 'stock "2.5" is not a whole number of 0 or more (SKU P4)' },
  ]],
  ['bad options', { catalog: catalog('P2,Pot,,3.00,MXN,1,size=S,', 'P3,Pot,,3.00,MXN,1,size:,', 'P4,Pot,,3.00,MXN,1,size:S;size:M,') }, [
    { file: 'catalog.csv', line: 5, reason: /^options "size=S" should look like size:S\|M\|L/ },
    { file: 'catalog.csv', line: 6, reason: /^options "size:" should look like/ },
    { file: 'catalog.csv', line: 7, reason: 'option "size" is given twice (SKU P4)' },
  ]],
  ['a kind that is not policy or info', { faq: `${FAQ_HEAD}\nreturns,Returns?,30 days,promise,\n` }, [{ file: 'faq.csv', line: 2, reason: 'kind "promise" must be policy or info (id returns)' }]],
  ['a bad active value', { catalog: 'sku,name,price,active\nA,B,1.00,maybe\n' }, [{ file: 'catalog.csv', line: 2, reason: 'active "maybe" must be true or false (or 1 / 0) (SKU A)' }]],
  ['a missing name and answer', { catalog: 'sku,name,price\nA,,1.00\n', faq: `${FAQ_HEAD}\nx,Q?,,info,\n` }, [
    { file: 'catalog.csv', line: 2, reason: 'missing name (SKU A)' },
    { file: 'faq.csv', line: 2, reason: 'missing answer (id x)' },
  ]],
  ['invalid UTF-8 (replacement characters)', { catalog: catalog('P2,Caf\uFFFD,,3.00,MXN,1,,') }, [{ file: 'catalog.csv', line: 5, reason: /^wrong encoding/ }]],
  ['UTF-16 read as text', { faq: Buffer.from(`${FAQ_HEAD}\n`, 'utf16le').toString('latin1') }, [{ file: 'faq.csv', line: null, reason: /UTF-16/ }]],
  ['an empty file', { catalog: '' }, [{ file: 'catalog.csv', line: null, reason: 'file is empty' }]],
  ['an unclosed quote', { catalog: catalog('P2,"Pot,,3.00,MXN,1,,', 'P3,Pot,,3.00,MXN,1,,') }, [{ file: 'catalog.csv', line: 5, reason: 'a quoted value opened here is never closed' }]],
  ['a row with too many fields', { catalog: catalog('P2,Pot, big,,3.00,MXN,1,,') }, [{ file: 'catalog.csv', line: 5, reason: /^9 fields where the header has 8/ }]],
  ['broken JSON in the profile', { profile: '{\n  "name": "Casa Verde"\n  "currency": "MXN"\n}\n' }, [{ file: 'profile.json', line: 3, reason: /^not valid JSON/ }]],
  ['an unknown profile field', { profile: '{\n  "name": "Casa Verde",\n  "curency": "MXN"\n}\n' }, [{ file: 'profile.json', line: 3, reason: /^unknown field "curency"/ }]],
  ['a right-to-left override and an escape character in a row', { catalog: catalog('P2,Pot \u202Egpj.exe,,3.00,MXN,1,,'), faq: `${FAQ_HEAD}\nx,Q?,A\u001Bnswer,info,\n` }, [
    { file: 'catalog.csv', line: 5, reason: 'name contains an invisible control or text-direction character (U+202E); remove it (SKU P2)' },
    { file: 'faq.csv', line: 2, reason: 'answer contains an invisible control or text-direction character (U+001B); remove it (id x)' },
  ]],
  ['an isolate in an option value', { catalog: catalog('P2,Pot,,3.00,MXN,1,size:S\u2067|M,') }, [{ file: 'catalog.csv', line: 5, reason: /^option value contains .*\(U\+2067\)/ }]],
  ['an overlong name and too many alternatives', { catalog: catalog(`P2,${'x'.repeat(201)},,3.00,MXN,1,,`), faq: `${FAQ_HEAD}\nx,Q?,A,info,${Array.from({ length: 51 }, (_, i) => `alt ${i}`).join('|')}\n` }, [
    { file: 'catalog.csv', line: 5, reason: 'name is 201 characters long; the most is 200 (SKU P2)' },
    { file: 'faq.csv', line: 2, reason: '51 alternative phrasings; the most is 50 (id x)' },
  ]],
  ['a control character in the profile', { profile: '{\n  "name": "Casa Verde",\n  "about": "Plants \\u202E here"\n}\n' }, [{ file: 'profile.json', line: 3, reason: /^"about": about contains an invisible control or text-direction character \(U\+202E\)/ }]],
  ['a profile that is not an object', { profile: '["Casa Verde"]' }, [{ file: 'profile.json', line: 1, reason: /must be one JSON object/ }]],
];

describe('previewImport refuses bad files whole, line by line', () => {
  let t: TestCore;
  let before: KnowledgeSummary;
  beforeAll(async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    before = await t.call<KnowledgeSummary>('getKnowledgeSummary');
  });
  afterAll(() => t.dispose());

  it.each(CASES)('%s', async (_name, files, expected) => {
    const preview = await t.call<ImportPreview>('previewImport', files);
    expect(preview).toMatchObject({ ok: false, previewId: '', products: null, faqs: null });
    expect(preview.problems).toEqual(expected.map((p) => ({ ...p, reason: typeof p.reason === 'string' ? p.reason : expect.stringMatching(p.reason) })));
    expect(await t.call('getKnowledgeSummary')).toEqual(before);
  });

  it('refuses a preview with no file at all', async () => {
    expect(await t.call('previewImport', {})).toMatchObject({ ok: false, problems: [{ line: null, reason: expect.stringMatching(/choose at least one/) }] });
  });

  it('lists every bad row of a file, not just the first', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => `B${i},Pot,,"${i},5",MXN,1,,`);
    const preview = await t.call<ImportPreview>('previewImport', { catalog: catalog(...rows) });
    expect(preview.problems.map((p) => p.line)).toEqual([5, 6, 7, 8, 9]);
  });

  it('accepts a UTF-8 BOM and CRLF line ends', async () => {
    const preview = await t.call<ImportPreview>('previewImport', { catalog: `\uFEFF${catalog('P2,Pot,,3.00,MXN,,,').replace(/\n(?=P2)/, '\r\n')}` });
    expect(preview).toMatchObject({ ok: true, problems: [] });
  });

  it('refuses a file over 50 MB of UTF-8 and more than 50,000 rows, saying so', async () => {
    const big = await t.call<ImportPreview>('previewImport', { catalog: `${HEAD}\n${'é'.repeat(26 * 1024 * 1024)}` });
    expect(big.problems).toEqual([{ file: 'catalog.csv', line: null, reason: expect.stringMatching(/^file is larger than 50 MB/) }]);
    const rows = Array.from({ length: 50_001 }, (_, i) => `S${i},N,1.00`).join('\n');
    const many = await t.call<ImportPreview>('previewImport', { catalog: `sku,name,price\n${rows}\n` });
    expect(many.problems).toEqual([{ file: 'catalog.csv', line: null, reason: '50,001 rows; at most 50,000 are accepted — split the file' }]);
    // Text longer than the contract allows never reaches the parser.
    expect(await t.dispatch('previewImport', { catalog: 'a'.repeat(50 * 1024 * 1024 + 1) })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it('lists at most 1,000 problems per file and says how many more', async () => {
    const rows = Array.from({ length: 1_200 }, (_, i) => `,N${i},1.00`).join('\n');
    const preview = await t.call<ImportPreview>('previewImport', { catalog: `sku,name,price\n${rows}\n` });
    expect(preview.problems).toHaveLength(1_001);
    expect(preview.problems.at(-1)).toEqual({ file: 'catalog.csv', line: null, reason: '…and 200 more problems in this file' });
  });
});
