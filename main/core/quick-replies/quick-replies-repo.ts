/**
 * The owner's quick replies in SQLite (migration 13): a title, a unique `/shortcut` (case-folded)
 * and the text per customer language as JSON. Filling the variables is the renderer's, at the
 * moment of insertion (`main/contract/quick-reply-text.ts`).
 */
import type { QuickReply, SaveQuickReplyInput } from '../../contract/quick-reply-schemas';
import type { AuditLog } from '../audit/audit-log';
import { AppError } from '../platform/errors';
import type { Clock } from '../platform/ports';
import { transaction, type Database } from '../storage/database';

type Row = { id: number; title: string; shortcut: string; texts: string; updated_at: number };

function toQuickReply(row: Row): QuickReply {
  return { id: row.id, title: row.title, shortcut: row.shortcut, texts: JSON.parse(row.texts) as QuickReply['texts'], updatedAt: row.updated_at };
}

/** Lists, saves and deletes quick replies; every change is audited. */
export class QuickRepliesRepo {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {}

  /** All quick replies, by shortcut. */
  list(): QuickReply[] {
    return (this.db.prepare('SELECT id, title, shortcut, texts, updated_at FROM quick_replies ORDER BY shortcut').all() as Row[]).map(toQuickReply);
  }

  /** Creates or replaces one; `conflict` when another already has the shortcut. */
  save(input: SaveQuickReplyInput, actor: string): QuickReply {
    const { db, clock } = this;
    return transaction(db, () => {
      const taken = db.prepare('SELECT id FROM quick_replies WHERE shortcut = ?').get(input.shortcut) as { id: number } | undefined;
      if (taken && taken.id !== input.id) throw new AppError('conflict', `Another quick reply already uses /${input.shortcut}.`);
      // Blank languages are not kept: the picker falls back to a language that has words.
      const texts = Object.fromEntries(Object.entries(input.texts).filter(([, text]) => (text ?? '').trim() !== '').map(([language, text]) => [language, text!.trim()]));
      const now = clock.now();
      let id = input.id;
      if (id === undefined) {
        id = Number(
          db.prepare('INSERT INTO quick_replies (title, shortcut, texts, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(input.title, input.shortcut, JSON.stringify(texts), now, now)
            .lastInsertRowid,
        );
      } else if (db.prepare('UPDATE quick_replies SET title = ?, shortcut = ?, texts = ?, updated_at = ? WHERE id = ?').run(input.title, input.shortcut, JSON.stringify(texts), now, id).changes !== 1) {
        throw new AppError('not_found', `No quick reply ${id}.`);
      }
      this.audit.record(actor, 'quickReply.saved', `quickReply:${id}`, { shortcut: input.shortcut, title: input.title, languages: Object.keys(texts) });
      return toQuickReply(db.prepare('SELECT id, title, shortcut, texts, updated_at FROM quick_replies WHERE id = ?').get(id) as Row);
    });
  }

  /** Deletes one; returns how many were deleted (0 or 1). */
  delete(id: number, actor: string): number {
    return transaction(this.db, () => {
      const row = this.db.prepare('SELECT shortcut FROM quick_replies WHERE id = ?').get(id) as { shortcut: string } | undefined;
      if (!row) return 0;
      this.db.prepare('DELETE FROM quick_replies WHERE id = ?').run(id);
      this.audit.record(actor, 'quickReply.deleted', `quickReply:${id}`, { shortcut: row.shortcut });
      return 1;
    });
  }
}
