import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../../testing/test-core';
import { WorkerDrafter } from './worker-drafter';

/**
 * A drafting worker keeps its own connection and its own caches (collection statistics, the FAQ
 * entry model): knowledge written on the main thread after the worker drafted once — the setup
 * wizard's "load demo shop", an FAQ the owner adds — must reach its next draft exactly as it
 * reaches an inline one.
 */
type Row = { message: string; route: string; text: string; sources: string };

function drafts(t: TestCore): Row[] {
  return t.core.db
    .prepare('SELECT m.text AS message, d.route, d.text, d.sources FROM drafts d JOIN messages m ON m.id = d.message_id ORDER BY d.id')
    .all() as Row[];
}

async function ask(t: TestCore, chat: string, text: string, language: 'en' | 'es' = 'en'): Promise<void> {
  await t.core.inbox.ingest({ channel: 'practice', chatId: `practice:${chat}`, messageId: `${chat}-${text}`, customerName: chat, language, text, at: t.clock.now() });
}

/** A fresh install: a customer writes before any knowledge, then the shop is loaded and edited. */
async function freshInstall(t: TestCore): Promise<void> {
  await ask(t, 'Ana', 'Hola! cuanto cuesta la monstera?', 'es');
  await t.call('loadDemoShop');
  await ask(t, 'Bruno', 'Hola! cuanto cuesta la monstera?', 'es');
  await t.call('saveFaq', {
    faq: { id: 'workshops', kind: 'policy', question: 'Do you run repotting workshops?', answer: 'Yes: a repotting workshop every first Sunday, 250 MXN with soil included.', alternatives: ['is there a class to learn repotting'] },
  });
  await ask(t, 'Chidi', 'Hi, do you have a repotting workshop?');
}

describe('a drafting worker and knowledge written after it started', () => {
  const cores: TestCore[] = [];
  afterEach(async () => {
    for (const t of cores.splice(0)) {
      await t.core.inbox.idle();
      t.dispose();
    }
  });

  it('drafts with the knowledge loaded and edited since, as inline drafting does', async () => {
    const inline = createTestCore();
    const worker = createTestCore({ draftWorker: true });
    cores.push(inline, worker);
    const live = worker.core.liveDrafter as WorkerDrafter;
    expect(live).toBeInstanceOf(WorkerDrafter);
    await live.warm();
    await freshInstall(inline);
    await freshInstall(worker);

    // Every turn went to a worker (none fell back inline), and each was drafted as inline.
    expect(live.offloaded).toBe(3);
    const expected = drafts(inline);
    expect(expected.map((d) => d.route)).toEqual(['handoff', 'answer', 'answer']);
    expect(expected[2]!.sources).toContain('faq:workshops');
    expect(drafts(worker)).toEqual(expected);
  }, 120_000);

  it('drafts a fresh start’s first message at once, inline, while the workers still warm up', async () => {
    const t = createTestCore({ draftWorker: true });
    cores.push(t);
    await t.call('loadDemoShop');
    const live = t.core.liveDrafter as WorkerDrafter;
    // The first draft starts the pool; no worker can be warm before it is stored: a worker
    // compiles its own rule tables first (seconds of CPU under load), and the draft must not wait.
    await ask(t, 'Ana', 'Hola! cuanto cuesta la monstera?', 'es');
    expect(live.offloaded).toBe(0);
    expect(drafts(t).map((d) => d.route)).toEqual(['answer']);
    // Warm, the workers take the next drafts.
    await live.warm();
    await ask(t, 'Bruno', 'What are your opening hours?');
    expect(live.offloaded).toBe(1);
    expect(drafts(t).map((d) => d.route)).toEqual(['answer', 'answer']);
    expect(t.core.inbox.draftsWaiting()).toBe(0);
  }, 120_000);
});
