/**
 * The audit trail: who did what, when. Append-only. Each entry also records the conversation it
 * concerns (from a `conversation:N` / `draft:N` subject or a `conversationId` detail), so
 * Activity can name the customer and filter by them (migration 13).
 */
import { ACTIVITY_KIND_PATTERNS, activityKindOf, type ActivityEntry, type ActivityFilter, type ActivityPage, type ActivityQuery } from '../../contract/activity-schemas';
import type { AuditEntry } from '../../contract/schemas';
import type { Database } from '../storage/database';
import type { Clock } from '../platform/ports';

type AuditRow = { id: number; at: number; actor: string; action: string; subject: string; detail: string };
type ActivityRow = AuditRow & { conversation_id: number | null; customer_name: string | null };

/** Records and lists audit entries. */
export class AuditLog {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  record(actor: string, action: string, subject: string, detail: Record<string, unknown> = {}): void {
    this.db
      .prepare('INSERT INTO audit (at, actor, action, subject, detail, conversation_id) VALUES (?, ?, ?, ?, ?, ?)')
      .run(this.clock.now(), actor, action, subject, JSON.stringify(detail), this.conversationOf(subject, detail));
  }

  list(limit: number): AuditEntry[] {
    const rows = this.db.prepare('SELECT id, at, actor, action, subject, detail FROM audit ORDER BY at DESC, id DESC LIMIT ?').all(limit) as AuditRow[];
    return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
  }

  /** A page of entries, newest first, after `cursor`; no limit on how far one pages. */
  page(query: ActivityQuery & { limit: number }): ActivityPage {
    const { where, params } = filterSql(query);
    if (query.cursor) {
      where.push('(a.at < ? OR (a.at = ? AND a.id < ?))');
      params.push(query.cursor.at, query.cursor.at, query.cursor.id);
    }
    const rows = this.select(where, params, query.limit + 1);
    const items = rows.slice(0, query.limit).map(toEntry);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > query.limit && last ? { at: last.at, id: last.id } : null };
  }

  /** Every entry the filter matches, newest first (for the CSV export). */
  all(filter: ActivityFilter): ActivityEntry[] {
    const { where, params } = filterSql(filter);
    return this.select(where, params, -1).map(toEntry);
  }

  /** The people (and the assistant/system) who appear in the log, for the person filter. */
  actors(): string[] {
    return (this.db.prepare('SELECT DISTINCT actor FROM audit ORDER BY actor').all() as Array<{ actor: string }>).map((r) => r.actor);
  }

  private select(where: string[], params: Array<string | number>, limit: number): ActivityRow[] {
    return this.db
      .prepare(
        `SELECT a.id, a.at, a.actor, a.action, a.subject, a.detail, a.conversation_id, cu.name AS customer_name
         FROM audit a
         LEFT JOIN conversations c ON c.id = a.conversation_id
         LEFT JOIN customers cu ON cu.id = c.customer_id
         ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY a.at DESC, a.id DESC LIMIT ?`,
      )
      .all(...params, limit) as ActivityRow[];
  }

  private conversationOf(subject: string, detail: Record<string, unknown>): number | null {
    const conversation = /^conversation:(\d+)$/.exec(subject);
    if (conversation) return Number(conversation[1]);
    if (typeof detail.conversationId === 'number' && Number.isInteger(detail.conversationId)) return detail.conversationId;
    const draft = /^draft:(\d+)$/.exec(subject);
    if (draft) {
      const row = this.db.prepare('SELECT conversation_id FROM drafts WHERE id = ?').get(Number(draft[1])) as { conversation_id: number } | undefined;
      return row?.conversation_id ?? null;
    }
    return null;
  }
}

function toEntry(row: ActivityRow): ActivityEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    kind: activityKindOf(row.action),
    subject: row.subject,
    conversationId: row.conversation_id,
    customerName: row.customer_name,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
  };
}

function filterSql(filter: ActivityFilter): { where: string[]; params: Array<string | number> } {
  const where: string[] = [];
  const params: Array<string | number> = [];
  if (filter.conversationId !== undefined) {
    where.push('a.conversation_id = ?');
    params.push(filter.conversationId);
  }
  if (filter.actor !== undefined) {
    where.push('a.actor = ?');
    params.push(filter.actor);
  }
  if (filter.from !== undefined) {
    where.push('a.at >= ?');
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    where.push('a.at < ?');
    params.push(filter.to);
  }
  if (filter.kind !== undefined) {
    // The first kind whose pattern matches: this kind's patterns, and none of an earlier kind's.
    const index = ACTIVITY_KIND_PATTERNS.findIndex(([kind]) => kind === filter.kind);
    const like = (patterns: readonly string[]) => `(${patterns.map(() => 'a.action LIKE ?').join(' OR ')})`;
    where.push(like(ACTIVITY_KIND_PATTERNS[index]![1]));
    params.push(...ACTIVITY_KIND_PATTERNS[index]![1]);
    for (const [, earlier] of ACTIVITY_KIND_PATTERNS.slice(0, index)) {
      where.push(`NOT ${like(earlier)}`);
      params.push(...earlier);
    }
  }
  return { where, params };
}
