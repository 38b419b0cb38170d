/**
 * `counterpart knowledge import DIR [--yes]` and `counterpart knowledge export DIR`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createDispatch } from '../core/handlers';
import { readKnowledgeTexts } from '../core/knowledge/knowledge-folder';
import { exportKnowledge } from '../core/knowledge/knowledge-import';
import { silentLogger } from '../core/platform/logger';
import { createNodeCore } from '../node/node-core';

export type KnowledgeIo = { out: (line: string) => void; err: (line: string) => void; confirm: (question: string) => Promise<boolean> | null };

const consoleIo: KnowledgeIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  // Without a terminal nobody can answer, so the caller must pass --yes.
  confirm: (question) => {
    if (!process.stdin.isTTY) return null;
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    return rl.question(`${question} [y/N] `).then((answer) => {
      rl.close();
      return /^y(es)?$/i.test(answer.trim());
    });
  },
};

/** Runs the knowledge command; returns the exit code. */
export async function runKnowledge(args: string[], io: KnowledgeIo = consoleIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { yes: { type: 'boolean' }, 'data-dir': { type: 'string' } },
  });
  const [action, dir] = positionals;
  if ((action !== 'import' && action !== 'export') || !dir) {
    io.err('Usage: counterpart knowledge import DIR [--yes] | counterpart knowledge export DIR  [--data-dir D]');
    return 2;
  }
  const core = createNodeCore({ dataDir: values['data-dir'], logger: silentLogger() });
  try {
    return action === 'import' ? await importFolder(core, resolve(dir), values.yes ?? false, io) : exportFolder(core, resolve(dir), io);
  } finally {
    core.close();
  }
}

async function importFolder(core: ReturnType<typeof createNodeCore>, dir: string, yes: boolean, io: KnowledgeIo): Promise<number> {
  const { texts, problems } = readKnowledgeTexts(dir);
  const preview = core.importer.preview(texts, problems);
  if (!preview.ok) {
    io.err(`Nothing imported: ${preview.problems.length} problem(s).`);
    for (const p of preview.problems) io.err(`${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.reason}`);
    return 1;
  }
  const describe = (name: string, c: typeof preview.products) =>
    c && io.out(`${name}: ${c.added.length} added, ${c.changed.length} changed, ${c.removed.length} removed, ${c.unchanged} unchanged`);
  describe('Products', preview.products);
  describe('FAQ', preview.faqs);
  if (preview.profileChanged) io.out('Profile: changed');
  if (!yes) {
    const answer = io.confirm('Apply this import?');
    if (answer === null) {
      io.err('Not applied: pass --yes to apply without a terminal.');
      return 2;
    }
    if (!(await answer)) {
      io.out('Not applied.');
      return 0;
    }
  }
  const result = await createDispatch(core, 'browser')('applyImport', { previewId: preview.previewId });
  if (!result.ok) {
    io.err(result.error.message);
    return 1;
  }
  io.out('Imported.');
  return 0;
}

function exportFolder(core: ReturnType<typeof createNodeCore>, dir: string, io: KnowledgeIo): number {
  mkdirSync(dir, { recursive: true });
  // The same writer as the UI's export, so both produce identical files.
  const files = exportKnowledge(core.knowledge.profile(), core.knowledge.allProducts(), core.knowledge.listFaqs());
  writeFileSync(join(dir, 'profile.json'), files.profile);
  writeFileSync(join(dir, 'catalog.csv'), files.catalog);
  writeFileSync(join(dir, 'faq.csv'), files.faq);
  io.out(`Exported to ${dir}`);
  return 0;
}
