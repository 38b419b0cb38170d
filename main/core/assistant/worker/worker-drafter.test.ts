import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../../testing/test-core';
import { WorkerDrafter } from './worker-drafter';

/**
 * Live drafting inline and in worker threads: the same drafts, in each chat's order, each turn
 * drafted exactly once — the worker changes where a draft is computed, nothing else.
 */
const CHATS = ['Ana', 'Bilal', 'Chen', 'Dewi', 'Emeka', 'Farah'];
const TEXTS = [
  'Do you have ceramic pots?',
  '¿Cuánto cuesta el envío?',
  'What time do you open on Saturday?',
  'apakah bisa bayar transfer?',
  'thanks!',
  'क्या आपके पास गमला है?',
  'Can I return a pot I bought last week?',
  'I want to speak to a real person please',
];

type DraftRow = { customer: string; message: string; route: string; text: string; sources: string; reasons: string };

/**
 * Sends 8 rounds of one message in each of 6 chats; the chats of a round are drafted at the same
 * time (two workers), a round's turns are drafted before the next round is sent.
 */
async function burst(t: TestCore): Promise<void> {
  await t.call('loadDemoShop');
  // Every draft of the burst goes to a worker: none is written inline while they warm up.
  if (t.core.liveDrafter instanceof WorkerDrafter) await t.core.liveDrafter.warm();
  let n = 0;
  for (const text of TEXTS) {
    for (const name of CHATS) {
      n += 1;
      t.core.inbox.receive({ channel: 'practice', chatId: `p:${name}`, messageId: `m${n}`, customerName: name, language: 'en', text, at: n });
    }
    await t.core.inbox.idle();
  }
}

function drafts(t: TestCore): DraftRow[] {
  return t.core.db
    .prepare(
      `SELECT cu.name AS customer, m.text AS message, d.route, d.text, d.sources, d.reasons FROM drafts d
       JOIN messages m ON m.id = d.message_id JOIN conversations c ON c.id = d.conversation_id
       JOIN customers cu ON cu.id = c.customer_id ORDER BY cu.name, d.id`,
    )
    .all() as DraftRow[];
}

describe('live drafting in worker threads', () => {
  const cores: TestCore[] = [];
  afterEach(async () => {
    for (const t of cores.splice(0)) {
      await t.core.inbox.idle();
      t.dispose();
    }
  });

  it('drafts a burst exactly as inline drafting does, in each chat’s order, each turn once', async () => {
    const inline = createTestCore();
    const worker = createTestCore({ draftWorker: true });
    cores.push(inline, worker);
    await burst(inline);
    await burst(worker);

    const live = worker.core.liveDrafter;
    expect(live).toBeInstanceOf(WorkerDrafter);
    // Every draft the pipeline wrote came from a worker, none fell back inline (a chat waiting
    // for a person after the refund question gets a waiting card, written by no drafter).
    const composed = worker.core.db.prepare("SELECT COUNT(*) AS n FROM drafts WHERE drafter <> 'none'").get() as { n: number };
    expect((live as WorkerDrafter).offloaded).toBe(composed.n);
    expect(composed.n).toBeGreaterThanOrEqual(CHATS.length * (TEXTS.length - 2));

    // Same outcomes, same order per chat (ORDER BY d.id within each customer).
    expect(drafts(worker)).toEqual(drafts(inline));
    for (const t of [inline, worker]) {
      // Exactly once: no message has two drafts, nothing is left waiting.
      const twice = t.core.db.prepare('SELECT message_id FROM drafts GROUP BY message_id HAVING COUNT(*) > 1').all();
      expect(twice).toEqual([]);
      expect(t.core.inbox.draftsWaiting()).toBe(0);
      // In order: within a chat, a later draft answers a later message.
      const disorder = t.core.db
        .prepare('SELECT a.id FROM drafts a JOIN drafts b ON a.conversation_id = b.conversation_id AND a.id < b.id AND a.message_id > b.message_id')
        .all();
      expect(disorder).toEqual([]);
    }
  }, 120_000);

  it('drafts what a closed core left, exactly once, when reopened with workers', async () => {
    const first = createTestCore({ draftWorker: true });
    await first.call('loadDemoShop');
    for (let i = 0; i < 12; i++) {
      first.core.inbox.receive({ channel: 'practice', chatId: `p:${i % 4}`, messageId: `m${i}`, customerName: CHATS[i % 4]!, language: 'en', text: TEXTS[i % TEXTS.length]!, at: i });
    }
    // Closed with drafts still in the workers: their jobs stay in draft_jobs.
    first.close();
    const second = createTestCore({ dataDir: first.dataDir, draftWorker: true });
    cores.push(second);
    await Promise.all([second.core.start(), second.core.start()]);
    await second.core.inbox.idle();
    expect(second.core.inbox.draftsWaiting()).toBe(0);
    expect(second.core.db.prepare('SELECT message_id FROM drafts GROUP BY message_id HAVING COUNT(*) > 1').all()).toEqual([]);
    // Each chat's last message is answered (by its turn's draft).
    const unanswered = second.core.db
      .prepare(
        `SELECT c.id FROM conversations c WHERE NOT EXISTS (
           SELECT 1 FROM drafts d WHERE d.conversation_id = c.id AND d.message_id = (SELECT MAX(id) FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'in'))`,
      )
      .all();
    expect(unanswered).toEqual([]);
  }, 120_000);
});
