/**
 * The `/shortcut` picker's logic, apart from the DOM: where a slash query starts before the caret,
 * which quick replies it matches, and the text after inserting one.
 */
import type { QuickReply } from '../../../../main/contract/quick-reply-schemas';

/** A `/word` being typed: where its `/` is and what follows it. */
export type SlashQuery = { start: number; query: string };

/**
 * The slash query the caret is in: a `/` at the start of the text or after a space or line
 * break, followed by shortcut characters up to the caret. Null otherwise ("and/or", a URL).
 */
export function findSlashQuery(text: string, caret: number): SlashQuery | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)\/([\p{L}\p{N}_-]{0,32})$/u.exec(before);
  if (!match) return null;
  return { start: before.length - match[2]!.length - 1, query: match[2]!.toLowerCase() };
}

/** Shortcuts starting with the query first, then titles or shortcuts containing it; at most `limit`. */
export function matchQuickReplies(replies: readonly QuickReply[], query: string, limit = 8): QuickReply[] {
  const q = query.toLowerCase();
  const starts = replies.filter((r) => r.shortcut.toLowerCase().startsWith(q));
  const contains = replies.filter((r) => !starts.includes(r) && (r.shortcut.toLowerCase().includes(q) || r.title.toLowerCase().includes(q)));
  return [...starts, ...contains].slice(0, limit);
}

/** The text with the slash query replaced by `insert`, and where the caret goes after it. */
export function insertAtSlash(text: string, slash: SlashQuery, caret: number, insert: string): { text: string; caret: number } {
  const next = `${text.slice(0, slash.start)}${insert}${text.slice(caret)}`;
  return { text: next, caret: slash.start + insert.length };
}
