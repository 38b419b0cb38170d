/**
 * Activity as CSV (RFC 4180): one line per entry, newest first, with the customer's name and
 * the entry's own words (a reply's text, a rejection's reason) in a column of their own.
 */
import type { ActivityEntry } from '../../contract/activity-schemas';

const COLUMNS = ['time_utc', 'person', 'customer', 'kind', 'action', 'text', 'detail'] as const;

// The detail keys that hold what a person wrote or read, in the order they are looked for.
const TEXT_KEYS = ['text', 'after', 'reason', 'note', 'error'] as const;

/**
 * One CSV field: quoted when it holds a comma, quote or line break (quotes doubled). A field
 * that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) is prefixed
 * with `'` — a customer's message must not become a formula in the owner's spreadsheet.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The words of an entry, when it has some. */
export function entryText(detail: Record<string, unknown>): string {
  for (const key of TEXT_KEYS) {
    const value = detail[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return '';
}

/** The whole CSV text, header first, CRLF line ends (what spreadsheets expect). */
export function activityCsv(entries: readonly ActivityEntry[]): string {
  const lines = [COLUMNS.join(',')];
  for (const entry of entries) {
    lines.push(
      [new Date(entry.at).toISOString(), entry.actor, entry.customerName ?? '', entry.kind, entry.action, entryText(entry.detail), JSON.stringify(entry.detail)]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
