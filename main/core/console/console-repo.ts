/**
 * The console's inbox, read from `console_rows` (migration 11): one row per conversation with
 * what it needs, kept in step by triggers. A page is one range read on an index of that table
 * (newest first, narrowed by need and/or channel) plus primary-key lookups for its rows.
 */
import { INBOX_NEEDS, WAITING_NEEDS, type ConversationStatus, type InboxCounts, type InboxNeed, type InboxPage, type InboxQuery, type InboxRow, type InboxSource } from '../../contract/console-schemas';
import type { ChannelKind, ConversationState, Language } from '../../contract/schemas';
import type { Database } from '../storage/database';

type Row = {
  conversation_id: number;
  channel: ChannelKind;
  need: InboxNeed;
  last_at: number;
  unread: number;
  customer_name: string;
  language: Language;
  state: ConversationState;
  last_text: string | null;
  last_direction: 'in' | 'out' | null;
  pending_draft_id: number | null;
  assignee_id: number | null;
  assignee_name: string | null;
  status: ConversationStatus;
  snoozed_until: number | null;
  source: InboxSource;
};

/**
 * Turns what a person typed into an FTS5 query: every word must match the start of a word
 * (accents folded by the tokenizer). Quotes and FTS operators in the input are just text.
 * Returns null when nothing searchable is left.
 */
export function toMatchQuery(search: string): string | null {
  const words = search.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.slice(0, 12).map((w) => `"${w}"*`).join(' ');
}

/** Reads the inbox pages and counts, and records what a person has read. */
export class ConsoleRepo {
  constructor(private readonly db: Database) {}

  /** The SQL and parameters of one page (exported for the query-plan test). */
  pageQuery(query: InboxQuery, only?: number): { sql: string; params: Array<string | number> } {
    const where: string[] = [];
    const params: Array<string | number> = [];
    if (only !== undefined) {
      where.push('r.conversation_id = ?');
      params.push(only);
    }
    if (query.channel !== 'all') {
      where.push('r.channel = ?');
      params.push(query.channel);
    }
    if (query.need !== 'all') {
      where.push('r.need = ?');
      params.push(query.need);
    }
    if (query.source !== 'all') {
      where.push('r.source = ?');
      params.push(query.source);
    }
    // Checked per row along the time index (a primary-key probe each), so the page keeps its
    // order without a sort; a label on few chats reads further down the index, never sorts.
    if (query.labelId !== null) {
      where.push('EXISTS (SELECT 1 FROM conversation_labels cl WHERE cl.conversation_id = r.conversation_id AND cl.label_id = ?)');
      params.push(query.labelId);
    }
    // Both probed per row along the time index, like labels: no sort, no trigger change.
    if (query.autoSent) where.push('EXISTS (SELECT 1 FROM auto_sends s WHERE s.conversation_id = r.conversation_id AND s.cancelled_at IS NULL)');
    if (query.assigneeId !== null) {
      where.push('EXISTS (SELECT 1 FROM conversation_assignments a WHERE a.conversation_id = r.conversation_id AND a.staff_id = ?)');
      params.push(query.assigneeId);
    }
    const match = toMatchQuery(query.search);
    if (match !== null) {
      where.push(`r.conversation_id IN (
        SELECT rowid FROM console_name_fts WHERE console_name_fts MATCH ?
        UNION SELECT m.conversation_id FROM messages m WHERE m.id IN (SELECT rowid FROM console_message_fts WHERE console_message_fts MATCH ?))`);
      params.push(match, match);
    }
    if (query.after) {
      where.push('(r.last_at, r.conversation_id) < (?, ?)');
      params.push(query.after.lastAt, query.after.conversationId);
    }
    const sql = `
      SELECT r.conversation_id, r.channel, r.need, r.last_at, r.unread, r.status, r.snoozed_until, r.source,
        cu.name AS customer_name, cu.language, c.state,
        m.text AS last_text, m.direction AS last_direction,
        (SELECT d.id FROM drafts d WHERE d.conversation_id = r.conversation_id AND d.status = 'pending' ORDER BY d.id DESC LIMIT 1) AS pending_draft_id,
        st.id AS assignee_id, st.name AS assignee_name
      FROM console_rows r
      JOIN conversations c ON c.id = r.conversation_id
      JOIN customers cu ON cu.id = c.customer_id
      LEFT JOIN messages m ON m.id = r.last_message_id
      LEFT JOIN conversation_assignments ca ON ca.conversation_id = r.conversation_id
      LEFT JOIN staff st ON st.id = ca.staff_id
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY r.last_at DESC, r.conversation_id DESC
      LIMIT ?`;
    params.push(query.limit + 1);
    return { sql, params };
  }

  /** One page, newest first; `next` is where the following page starts (null at the end). */
  page(query: InboxQuery): InboxPage {
    const { sql, params } = this.pageQuery(query);
    const rows = this.db.prepare(sql).all(...params) as Row[];
    const items = this.withLabels(rows.slice(0, query.limit));
    const last = items.at(-1);
    const next = rows.length > query.limit && last ? { lastAt: last.lastMessageAt, conversationId: last.conversationId } : null;
    return { items, next };
  }

