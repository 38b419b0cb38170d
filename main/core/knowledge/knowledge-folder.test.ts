import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../testing/test-core';
import { readKnowledgeFolder } from './knowledge-folder';

describe('knowledge folders', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const folder = (files: Record<string, string | Buffer>) => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-kf-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };

  it('reads the shipped demo shop', () => {
    const result = readKnowledgeFolder(join(REPO_ROOT, 'assets', 'demo-shop'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.set.products).toHaveLength(30);
    expect(result.set.faqs).toHaveLength(12);
    expect(result.set.profile?.name).toBe('Casa Verde');
    expect(result.set.faqs.some((f) => f.kind === 'policy')).toBe(true);
  });

  it('parses options, tags, unknown stock and a BOM', () => {
    const dir = folder({
      'catalog.csv': '\uFEFFsku,name,description,price,currency,stock,options,tags\nA1,"Pot, large",desc,12.50,MXN,,size:S|M;color:red,a|b\n',
    });
    const result = readKnowledgeFolder(dir);
    expect(result.ok && result.set.products[0]).toEqual({
      sku: 'A1',
      name: 'Pot, large',
      description: 'desc',
      price: '12.50',
      currency: 'MXN',
      stock: null,
      options: { size: ['S', 'M'], color: ['red'] },
      tags: ['a', 'b'],
      active: true,
    });
  });

  it('refuses the whole folder and names each bad row with its physical line', () => {
    const dir = folder({
      'catalog.csv': [
        'sku,name,price,stock,description',
        ',No sku,10.00,1,x',
        'B2,Bad price,"12,5O",1,x',
        'B3,Fine,3.00,1,"two',
        'line description"',
        'B3,Dup,4.00,1,x',
        'B5,Bad stock,4.00,lots,x',
        'B6,Negative,-4.00,1,x',
      ].join('\n'),
      'faq.csv': 'id,question,answer,kind\nreturns,Q,A,promise\n',
    });
    const result = readKnowledgeFolder(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { file: 'catalog.csv', line: 2, reason: 'missing SKU' },
        { file: 'catalog.csv', line: 3, reason: 'price "12,5O" is not a decimal with a dot (like 12.50) (SKU B2)' },
        { file: 'catalog.csv', line: 6, reason: 'duplicate SKU "B3" (first on line 4)' },
        { file: 'catalog.csv', line: 7, reason: 'stock "lots" is not a whole number of 0 or more (SKU B5)' },
        { file: 'catalog.csv', line: 8, reason: 'price "-4.00" is negative (SKU B6)' },
        { file: 'faq.csv', line: 2, reason: 'kind "promise" must be policy or info (id returns)' },
      ]),
    );
  });

  it.each<[string, string | Buffer, RegExp]>([
    ['unknown column', 'sku,name,price,colour\nA,B,1.00,red\n', /unknown column "colour"/],
    ['missing column', 'sku,name\nA,B\n', /missing required column "price"/],
    ['empty file', '', /empty/],
    ['UTF-16', Buffer.from('\uFEFFsku,name,price\n', 'utf16le'), /UTF-16/],
    ['invalid UTF-8', Buffer.from([0x73, 0x6b, 0x75, 0x0a, 0xc3, 0x28]), /line is not valid UTF-8/],
    ['bad options', 'sku,name,price,options\nA,B,1.00,size=S\n', /options "size=S"/],
    ['ragged row', 'sku,name,price\nA,B,1.00,extra\n', /4 fields where the header has 3/],
    ['unclosed quote', 'sku,name,price\nA,"B,1.00\n', /quoted value opened here is never closed/],
  ])('refuses a catalog with %s', (_kind, content, reason) => {
    const result = readKnowledgeFolder(folder({ 'catalog.csv': content }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.reason).join('\n')).toMatch(reason);
  });

  it('refuses a file over 50 MB without reading it into the database', () => {
    const dir = folder({ 'catalog.csv': 'sku,name,price\n' });
    writeFileSync(join(dir, 'catalog.csv'), Buffer.alloc(50 * 1024 * 1024 + 1, 0x61));
    const result = readKnowledgeFolder(dir);
    expect(!result.ok && result.problems[0]!.reason).toMatch(/larger than 50 MB \(52,428,801 bytes\)/);
  });
});
