/**
 * Reading JSON as it streams: the partial `reply` string of an unfinished object (for progress
 * events), and the one JSON object inside a plain-text answer (for servers without JSON modes).
 */

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Decodes a JSON string body from `start` (after the opening quote); stops at the end of input. */
function readString(text: string, start: number): { value: string; end: number; closed: boolean } {
  let value = '';
  let i = start;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') return { value, end: i + 1, closed: true };
    if (ch !== '\\') {
      value += ch;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === undefined) break; // an escape cut in half by the stream: wait for more
    if (next === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (hex.length < 4) break;
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return { value, end: i, closed: false };
      value += String.fromCharCode(parseInt(hex, 16));
      i += 6;
      continue;
    }
    value += ESCAPES[next] ?? next;
    i += 2;
  }
  return { value, end: text.length, closed: false };
}

/**
 * The value of the top-level `"reply"` key of a JSON object that may still be arriving: what
 * has streamed so far, or null before the value starts. Keys nested deeper or text inside other
 * strings are skipped, so a `"reply"` quoted inside `reason` is not mistaken for it.
 */
export function partialReply(text: string): string | null {
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      const token = readString(text, i + 1);
      if (!token.closed) return null;
      let j = token.end;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      if (depth === 1 && text[j] === ':' && token.value === 'reply') {
        j++;
        while (j < text.length && /\s/.test(text[j]!)) j++;
        if (j >= text.length || text[j] !== '"') return null;
        return readString(text, j + 1).value;
      }
      i = token.end;
      continue;
    }
    if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    i++;
  }
  return null;
}

/**
 * The first complete JSON object in free text (models without JSON modes wrap it in prose or
 * ``` fences). Throws a SyntaxError when there is none.
 */
export function extractJsonObject(text: string): unknown {
  const start = text.indexOf('{');
  if (start < 0) throw new SyntaxError('No JSON object in the answer.');
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      const token = readString(text, i + 1);
      if (!token.closed) break;
      i = token.end;
      continue;
    }
    if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return JSON.parse(text.slice(start, i + 1)) as unknown;
    i++;
  }
  throw new SyntaxError('The JSON object in the answer is incomplete.');
}
