/**
 * Decimals read and written in the UI language's own format, stored exactly.
 *
 * Prices are stored as decimal strings with a dot (`PRICE_PATTERN`, "139.00", "150000"), never
 * as floats: formatting passes the string itself to Intl (exact, any length), and parsing only
 * moves characters — an Indonesian "150.000" becomes "150000", a Spanish "12,50" becomes
 * "12.50", and nothing typed is ever rounded or silently cut at a separator.
 */

/** The separators a language writes numbers with, as Intl formats them. */
export type NumberSymbols = {
  decimal: string;
  group: string;
  /** Indian grouping (hi): 12,34,567 — groups of two above the last three digits. */
  indian: boolean;
};

/** What is wrong with a typed decimal. */
export type DecimalProblem = 'empty' | 'negative' | 'invalid';

/** A typed decimal read: the stored form ("1234.50"), or why it cannot be one. */
export type ParsedDecimal = { ok: true; value: string } | { ok: false; problem: DecimalProblem };

const STORED = /^\d+(\.\d+)?$/;

/** The decimal and group separators of `language` (from Intl, not a table of our own). */
export function numberSymbols(language: string): NumberSymbols {
  const parts = new Intl.NumberFormat(language, { useGrouping: 'always' }).formatToParts(1234567.5);
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const integers = parts.filter((part) => part.type === 'integer').map((part) => part.value.length);
  return { decimal, group, indian: integers.join(',') === '2,2,3' };
}

/** True when the digit groups after the first are well formed for the language. */
function groupsFit(groups: readonly string[], indian: boolean): boolean {
  const [first, ...rest] = groups;
  if (!first || first.length > 3 || rest.length === 0) return false;
  const western = rest.every((group) => group.length === 3);
  // Indian: 1,50,000 — but an owner may also type 150,000 the Western way; both are unambiguous.
  const indianFit = indian && first.length <= 2 && rest.slice(0, -1).every((group) => group.length === 2) && rest.at(-1)?.length === 3;
  return western || indianFit;
}

/**
 * Reads a decimal as the owner types it in `language`: "12,50" (es, pt-BR, id, vi),
 * "150.000" = 150000 (id: the dot groups thousands), "1,234.50" (en), "1,50,000" (hi).
 * Group separators must sit between whole groups of digits, so "150.00" in Indonesian is
 * refused instead of guessed; at most one decimal separator; no sign, spaces or letters.
 */
export function parseLocaleDecimal(text: string, language: string): ParsedDecimal {
  const typed = text.trim();
  if (typed === '') return { ok: false, problem: 'empty' };
  if (/^[-−‒–]/.test(typed)) return { ok: false, problem: 'negative' };
  const { decimal, group, indian } = numberSymbols(language);
  const pieces = typed.split(decimal);
  if (pieces.length > 2) return { ok: false, problem: 'invalid' };
  const [whole = '', fraction] = pieces;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return { ok: false, problem: 'invalid' };
  const groups = whole.split(group);
  if (!groups.every((digits) => /^\d+$/.test(digits))) return { ok: false, problem: 'invalid' };
  if (groups.length > 1 && !groupsFit(groups, indian)) return { ok: false, problem: 'invalid' };
  const integer = groups.join('').replace(/^0+(?=\d)/, '');
  return { ok: true, value: fraction === undefined ? integer : `${integer}.${fraction}` };
}

/** The number of decimals a stored decimal string has ("139.00" → 2). */
function decimalsOf(stored: string): number {
  const dot = stored.indexOf('.');
  return dot === -1 ? 0 : stored.length - dot - 1;
}

/**
 * A stored decimal ("150000", "139.00") written for an input in `language` ("150.000",
 * "139,00"), keeping every decimal it has; `parseLocaleDecimal` reads it back unchanged.
 * Text that is not a stored decimal is returned as it is.
 */
export function formatDecimalForInput(stored: string, language: string): string {
  if (!STORED.test(stored)) return stored;
  const decimals = decimalsOf(stored);
  // A string, not a number: Intl formats it exactly, however many digits it has.
  return new Intl.NumberFormat(language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
    stored as `${number}`,
  );
}

/**
 * A stored price with its currency code in `language`'s format ("139,00 MXN", "IDR 150.000",
 * "MXN 1,234.50"), with exactly the decimals stored. Text that is not a stored decimal, or a
 * currency Intl does not know, is shown as stored.
 */
export function formatLocalePrice(stored: string, currency: string, language: string): string {
  if (!STORED.test(stored)) return `${stored} ${currency}`;
  const decimals = decimalsOf(stored);
  try {
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      currencyDisplay: 'code',
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(stored as `${number}`);
  } catch {
    return `${stored} ${currency}`;
  }
}
