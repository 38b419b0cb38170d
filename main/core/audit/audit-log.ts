/**
 * The audit trail: who did what, when. Append-only.
 */
import type { AuditEntry } from '../../contract/schemas';
import type { Database } from '../storage/database';
import type { Clock } from '../platform/ports';

type AuditRow = { id: number; at: number; actor: string; action: string; subject: string; detail: string };

/** Records and lists audit entries. */
export class AuditLog {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  record(actor: string, action: string, subject: string, detail: Record<string, unknown> = {}): void {
    this.db
      .prepare('INSERT INTO audit (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)')
      .run(this.clock.now(), actor, action, subject, JSON.stringify(detail));
  }

  list(limit: number): AuditEntry[] {
    const rows = this.db.prepare('SELECT * FROM audit ORDER BY at DESC, id DESC LIMIT ?').all(limit) as AuditRow[];
    return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
  }
}
