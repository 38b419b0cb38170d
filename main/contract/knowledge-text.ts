/**
 * The knowledge-folder spelling of list fields (`size:S|M|L;color:red`, `a|b|c`) and the price
 * and currency rules, shared by the core (forms, imports, exports) and the renderer's forms, so
 * the two cannot drift (the renderer's own copy once let a repeated option name through).
 */

/** Separates values in `tags`, `alternatives` and one option's values. */
export const LIST_SEPARATOR = '|';
/** Separates options: `size:S|M;color:red`. */
export const OPTION_SEPARATOR = ';';

/** A price as stored: digits with an optional dot and decimals, never negative. */
export const PRICE_PATTERN = /^\d+(\.\d+)?$/;
/** A decimal written with a comma ("12,50"), which prices refuse with a hint. */
export const DECIMAL_COMMA = /^\d+,\d+$/;
/** A currency code: three upper-case letters (MXN). */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;

/** `size:S|M|L;color:red|blue` */
export function formatOptions(options: Record<string, string[]>): string {
  return Object.entries(options)
    .map(([name, values]) => `${name}:${values.join(LIST_SEPARATOR)}`)
    .join(OPTION_SEPARATOR);
}

/**
 * Parses `size:S|M|L;color:red`: the first colon ends the name, so values may hold colons
 * (`time:10:00|12:00`). Returns the reason when a part has no `name:values` shape.
 */
export function parseOptions(text: string): { ok: true; options: Record<string, string[]> } | { ok: false; reason: string } {
  const options: Record<string, string[]> = {};
  for (const part of text.split(OPTION_SEPARATOR).map((s) => s.trim()).filter(Boolean)) {
    const colon = part.indexOf(':');
    const name = colon < 0 ? '' : part.slice(0, colon).trim();
    const values = colon < 0 ? [] : splitList(part.slice(colon + 1));
    if (!name || values.length === 0) return { ok: false, reason: `options "${part}" should look like size:S|M|L;color:red|blue` };
    if (Object.hasOwn(options, name)) return { ok: false, reason: `option "${name}" is given twice` };
    options[name] = values;
  }
  return { ok: true, options };
}

/** `a|b|c` → `['a','b','c']`, trimmed, without empty items. */
export function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Why a price is not accepted, or null: a decimal with a dot, never negative. */
export function priceProblem(price: string): string | null {
  if (price === '') return 'missing price';
  if (price.startsWith('-')) return `price "${price}" is negative`;
  if (DECIMAL_COMMA.test(price)) return `price "${price}" uses a comma; write it with a dot (${price.replace(',', '.')})`;
  return PRICE_PATTERN.test(price) ? null : `price "${price}" is not a decimal with a dot (like 12.50)`;
}
