/**
 * Reads a knowledge folder from disk: checks each file's bytes (size, UTF-16, invalid UTF-8),
 * then parses it with `parseKnowledgeTexts`. Used by the CLI, eval and the demo shop.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_IMPORT_FILE_BYTES } from '../../contract/knowledge-schemas';
import { parseKnowledgeTexts, type FolderProblem, type KnowledgeTexts, type ParseResult } from './knowledge-files';
import type { KnowledgeSet } from './knowledge-repo';

export type { FolderProblem } from './knowledge-files';

export type FolderResult = { ok: true; set: KnowledgeSet } | { ok: false; problems: FolderProblem[] };

const FILES = { profile: 'profile.json', catalog: 'catalog.csv', faq: 'faq.csv' } as const;

/** Reads the folder's files as text, refusing bytes that are not UTF-8 text of a sane size. */
export function readKnowledgeTexts(dir: string): { texts: KnowledgeTexts; problems: FolderProblem[] } {
  const texts: KnowledgeTexts = {};
  const problems: FolderProblem[] = [];
  for (const [key, name] of Object.entries(FILES) as Array<[keyof KnowledgeTexts, string]>) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    if (statSync(file).size > MAX_IMPORT_FILE_BYTES) {
      problems.push({ file: name, line: null, reason: `file is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB` });
      continue;
    }
    const text = decodeUtf8(readFileSync(file), name, problems);
    if (text !== null) texts[key] = text;
  }
  if (Object.keys(texts).length === 0 && problems.length === 0) {
    problems.push({ file: dir, line: null, reason: 'no profile.json, catalog.csv or faq.csv in this folder' });
  }
  return { texts, problems };
}

/** Decodes strict UTF-8 (a UTF-8 BOM is fine); UTF-16 and broken bytes are refused by name. */
export function decodeUtf8(bytes: Uint8Array, name: string, problems: FolderProblem[]): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    problems.push({ file: name, line: null, reason: 'wrong encoding: the file is UTF-16; save it as UTF-8' });
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const good = new TextDecoder('utf-8').decode(bytes);
    const line = good.slice(0, good.indexOf('\uFFFD')).split('\n').length;
    problems.push({ file: name, line, reason: 'wrong encoding: not valid UTF-8 (save the file as UTF-8)' });
    return null;
  }
}

/** Loads and validates a whole folder into a complete knowledge set. */
export function readKnowledgeFolder(dir: string, fallbackCurrency = 'USD'): FolderResult {
  const { texts, problems } = readKnowledgeTexts(dir);
  if (problems.length > 0) return { ok: false, problems };
  const parsed: ParseResult = parseKnowledgeTexts(texts, fallbackCurrency);
  if (!parsed.ok) return parsed;
  return { ok: true, set: { profile: parsed.value.profile, products: parsed.value.products ?? [], faqs: parsed.value.faqs ?? [] } };
}
