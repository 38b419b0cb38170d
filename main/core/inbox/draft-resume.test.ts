import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startChild, type Child } from '../../testing/child-process';
import { answer, HeldDrafter } from '../../testing/held-drafter';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { silentLogger } from '../platform/logger';
import { InboxService } from './inbox-service';

describe('drafting survives a crash', () => {
  const dirs: string[] = [];
  const children: Child[] = [];
  let t: TestCore | undefined;
  afterEach(async () => {
    for (const child of children.splice(0)) await child.kill();
    await t?.core.inbox.idle();
    t?.close();
    t = undefined;
    dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  /** Every draft of each customer, with the message it answers and its state, oldest first. */
  const draftsByCustomer = (core: TestCore['core']) =>
    core.db
      .prepare(
        `SELECT cu.name, m.text, d.status, d.decided_by AS decidedBy FROM drafts d JOIN messages m ON m.id = d.message_id
         JOIN conversations c ON c.id = d.conversation_id JOIN customers cu ON cu.id = c.customer_id ORDER BY cu.name, d.id`,
      )
      .all();

  it('drafts each turn whose draft was in flight when the process was killed, exactly once, also when started twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'counterpart-draft-crash-'));
    dirs.push(dir);
    const child = await startChild(['main/testing/draft-in-flight.ts', dir], /^in flight 2$/);
    children.push(child);
    await child.kill('SIGKILL');

    t = createTestCore({ dataDir: dir });
    // What the killed process stored: every message, and a draft only for Mia's (finished) turn.
    expect(draftsByCustomer(t.core)).toEqual([{ name: 'Mia', text: 'What time do you open on Saturday?', status: 'pending', decidedBy: null }]);
    expect(t.core.inbox.draftsWaiting()).toBe(3);

    await Promise.all([t.core.start(), t.core.start()]);
    await t.core.inbox.idle();
    await t.core.start();
    await t.core.inbox.idle();

    // One outcome per turn, none superseded: nothing was drafted twice, Mia's draft not again.
    expect(draftsByCustomer(t.core)).toEqual([
      { name: 'Ana', text: 'Do you deliver to Zapopan?', status: 'pending', decidedBy: null },
      { name: 'Luis', text: '¿cuánto cuesta la lavanda?', status: 'pending', decidedBy: null },
      { name: 'Mia', text: 'What time do you open on Saturday?', status: 'pending', decidedBy: null },
    ]);
    // Luis's card is his whole turn, in the order he wrote it.
    const luis = t.core.drafts.pending().find((i) => i.customerName === 'Luis')!;
    expect(luis.customerMessage).toBe('hola\n¿cuánto cuesta la lavanda?');
    expect(t.core.inbox.draftsWaiting()).toBe(0);
    const drafted = t.core.audit.list(100).filter((a) => a.action === 'assistant.drafted' || a.action === 'assistant.handoff');
    expect(drafted).toHaveLength(3);
    // A child process on a loaded 2-core machine, then the first offline drafts (triage tables).
  }, 90_000);

  it('resumes a chat in its drafting order: a live message waits for the resumed draft and joins its turn', async () => {
    t = createTestCore();
    const { db, clock, audit, conversations, drafts, bus } = t.core;
    const inboxWith = (drafter: HeldDrafter) =>
      new InboxService({ db, clock, logger: silentLogger(), audit, conversations, drafts, drafter, bus });
    const msg = (id: string, text: string, at: number) => ({ channel: 'practice' as const, chatId: 'p:ana', messageId: id, customerName: 'Ana', language: 'en' as const, text, at });
    const before = new HeldDrafter();
    inboxWith(before).receive(msg('a1', 'do you have monstera?', 1));
    await before.nth(0);
    // "Restart": the first inbox is gone with its draft unanswered.
    const drafter = new HeldDrafter();
    const inbox = inboxWith(drafter);
    const resumed = inbox.resume();
    const first = await drafter.nth(0);
    expect(first.input).toMatchObject({ message: 'do you have monstera?', history: [] });
    const live = inbox.receive(msg('a2', 'how much is it?', 2));
    const again = inbox.resume();
    first.reply(answer('Yes, we have monstera.'));
    expect(await resumed).toBe(1);
    const second = await drafter.nth(1);
    expect(second.input).toMatchObject({ message: 'do you have monstera?\nhow much is it?', history: [] });
    second.reply(answer('Monstera is 549 MXN.'));
    await live.drafted;
    expect(await again).toBe(0);
    await inbox.idle();
    expect(drafter.calls).toHaveLength(2);
    expect(drafter.maxRunning).toBe(1);
    expect(t.core.drafts.pending().map((i) => i.draft)).toEqual(['Monstera is 549 MXN.']);
  });
});
