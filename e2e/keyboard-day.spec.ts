/**
 * A day by keyboard: a reviewer works through 50 pending drafts across 50 chats, keys only —
 * approve (a), edit then approve (e, Ctrl+Enter), reject with a reason and write the reply
 * (r, c, Ctrl+Enter), answer a hand-off in the reply box and resolve it (c, x), move (j) — while
 * customers keep writing, so the list re-sorts under the reviewer. Whatever the order, every
 * customer message must end answered or resolved: a reviewer never loses a customer's message.
 * Seeded through the core (practice channel); what is checked at the end is read from the core.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { rpc, startHeadlessShell, type HeadlessShell } from './support/headless-shell';

// On a loaded shared machine opening a chat can take long; wait on the state, generously.
const SLOW = { timeout: 60_000 };

const ANSWERABLE = ['What time do you open on Saturday?', 'Do you open on Sunday?', 'What are your opening hours?'];
const HANDOFF = 'Can you build me a spaceship?';
const START = 50;

type Counts = { waiting: number; pendingDrafts: number };
type Row = { conversationId: number; need: string; pendingDraftId: number | null; status: string };
type Chat = { conversation: { id: number; customerName: string }; messages: Array<{ id: number; direction: string; at: number }> };

test('a reviewer works through 50 drafts by keyboard alone and no customer message is left unanswered', async ({ page, request }) => {
  test.setTimeout(900_000);
  const shell: HeadlessShell = await startHeadlessShell();
  try {
    await day(page, request, shell);
  } finally {
    await shell.stop();
  }
});

async function day(page: Page, request: APIRequestContext, shell: HeadlessShell): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await rpc(request, shell, 'loadDemoShop');
  // Every seventh chat is one the assistant hands to a person.
  const handoffs = new Set<string>();
  for (let i = 0; i < START; i += 1) {
    const name = `Cliente ${String(i + 1).padStart(2, '0')}`;
    const text = i % 7 === 3 ? HANDOFF : ANSWERABLE[i % ANSWERABLE.length]!;
    if (text === HANDOFF) handoffs.add(name);
    await rpc(request, shell, 'sendPracticeMessage', { customerName: name, language: 'en', text });
  }
  await expect.poll(async () => (await counts(request, shell)).pendingDrafts, SLOW).toBe(START);

  await page.goto(shell.url);
  await page.getByTestId('nav-inbox').waitFor();
  // Opened by address, not by a click: everything below is keys only.
  await page.evaluate("window.location.hash = '/inbox'");
  await expect(page.locator('[data-testid="inbox-row"]').first()).toBeVisible(SLOW);
  const pane = page.getByTestId('conversation-pane');
  await page.keyboard.press('j');
  await expect(pane).toBeVisible(SLOW);

  const done = { approved: 0, edited: 0, rejected: 0, handoffs: 0, moves: 0 };
  let arrivals = 0;
  for (let step = 0; step < 400; step += 1) {
    const before = await counts(request, shell);
    if (before.waiting === 0 && before.pendingDrafts === 0) break;
    const id = Number(await pane.getAttribute('data-conversation-id'));
    const row = await rpc<Row>(request, shell, 'getInboxRow', { conversationId: id });
    const decision = done.approved + done.edited + done.rejected + done.handoffs;

    if (row.need === 'draft_ready') {
      const draft = page.getByTestId('pending-draft');
      await expect(draft).toHaveAttribute('data-draft-id', String(row.pendingDraftId), SLOW);
      await expect(draft.getByTestId('approve')).toBeEnabled(SLOW);
      if (decision % 9 === 4) {
        await page.keyboard.press('e');
        await expect(page.getByTestId('draft-editor')).toBeFocused();
        await page.keyboard.type(' See you soon!');
        await page.keyboard.press('Control+Enter');
        done.edited += 1;
      } else if (decision % 9 === 7) {
        await page.keyboard.press('r');
        await expect(page.getByTestId('reject-reason')).toBeFocused();
        await page.keyboard.type('wrong day');
        await page.keyboard.press('Enter');
        // The turn stays the reviewer's: they answer it themselves, then resolve.
        await expect(page.getByTestId('pending-draft')).toHaveCount(0, SLOW);
        await writeReply(page, request, shell, id, 'We open Saturday from 10:00 to 14:00.');
        done.rejected += 1;
      } else {
        await page.keyboard.press('a');
        done.approved += 1;
      }
    } else if (row.need === 'handed_off') {
      await expect(page.getByTestId('pending-draft')).toHaveAttribute('data-route', 'handoff', SLOW);
      await writeReply(page, request, shell, id, 'A person from the shop will call you today.');
      done.handoffs += 1;
    } else if (row.need === 'needs_reply') {
      await writeReply(page, request, shell, id, 'Thanks for writing, we are on it.');
      done.handoffs += 1;
    } else {
      // The app opened a chat that needs nothing (its row was stale): the reviewer moves on.
      done.moves += 1;
      await page.keyboard.press('j');
    }

    // The decision landed in the core before anything else is read.
    await expect.poll(async () => (await rpc<Row>(request, shell, 'getInboxRow', { conversationId: id })).need, SLOW).not.toMatch(/^(draft_ready|handed_off|needs_reply)$/);

    // Customers keep writing while the reviewer works: an answered chat asks again (it jumps to
    // the top) and a new customer arrives.
    const decided = done.approved + done.edited + done.rejected + done.handoffs;
    if (decided > 0 && decided % 10 === 0 && decided !== decision && arrivals < 5) {
      arrivals += 1;
      const pending = (await counts(request, shell)).pendingDrafts;
      // The newest chats are worked first (the list is newest first): this one is answered already.
      const asker = `Cliente ${String(START - 3 * arrivals).padStart(2, '0')}`;
      await rpc(request, shell, 'sendPracticeMessage', { customerName: asker, language: 'en', text: 'And do you open on Sunday?' });
      await rpc(request, shell, 'sendPracticeMessage', { customerName: `Nuevo ${arrivals}`, language: 'en', text: 'What are your opening hours?' });
      await expect.poll(async () => (await counts(request, shell)).pendingDrafts, SLOW).toBeGreaterThanOrEqual(pending + 1);
      const askerId = await conversationIdOf(request, shell, asker);
      await expect.poll(async () => (await rpc<Row>(request, shell, 'getInboxRow', { conversationId: askerId })).need, SLOW).toMatch(/^(draft_ready|handed_off|needs_reply)$/);
    }

    const after = await counts(request, shell);
    if (after.waiting === 0 && after.pendingDrafts === 0) break;
    // Something still waits: the app must have moved on to another chat (never "nothing next").
    if (Number(await pane.getAttribute('data-conversation-id')) === id) {
      await expect(pane).not.toHaveAttribute('data-conversation-id', String(id), SLOW);
    }
  }

  const final = await counts(request, shell);
  expect(final).toMatchObject({ waiting: 0, pendingDrafts: 0 });
  expect(arrivals).toBe(5);
  expect(done.approved + done.edited + done.rejected + done.handoffs).toBeGreaterThanOrEqual(START + 2 * arrivals);
  expect(done.edited).toBeGreaterThan(0);
  expect(done.rejected).toBeGreaterThan(0);
  expect(done.handoffs).toBeGreaterThanOrEqual(handoffs.size);

  // Every customer message has a reply after it, or its chat was resolved by a person after it.
  const chats = await rpc<{ items: Array<{ id: number }> }>(request, shell, 'listConversations', { channel: 'practice' });
  expect(chats.items.length).toBe(START + arrivals);
  for (const { id } of chats.items) {
    const chat = await rpc<Chat>(request, shell, 'getConversation', { conversationId: id });
    const row = await rpc<Row>(request, shell, 'getInboxRow', { conversationId: id });
    const lastIn = chat.messages.filter((m) => m.direction === 'in').at(-1)!;
    const answered = chat.messages.some((m) => m.direction === 'out' && m.id > lastIn.id);
    expect({ customer: chat.conversation.customerName, answered: answered || row.status === 'resolved' }).toEqual({ customer: chat.conversation.customerName, answered: true });
  }
}

/** c → type → Ctrl+Enter → Esc → x: the reviewer's own reply, then the chat resolved (the next one opens). */
async function writeReply(page: Page, request: APIRequestContext, shell: HeadlessShell, conversationId: number, text: string): Promise<void> {
  await page.keyboard.press('c');
  const input = page.getByTestId('reply-input');
  await expect(input).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Control+Enter');
  await expect(input).toHaveValue('', SLOW);
  await page.keyboard.press('Escape');
  await expect(input).not.toBeFocused();
  // The reply is in the core (the chat waits for no one), then it is resolved with x.
  await expect.poll(async () => (await rpc<Row>(request, shell, 'getInboxRow', { conversationId })).need, SLOW).not.toMatch(/^(draft_ready|handed_off|needs_reply)$/);
  await expect(page.getByTestId('status-resolve')).toBeVisible(SLOW);
  await page.keyboard.press('x');
  await expect.poll(async () => (await rpc<Row>(request, shell, 'getInboxRow', { conversationId })).status, SLOW).toBe('resolved');
}

async function conversationIdOf(request: APIRequestContext, shell: HeadlessShell, name: string): Promise<number> {
  const chats = await rpc<{ items: Array<{ id: number; customerName: string }> }>(request, shell, 'listConversations', { channel: 'practice' });
  return chats.items.find((chat) => chat.customerName === name)!.id;
}

async function counts(request: APIRequestContext, shell: HeadlessShell): Promise<Counts> {
  return rpc<Counts>(request, shell, 'getInboxCounts');
}
