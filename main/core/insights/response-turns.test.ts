import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { seeder, utc } from '../../testing/insights-seed';
import { createTestCore, FakeClock, type TestCore } from '../../testing/test-core';
import type { Database } from '../storage/database';
import { transaction } from '../storage/database';
import { MIGRATIONS } from '../storage/migrations';

type Turn = { conversation_id: number; first_at: number; reply_at: number | null; reply_id: number | null; by_autopilot: number | null };
type Message = { id: number; conversation_id: number; direction: string; author: string; status: string; at: number };

/**
 * The turns computed from scratch in JavaScript, straight from the definition: each chat's
 * messages in (at, id) order; a shop reply is an outgoing message that did not fail and is not an
 * owner-written notice (the autopilot's author with an away_sends row); a turn is a run of
 * customer messages, answered by the next reply.
 */
function turnsFromScratch(db: Database): Turn[] {
  const messages = db.prepare('SELECT id, conversation_id, direction, author, status, at FROM messages ORDER BY conversation_id, at, id').all() as Message[];
  const notices = new Set((db.prepare('SELECT message_id FROM away_sends WHERE message_id IS NOT NULL').all() as Array<{ message_id: number }>).map((r) => r.message_id));
  const isReply = (m: Message) => m.direction === 'out' && m.status !== 'failed' && !(m.author === 'Autopilot' && notices.has(m.id));
  const turns: Turn[] = [];
  let open: Turn | null = null;
  let chat = -1;
  for (const m of messages) {
    if (m.conversation_id !== chat) {
      if (open) turns.push(open);
      open = null;
      chat = m.conversation_id;
    }
    if (m.direction === 'in') {
      open ??= { conversation_id: m.conversation_id, first_at: m.at, reply_at: null, reply_id: null, by_autopilot: null };
    } else if (isReply(m) && open) {
      turns.push({ ...open, reply_at: m.at, reply_id: m.id, by_autopilot: m.author === 'Autopilot' ? 1 : 0 });
      open = null;
    }
  }
  if (open) turns.push(open);
  return sorted(turns);
}

const sorted = (turns: Turn[]) =>
  [...turns].sort((a, b) => a.conversation_id - b.conversation_id || a.first_at - b.first_at || (a.reply_at ?? 0) - (b.reply_at ?? 0));
const kept = (db: Database) =>
  sorted((db.prepare('SELECT conversation_id, first_at, reply_at, reply_id, by_autopilot FROM response_turns').all() as Turn[]).map((r) => ({ ...r })));

const T0 = utc('2026-11-02T10:00:00Z');
const min = (n: number) => T0 + n * 60_000;

