/**
 * `counterpart knowledge import DIR [--yes]` and `counterpart knowledge export DIR`, both with
 * `[--data-dir D]`. Import shows the same preview as the app and applies it through the same
 * channel, so the CLI and the UI cannot disagree about what an import does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { ImportPreview } from '../contract/knowledge-schemas';
import type { Core } from '../core/composition';
import { createDispatch } from '../core/handlers';
import { KNOWLEDGE_FILES, readKnowledgeTexts } from '../core/knowledge/knowledge-folder';
import { silentLogger } from '../core/platform/logger';
import { DataFolderLockedError } from '../core/storage/data-folder-lock';
import { createNodeCore } from '../node/node-core';

/** Where the command writes and how it asks; tests pass their own. */
export type KnowledgeIo = {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Asks a yes/no question; null when nobody can answer (stdin is not a terminal). */
  confirm: (question: string) => Promise<boolean> | null;
};

const USAGE = 'Usage: counterpart knowledge import DIR [--yes] [--data-dir D]\n       counterpart knowledge export DIR [--data-dir D]';
/** Keys listed per kind of change; the counts are always complete. */
const LISTED = 10;

const consoleIo: KnowledgeIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  confirm: (question) => {
    if (!process.stdin.isTTY) return null;
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    return rl.question(`${question} [y/N] `).then(
      (answer) => /^y(es)?$/i.test(answer.trim()),
      () => false,
    ).finally(() => rl.close());
  },
};

/**
 * Runs the knowledge command; returns the exit code (0 done, 1 refused — the app runs on the
 * folder, a bad file — or failed, 2 usage or needs --yes).
 */
export async function runKnowledge(args: string[], io: KnowledgeIo = consoleIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { yes: { type: 'boolean', short: 'y' }, 'data-dir': { type: 'string' } } });
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [action, dir, extra] = positionals;
  if ((action !== 'import' && action !== 'export') || !dir || extra !== undefined) {
    io.err(USAGE);
    return 2;
  }
  let core: Core;
  try {
    core = createNodeCore({ owner: { kind: 'command', command: `knowledge ${action}` }, dataDir: values['data-dir'], logger: silentLogger() });
  } catch (error) {
    // The app runs on this folder: an import would be a second writer beside it, and even an
    // export opens the database; ask to quit the app first, in one line.
    if (!(error instanceof DataFolderLockedError)) throw error;
    io.err(`${error.message}; quit it first.`);
    return 1;
  }
  try {
    return action === 'import' ? await importFolder(core, resolve(dir), values.yes ?? false, io) : await exportFolder(core, resolve(dir), io);
  } finally {
    core.close();
  }
}

async function importFolder(core: Core, dir: string, yes: boolean, io: KnowledgeIo): Promise<number> {
  const { texts, problems } = readKnowledgeTexts(dir);
  const preview = core.importer.preview(texts, problems);
  if (!preview.ok) {
    io.err(`Nothing imported: ${preview.problems.length} problem(s) in ${dir}`);
    for (const p of preview.problems) io.err(`${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.reason}`);
    return 1;
  }
  io.out(`Read ${Object.keys(texts).map((k) => KNOWLEDGE_FILES[k as keyof typeof KNOWLEDGE_FILES]).join(', ')} from ${dir}`);
  describe(io, 'Products', preview.products);
  describe(io, 'FAQ', preview.faqs);
  if (preview.profileChanged) io.out('Profile: changed');
  if (!hasChanges(preview)) {
    io.out('Nothing to change.');
    return 0;
  }
  if (!yes) {
    const answer = io.confirm('Apply this import?');
    if (answer === null) {
      io.err('Not applied: stdin is not a terminal; pass --yes to apply without asking.');
      return 2;
    }
    if (!(await answer)) {
      io.out('Not applied.');
      return 0;
    }
  }
  const result = await createDispatch(core, 'browser')('applyImport', { previewId: preview.previewId });
  if (!result.ok) {
    io.err(`Not applied: ${result.error.message}`);
    return 1;
  }
  io.out('Imported.');
  return 0;
}

function describe(io: KnowledgeIo, name: string, changes: ImportPreview['products']): void {
  if (!changes) return;
  io.out(`${name}: ${changes.added.length} added, ${changes.changed.length} changed, ${changes.removed.length} removed, ${changes.unchanged} unchanged`);
  const list = (label: string, keys: string[]) => {
    if (keys.length === 0) return;
    const more = keys.length > LISTED ? ` …and ${keys.length - LISTED} more` : '';
    io.out(`  ${label}: ${keys.slice(0, LISTED).join(', ')}${more}`);
  };
  list('added', changes.added);
  list('changed', changes.changed);
  list('removed', changes.removed);
}

function hasChanges(preview: ImportPreview): boolean {
  const any = (c: ImportPreview['products']) => c !== null && c.added.length + c.changed.length + c.removed.length > 0;
  return preview.profileChanged || any(preview.products) || any(preview.faqs);
}

async function exportFolder(core: Core, dir: string, io: KnowledgeIo): Promise<number> {
  // Through the channel, so the export is audited like the app's.
  const result = await createDispatch(core, 'browser')('exportKnowledge', {});
  if (!result.ok) {
    io.err(`Not exported: ${result.error.message}`);
    return 1;
  }
  const files = result.value as { profile: string; catalog: string; faq: string };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, KNOWLEDGE_FILES.profile), files.profile);
  writeFileSync(join(dir, KNOWLEDGE_FILES.catalog), files.catalog);
  writeFileSync(join(dir, KNOWLEDGE_FILES.faq), files.faq);
  const summary = core.knowledge.summary();
  io.out(`Exported ${summary.products} products and ${summary.faqs} FAQ entries to ${dir}`);
  return 0;
}
