/**
 * Reads `profile.json`: one JSON object with the business profile's fields. Missing fields are
 * empty; a field of the wrong type or a name the profile does not have is refused, so a typo
 * ("curency") does not silently lose a value.
 */
import { ProfileInput, type ImportProblem } from '../../../contract/knowledge-schemas';
import type { BusinessProfile } from '../../../contract/schemas';
import { LineIndex } from './line-index';

const FILE = 'profile.json';
const EMPTY: BusinessProfile = { name: '', about: '', currency: '', languages: [], timezone: '', hours: '', location: '', tone: '' };

/** Parses the profile text (already without BOM); problems refuse it. */
export function parseProfileJson(text: string, problems: ImportProblem[]): BusinessProfile | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const line = /\(line (\d+) column \d+\)/.exec(message)?.[1] ?? /at position (\d+)/.exec(message)?.[1];
    const lineNumber = line === undefined ? null : message.includes('(line') ? Number(line) : new LineIndex(text).lineOf(Number(line));
    problems.push({ file: FILE, line: lineNumber, reason: `not valid JSON: ${message.replace(/ in JSON at position.*$/, '')}` });
    return null;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ file: FILE, line: 1, reason: 'must be one JSON object such as {"name": "…", "currency": "MXN"}' });
    return null;
  }
  const lines = new LineIndex(text);
  const lineOfKey = (key: string) => {
    const at = text.indexOf(JSON.stringify(key));
    return at < 0 ? null : lines.lineOf(at);
  };
  const before = problems.length;
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(EMPTY, key)) problems.push({ file: FILE, line: lineOfKey(key), reason: `unknown field "${key}" (expected: ${Object.keys(EMPTY).join(', ')})` });
  }
  const parsed = ProfileInput.safeParse({ ...EMPTY, ...raw });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      problems.push({ file: FILE, line: lineOfKey(key), reason: `"${issue.path.join('.')}": ${issue.message}` });
    }
  }
  if (problems.length > before || !parsed.success) return null;
  return parsed.data;
}