describe('First-response turns kept on write (migration 22)', () => {
  const cores: TestCore[] = [];
  afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

  it('agree with a from-scratch computation after inserts, edits, deletions, a chat merge and forgetting a customer', async () => {
    const t = createTestCore({ clock: new FakeClock(min(600)) });
    cores.push(t);
    const { db } = t.core;
    const s = seeder(db);
    const check = () => expect(kept(db)).toEqual(turnsFromScratch(db));

    const a = s.conversation(min(0));
    s.inbound(a, min(0));
    s.inbound(a, min(1));
    check();
    const reply = s.outbound(a, min(5), 'Ana');
    s.inbound(a, min(10));
    const auto = s.outbound(a, min(11), 'Autopilot', { draftId: 1, viaOutbox: false });
    s.inbound(a, min(20));
    check();
    expect(kept(db).map((r) => [r.first_at, r.reply_at, r.by_autopilot])).toEqual([
      [min(0), min(5), 0],
      [min(10), min(11), 1],
      [min(20), null, null],
    ]);

    // A message that arrives late, in the middle of the chat, splits nothing but joins its turn;
    // a late reply in the middle of a turn splits it.
    s.inbound(a, min(3));
    s.outbound(a, min(10) + 30_000, 'Ana');
    check();
    // Delivery receipts change nothing; a send that fails stops being a reply, and back.
    db.prepare("UPDATE messages SET status = 'read' WHERE id = ?").run(reply);
    check();
    db.prepare("UPDATE messages SET status = 'failed' WHERE id = ?").run(reply);
    check();
    db.prepare("UPDATE messages SET status = 'sent' WHERE id = ?").run(reply);
    // An autopilot message recorded afterwards as an away notice is not a reply; unmarked, it is.
    db.prepare("INSERT INTO away_sends (conversation_id, kind, key, message_id, at) VALUES (?, 'away', 'k1', ?, ?)").run(a, auto, min(11));
    check();
    db.prepare('UPDATE away_sends SET message_id = NULL WHERE message_id = ?').run(auto);
    check();
    db.prepare("INSERT INTO away_sends (conversation_id, kind, key, message_id, at) VALUES (?, 'away', 'k2', ?, ?)").run(a, auto, min(11));
    db.prepare('DELETE FROM away_sends WHERE message_id = ?').run(auto);
    check();
    // A message's time corrected; a reply deleted (as the outbox drops an unsent one).
    db.prepare('UPDATE messages SET at = ? WHERE id = ?').run(min(25), reply);
    check();
    db.prepare('DELETE FROM outbox WHERE message_id = ?').run(reply);
    db.prepare('DELETE FROM messages WHERE id = ?').run(reply);
    check();

    // Two chats of one customer merged (a LID chat and its phone chat), then more messages.
    const b = s.conversation(min(30));
    s.inbound(b, min(30));
    s.outbound(b, min(31), 'Ana');
    s.inbound(b, min(40));
    const c = s.conversation(min(35));
    s.inbound(c, min(35));
    s.outbound(c, min(45), 'Autopilot', { draftId: 2, viaOutbox: false });
    check();
    const into = transaction(db, () => t.core.conversations.rekeyCustomer('whatsapp', `wa:${b}`, `wa:${c}`));
    expect(into).toBe(c);
    check();
    expect(kept(db).filter((r) => r.conversation_id === b)).toEqual([]);

    // Forgetting the merged chat's customer leaves no turn of theirs, and no hold.
    const customer = (db.prepare('SELECT customer_id AS id FROM conversations WHERE id = ?').get(c) as { id: number }).id;
    const before = kept(db).filter((r) => r.conversation_id === a);
    db.prepare('INSERT INTO fact_proposal_runs (conversation_id, through_message_id, at) VALUES (?, 1, 0)').run(c);
    await t.call('forgetCustomer', { conversationId: c });
    expect(db.prepare('SELECT COUNT(*) AS n FROM fact_proposal_runs WHERE conversation_id = ?').get(c)).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM customers WHERE id = ?').get(customer)).toEqual({ n: 0 });
    expect(kept(db).filter((r) => r.conversation_id === c)).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM response_turns_hold').get()).toEqual({ n: 0 });
    expect(kept(db)).toEqual(before);
    check();
  });

  it('backfills the turns of messages written before the migration', () => {
    const db = new DatabaseSync(':memory:') as Database;
    try {
      for (const m of MIGRATIONS.filter((m) => m.version < 22)) db.exec(m.sql);
      const s = seeder(db);
      const a = s.conversation(min(0));
      s.outbound(a, min(0), 'Ana');
      s.inbound(a, min(1));
      s.inbound(a, min(2));
      s.outbound(a, min(3), 'Autopilot');
      s.outbound(a, min(4), 'Ana', { failed: true });
      s.outbound(a, min(6), 'Autopilot', { draftId: 1, viaOutbox: false });
      s.inbound(a, min(7));
      const b = s.conversation(min(8));
      s.inbound(b, min(8));
      s.outbound(b, min(9), 'Ana');
      s.outbound(b, min(10), 'Ana');
      db.exec(MIGRATIONS.find((m) => m.version === 22)!.sql);
      expect(kept(db)).toEqual(turnsFromScratch(db));
      expect(kept(db).map((r) => [r.conversation_id, r.first_at, r.reply_at, r.by_autopilot])).toEqual([
        [a, min(1), min(6), 1],
        [a, min(7), null, null],
        [b, min(8), min(9), 0],
      ]);
    } finally {
      db.close();
    }
  });
});
