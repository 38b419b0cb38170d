import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, REPO_ROOT } from '../testing/test-core';
import { runKnowledge, type KnowledgeIo } from './knowledge-command';

const DEMO = join(REPO_ROOT, 'assets', 'demo-shop');

describe('counterpart knowledge', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-cli-'));
    dirs.push(dir);
    return dir;
  };
  /** Captures output; `answer` is what a person types at the prompt (null: no terminal). */
  const io = (answer: boolean | null = null) => {
    const out: string[] = [];
    const err: string[] = [];
    const asked: string[] = [];
    const value: KnowledgeIo = {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      confirm: (question) => (asked.push(question), answer === null ? null : Promise.resolve(answer)),
    };
    return { value, out, err, asked };
  };
  const products = (dataDir: string) => {
    const t = createTestCore({ dataDir });
    try {
      return t.core.knowledge.summary().products;
    } finally {
      t.close();
    }
  };

  it('refuses to apply without --yes when nobody can answer, and applies with it', async () => {
    const data = tempDir();
    const first = io(null);
    expect(await runKnowledge(['import', DEMO, '--data-dir', data], first.value)).toBe(2);
    expect(first.out).toContain('Products: 30 added, 0 changed, 0 removed, 0 unchanged');
    expect(first.err.at(-1)).toMatch(/pass --yes/);
    expect(products(data)).toBe(0);

    const declined = io(false);
    expect(await runKnowledge(['import', DEMO, '--data-dir', data], declined.value)).toBe(0);
    expect(declined.asked).toEqual(['Apply this import?']);
    expect(declined.out.at(-1)).toBe('Not applied.');
    expect(products(data)).toBe(0);

    const accepted = io(true);
    expect(await runKnowledge(['import', DEMO, '--data-dir', data], accepted.value)).toBe(0);
    expect(accepted.out.at(-1)).toBe('Imported.');
    expect(products(data)).toBe(30);

    const again = io(null);
    expect(await runKnowledge(['import', DEMO, '--yes', '--data-dir', data], again.value)).toBe(0);
    expect(again.out).toContain('Products: 0 added, 0 changed, 0 removed, 30 unchanged');
    expect(again.out.at(-1)).toBe('Nothing to change.');
  });

  it('prints every problem as file:line: reason and imports nothing', async () => {
    const data = tempDir();
    const folder = tempDir();
    writeFileSync(join(folder, 'catalog.csv'), 'sku,name,description,price\nA,Pot,"two\nlines",1.00\n,No SKU,,2.00\nC,Bad,,"12,5O"\nA,Dup,,3.00\n');
    writeFileSync(join(folder, 'faq.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,question,answer\n', 'utf16le')]));
    writeFileSync(join(folder, 'profile.json'), Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]));
    const run = io();
    expect(await runKnowledge(['import', folder, '--yes', '--data-dir', data], run.value)).toBe(1);
    expect(run.err[0]).toBe(`Nothing imported: 5 problem(s) in ${folder}`);
    expect(new Set(run.err.slice(1))).toEqual(
      new Set([
        'profile.json:1: wrong encoding: this line is not valid UTF-8 (perhaps Latin-1 or Windows-1252); save the file as UTF-8',
        'faq.csv: wrong encoding: the file is UTF-16; save it as CSV UTF-8 (or JSON UTF-8)',
        'catalog.csv:4: missing SKU',
        'catalog.csv:5: price "12,5O" is not a decimal with a dot (like 12.50) (SKU C)',
        'catalog.csv:6: duplicate SKU "A" (first on line 2)',
      ]),
    );
    expect(products(data)).toBe(0);
  });

  it('says so when the folder has no knowledge files, and explains its usage', async () => {
    const run = io();
    expect(await runKnowledge(['import', join(tempDir(), 'missing'), '--yes', '--data-dir', tempDir()], run.value)).toBe(1);
    expect(run.err.at(-1)).toMatch(/no profile.json, catalog.csv or faq.csv in this folder$/);
    for (const args of [[], ['import'], ['publish', 'x'], ['export', 'a', 'b'], ['export', 'x', '--colour']]) {
      const usage = io();
      expect(await runKnowledge(args, usage.value)).toBe(2);
      expect(usage.err.join('\n')).toMatch(/Usage: counterpart knowledge import DIR/);
    }
  });

  it('exports the three files, which import back with nothing to change', async () => {
    const data = tempDir();
    expect(await runKnowledge(['import', DEMO, '--yes', '--data-dir', data], io().value)).toBe(0);
    const out = join(tempDir(), 'nested', 'export');
    const run = io();
    expect(await runKnowledge(['export', out, '--data-dir', data], run.value)).toBe(0);
    expect(run.out).toEqual([`Exported 30 products and 12 FAQ entries to ${out}`]);
    // The demo shop has sizes with their own prices and Spanish wording: their columns follow FORMAT.md's.
    expect(readFileSync(join(out, 'catalog.csv'), 'utf8').split('\n')[0]).toBe(
      'sku,name,description,price,currency,stock,options,tags,active,variant_of,name_es,description_es',
    );
    expect(readFileSync(join(out, 'faq.csv'), 'utf8').split('\n')[0]).toBe('id,question,answer,kind,alternatives,question_es,answer_es');
    expect(JSON.parse(readFileSync(join(out, 'profile.json'), 'utf8'))).toMatchObject({ name: 'Casa Verde' });

    const fresh = tempDir();
    const back = io();
    expect(await runKnowledge(['import', out, '--yes', '--data-dir', fresh], back.value)).toBe(0);
    expect(back.out).toContain('Products: 30 added, 0 changed, 0 removed, 0 unchanged');
    const again = io();
    expect(await runKnowledge(['import', out, '--data-dir', data], again.value)).toBe(0);
    expect(again.out.at(-1)).toBe('Nothing to change.');
  });

  it('refuses to import or export while the app runs on the data folder, in one line, and writes nothing', async () => {
    const data = tempDir();
    const app = createTestCore({ dataDir: data });
    const out = join(tempDir(), 'export');
    try {
      for (const args of [['import', DEMO, '--yes', '--data-dir', data], ['export', out, '--data-dir', data]]) {
        const run = io();
        expect(await runKnowledge(args, run.value)).toBe(1);
        expect(run.out).toEqual([]);
        expect(run.err).toHaveLength(1);
        expect(run.err[0]).toMatch(new RegExp(`^Counterpart is already running on ${data} \\(counterpart test core, pid ${process.pid}, since .+\\); quit it first\\.$`));
      }
      expect(existsSync(out)).toBe(false);
    } finally {
      app.close();
    }
    expect(products(data)).toBe(0);
  });

  it('uses COUNTERPART_DATA_DIR when --data-dir is not given', async () => {
    const data = tempDir();
    const previous = process.env.COUNTERPART_DATA_DIR;
    process.env.COUNTERPART_DATA_DIR = data;
    try {
      expect(await runKnowledge(['import', DEMO, '--yes'], io().value)).toBe(0);
    } finally {
      if (previous === undefined) delete process.env.COUNTERPART_DATA_DIR;
      else process.env.COUNTERPART_DATA_DIR = previous;
    }
    expect(existsSync(join(data, 'counterpart.db'))).toBe(true);
    expect(products(data)).toBe(30);
  });
});