  /** One conversation's row, or null. */
  row(conversationId: number): InboxRow | null {
    const { sql, params } = this.pageQuery({ need: 'all', channel: 'all', source: 'all', labelId: null, search: '', autoSent: false, assigneeId: null, after: null, limit: 1 }, conversationId);
    const row = this.db.prepare(sql).get(...params) as Row | undefined;
    return row ? (this.withLabels([row])[0] ?? null) : null;
  }

  /** The rows with their label ids, read for the whole page at once. */
  private withLabels(rows: Row[]): InboxRow[] {
    const labels = new Map<number, number[]>();
    if (rows.length > 0) {
      const ids = rows.map((r) => r.conversation_id);
      const found = this.db
        .prepare(`SELECT conversation_id, label_id FROM conversation_labels WHERE conversation_id IN (${ids.map(() => '?').join(',')}) ORDER BY label_id`)
        .all(...ids) as Array<{ conversation_id: number; label_id: number }>;
      for (const f of found) labels.set(f.conversation_id, [...(labels.get(f.conversation_id) ?? []), f.label_id]);
    }
    return rows.map((r) => toInboxRow(r, labels.get(r.conversation_id) ?? []));
  }

  /** How many conversations need each thing (one pass over the need index). */
  counts(): InboxCounts {
    const needs = Object.fromEntries(INBOX_NEEDS.map((n) => [n, 0])) as Record<InboxNeed, number>;
    const rows = this.db.prepare('SELECT need, COUNT(*) AS n FROM console_rows GROUP BY need').all() as Array<{ need: InboxNeed; n: number }>;
    for (const r of rows) needs[r.need] = r.n;
    const pendingDrafts = (this.db.prepare("SELECT COUNT(*) AS n FROM drafts WHERE status = 'pending'").get() as { n: number }).n;
    const by = <K extends string>(column: 'channel' | 'source', keys: readonly K[]): Record<K, number> => {
      const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
      for (const r of this.db.prepare(`SELECT ${column} AS k, COUNT(*) AS n FROM console_rows GROUP BY ${column}`).all() as Array<{ k: K; n: number }>) out[r.k] = r.n;
      return out;
    };
    return {
      needs,
      waiting: WAITING_NEEDS.reduce((sum, n) => sum + needs[n], 0),
      pendingDrafts,
      channels: by('channel', ['practice', 'whatsapp'] as const),
      sources: by('source', ['ad', 'organic'] as const),
    };
  }

  /** How many chats wait for a person (one range read on the need index). */
  waitingCount(): number {
    const row = this.db
      .prepare(`SELECT COUNT(*) AS n FROM console_rows WHERE need IN (${WAITING_NEEDS.map(() => '?').join(',')})`)
      .get(...WAITING_NEEDS) as { n: number };
    return row.n;
  }

  /** Assigns the chat to a staff member, or to nobody (`null`). */
  assign(conversationId: number, staffId: number | null, at: number): void {
    if (staffId === null) this.db.prepare('DELETE FROM conversation_assignments WHERE conversation_id = ?').run(conversationId);
    else
      this.db
        .prepare('INSERT INTO conversation_assignments (conversation_id, staff_id, at) VALUES (?, ?, ?) ON CONFLICT (conversation_id) DO UPDATE SET staff_id = excluded.staff_id, at = excluded.at')
        .run(conversationId, staffId, at);
  }

  /** Marks the chat's customer messages so far as read. */
  markRead(conversationId: number): void {
    const latest = this.db
      .prepare("SELECT MAX(id) AS id FROM messages WHERE conversation_id = ? AND direction = 'in'")
      .get(conversationId) as { id: number | null };
    const id = latest.id ?? 0;
    const existing = this.db.prepare('SELECT message_id FROM console_reads WHERE conversation_id = ?').get(conversationId) as { message_id: number } | undefined;
    if (existing === undefined) this.db.prepare('INSERT INTO console_reads (conversation_id, message_id) VALUES (?, ?)').run(conversationId, id);
    else if (existing.message_id < id) this.db.prepare('UPDATE console_reads SET message_id = ? WHERE conversation_id = ?').run(id, conversationId);
  }
}

function toInboxRow(row: Row, labelIds: number[]): InboxRow {
  return {
    conversationId: row.conversation_id,
    channel: row.channel,
    customerName: row.customer_name,
    language: row.language,
    state: row.state,
    need: row.need,
    lastMessageAt: row.last_at,
    lastMessageText: row.last_text ?? '',
    lastMessageFrom: row.last_direction === 'in' ? 'customer' : row.last_direction === 'out' ? 'shop' : 'none',
    unread: row.unread,
    pendingDraftId: row.pending_draft_id,
    status: row.status,
    snoozedUntil: row.snoozed_until,
    source: row.source,
    labelIds,
    assignee: row.assignee_id !== null ? { id: row.assignee_id, name: row.assignee_name ?? '' } : null,
  };
}
