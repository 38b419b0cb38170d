/**
 * Checks an import file's text before parsing: size, encoding, emptiness, BOM. Text from the
 * renderer was decoded by the browser, so a wrong encoding shows up as U+FFFD replacement
 * characters (invalid UTF-8) or NUL characters (UTF-16 read as UTF-8); the CLI checks the bytes
 * themselves with `decodeUtf8`.
 */
import { MAX_IMPORT_FILE_BYTES } from '../../../contract/knowledge-schemas';
import type { ImportProblem } from '../../../contract/knowledge-schemas';
import { LineIndex } from './line-index';

const MB = 1024 * 1024;

/** The reason a file is over the size limit. */
export function tooLargeReason(bytes: number): string {
  return `file is larger than ${MAX_IMPORT_FILE_BYTES / MB} MB (${bytes.toLocaleString('en')} bytes); split it or remove unused columns`;
}

/** Returns the text without a UTF-8 BOM, or the problem that refuses the whole file. */
export function checkImportText(text: string, file: string): { ok: true; text: string } | { ok: false; problem: ImportProblem } {
  const refuse = (line: number | null, reason: string) => ({ ok: false as const, problem: { file, line, reason } });
  // Cheap upper bound first: UTF-8 takes at most 3 bytes per UTF-16 code unit.
  if (text.length * 3 > MAX_IMPORT_FILE_BYTES) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_IMPORT_FILE_BYTES) return refuse(null, tooLargeReason(bytes));
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.includes('\u0000')) {
    return refuse(null, 'wrong encoding: the file looks like UTF-16; save it as CSV UTF-8 (or JSON UTF-8)');
  }
  const bad = body.indexOf('\uFFFD');
  if (bad >= 0) {
    return refuse(new LineIndex(body).lineOf(bad), 'wrong encoding: this line is not valid UTF-8; save the file as UTF-8');
  }
  if (body.trim() === '') return refuse(null, 'file is empty');
  return { ok: true, text: body };
}

/**
 * Decodes a file's bytes as strict UTF-8 (a UTF-8 BOM is fine). UTF-16 — recognised by its BOM
 * or by NUL bytes — and invalid UTF-8 are refused with the line of the first bad byte.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { ok: true; text: string } | { ok: false; problem: ImportProblem } {
  const refuse = (line: number | null, reason: string) => ({ ok: false as const, problem: { file, line, reason } });
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16Bom || bytes.subarray(0, 4096).includes(0)) {
    return refuse(null, 'wrong encoding: the file is UTF-16; save it as CSV UTF-8 (or JSON UTF-8)');
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = new LineIndex(lossy).lineOf(lossy.indexOf('\uFFFD'));
    return refuse(line, 'wrong encoding: this line is not valid UTF-8 (perhaps Latin-1 or Windows-1252); save the file as UTF-8');
  }
}
