/**
 * Reads a knowledge folder from disk: checks each file's bytes (size, UTF-16, invalid UTF-8),
 * then parses the text with `parseKnowledgeTexts`. Used by the CLI, eval and the demo shop.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_IMPORT_FILE_BYTES, type ImportProblem } from '../../contract/knowledge-schemas';
import { parseKnowledgeTexts, type KnowledgeTexts } from './import/parse-knowledge';
import { decodeUtf8, tooLargeReason } from './import/text-checks';
import type { KnowledgeSet } from './knowledge-repo';

/** One reason a folder was refused (the contract's `ImportProblem`). */
export type FolderProblem = ImportProblem;

export type FolderResult = { ok: true; set: KnowledgeSet } | { ok: false; problems: FolderProblem[] };

/** The knowledge-folder file names, by part. */
export const KNOWLEDGE_FILES = { profile: 'profile.json', catalog: 'catalog.csv', faq: 'faq.csv' } as const;

/** Reads the folder's files as text, refusing bytes that are not UTF-8 text of a sane size. */
export function readKnowledgeTexts(dir: string): { texts: KnowledgeTexts; problems: FolderProblem[] } {
  const texts: KnowledgeTexts = {};
  const problems: FolderProblem[] = [];
  for (const [key, name] of Object.entries(KNOWLEDGE_FILES) as Array<[keyof KnowledgeTexts, string]>) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    // Checked before reading, so a huge file is never loaded into memory.
    const size = statSync(file).size;
    if (size > MAX_IMPORT_FILE_BYTES) {
      problems.push({ file: name, line: null, reason: tooLargeReason(size) });
      continue;
    }
    const decoded = decodeUtf8(readFileSync(file), name);
    if (decoded.ok) texts[key] = decoded.text;
    else problems.push(decoded.problem);
  }
  if (Object.keys(texts).length === 0 && problems.length === 0) {
    problems.push({ file: dir, line: null, reason: 'no profile.json, catalog.csv or faq.csv in this folder' });
  }
  return { texts, problems };
}

/** Loads and validates a whole folder into a complete knowledge set (a missing file is empty). */
export function readKnowledgeFolder(dir: string, fallbackCurrency = 'USD'): FolderResult {
  const { texts, problems } = readKnowledgeTexts(dir);
  if (problems.length > 0) return { ok: false, problems };
  const parsed = parseKnowledgeTexts(texts, fallbackCurrency);
  if (!parsed.ok) return parsed;
  return { ok: true, set: { profile: parsed.value.profile, products: parsed.value.products ?? [], faqs: parsed.value.faqs ?? [] } };
}
