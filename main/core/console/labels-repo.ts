/**
 * Owner-defined labels with a colour, set on conversations (migration 14). Label changes are
 * audited; a chat's labels show on its inbox row and filter the inbox.
 */
import type { Label, LabelColor, SaveLabelInput } from '../../contract/states-schemas';
import type { AuditLog } from '../audit/audit-log';
import { AppError } from '../platform/errors';
import type { EventBus } from '../platform/events';
import type { Clock } from '../platform/ports';
import { transaction, type Database } from '../storage/database';

type LabelRow = { id: number; name: string; color: LabelColor; conversations: number };

/** Reads and writes labels and which chats carry them. */
export class LabelsRepo {
  constructor(
    private readonly deps: { db: Database; clock: Clock; audit: AuditLog; bus: EventBus },
  ) {}

  /** Every label, by name, with how many chats carry it (the filter's counts). */
  list(): Label[] {
    return this.deps.db
      .prepare(
        `SELECT l.id, l.name, l.color, (SELECT COUNT(*) FROM conversation_labels cl WHERE cl.label_id = l.id) AS conversations
         FROM labels l ORDER BY l.name COLLATE NOCASE, l.id`,
      )
      .all() as LabelRow[];
  }

  /** Creates or renames / recolours a label; names are unique regardless of case. */
  save(input: SaveLabelInput, actor: string): Label {
    const { db, clock, audit } = this.deps;
    const id = transaction(db, () => {
      const clash = db.prepare('SELECT id FROM labels WHERE name = ? COLLATE NOCASE AND id IS NOT ?').get(input.name, input.id) as { id: number } | undefined;
      if (clash) throw new AppError('conflict', `A label named "${input.name}" already exists.`);
      let saved: number;
      if (input.id === null) {
        saved = Number(db.prepare('INSERT INTO labels (name, color, created_at) VALUES (?, ?, ?)').run(input.name, input.color, clock.now()).lastInsertRowid);
      } else {
        if (db.prepare('UPDATE labels SET name = ?, color = ? WHERE id = ?').run(input.name, input.color, input.id).changes === 0) {
          throw new AppError('not_found', `No label ${input.id}.`);
        }
        saved = input.id;
      }
      audit.record(actor, input.id === null ? 'label.created' : 'label.updated', `label:${saved}`, { name: input.name, color: input.color });
      return saved;
    });
    return this.list().find((l) => l.id === id)!;
  }

  /** Deletes a label and takes it off every chat. */
  delete(id: number, actor: string): { deleted: number } {
    const { db, audit } = this.deps;
    const deleted = transaction(db, () => {
      const label = db.prepare('SELECT name FROM labels WHERE id = ?').get(id) as { name: string } | undefined;
      if (!label) return 0;
      const chats = (db.prepare('SELECT COUNT(*) AS n FROM conversation_labels WHERE label_id = ?').get(id) as { n: number }).n;
      db.prepare('DELETE FROM labels WHERE id = ?').run(id);
      audit.record(actor, 'label.deleted', `label:${id}`, { name: label.name, conversations: chats });
      return 1;
    });
    return { deleted };
  }

  /** Sets exactly these labels on a chat; returns the label ids it now carries. */
  setForConversation(conversationId: number, labelIds: number[], actor: string): number[] {
    const { db, audit, bus } = this.deps;
    const wanted = [...new Set(labelIds)].sort((a, b) => a - b);
    const result = transaction(db, () => {
      if (!db.prepare('SELECT 1 FROM conversations WHERE id = ?').get(conversationId)) throw new AppError('not_found', `No conversation ${conversationId}.`);
      const known = new Set((db.prepare('SELECT id FROM labels').all() as Array<{ id: number }>).map((r) => r.id));
      const unknown = wanted.filter((id) => !known.has(id));
      if (unknown.length > 0) throw new AppError('not_found', `No label ${unknown.join(', ')}.`);
      const before = (db.prepare('SELECT label_id FROM conversation_labels WHERE conversation_id = ? ORDER BY label_id').all(conversationId) as Array<{ label_id: number }>).map((r) => r.label_id);
      const added = wanted.filter((id) => !before.includes(id));
      const removed = before.filter((id) => !wanted.includes(id));
      for (const id of removed) db.prepare('DELETE FROM conversation_labels WHERE conversation_id = ? AND label_id = ?').run(conversationId, id);
      for (const id of added) db.prepare('INSERT INTO conversation_labels (conversation_id, label_id) VALUES (?, ?)').run(conversationId, id);
      if (added.length > 0 || removed.length > 0) audit.record(actor, 'conversation.labels', `conversation:${conversationId}`, { conversationId, added, removed });
      return wanted;
    });
    bus.emit('conversationChanged', { conversationId });
    return result;
  }
}
