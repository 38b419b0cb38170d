/**
 * Keyboard first: a reviewer clears a queue of drafts in the inbox without the mouse — j/k to
 * move, a to approve (the next chat needing a person opens), r to reject with a reason (the turn
 * stays "needs reply"), / to insert a quick reply, u to undo a send, ? for the cheat sheet.
 * Seeded through the core (practice channel), not the UI.
 */
import type { APIRequestContext, Page, TestInfo } from '@playwright/test';
import { expect, snap, test } from './support/fixtures';
import { rpc, startHeadlessShell, type HeadlessShell } from './support/headless-shell';

// On a loaded shared machine opening a chat can take long; wait on the state, generously.
const SLOW = { timeout: 60_000 };

const CUSTOMERS = ['Ana', 'Bruno', 'Carla', 'Diego', 'Elena', 'Fabio', 'Gina', 'Hugo', 'Iris', 'Jorge', 'Karla', 'Luis'];

test('a reviewer clears drafts by keyboard alone; reject keeps "needs reply"; a quick reply goes in by /shortcut', async ({ page, request }, testInfo) => {
  test.setTimeout(300_000);
  // A long undo window: "Sent · Undo" must not run out under a loaded machine's slow steps.
  const shell: HeadlessShell = await startHeadlessShell({ COUNTERPART_UNDO_SEND_MS: '120000' });
  try {
    await review(page, request, shell, testInfo);
  } finally {
    await shell.stop();
  }
});

async function review(page: Page, request: APIRequestContext, shell: HeadlessShell, testInfo: TestInfo): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await rpc(request, shell, 'loadDemoShop');
  await rpc(request, shell, 'saveQuickReply', {
    title: 'Opening hours',
    shortcut: 'hours',
    texts: { en: 'Hi {name}! We open Monday to Saturday from 9:00.', es: '¡Hola {name}! Abrimos de lunes a sábado desde las 9:00.' },
  });
  for (const name of CUSTOMERS) {
    await rpc(request, shell, 'sendPracticeMessage', { customerName: name, language: 'en', text: 'What time do you open on Saturday?' });
  }
  await page.goto(shell.url);
  await page.getByTestId('nav-inbox').waitFor();
  // Opened by address, not by a click: the review below is keys only.
  await page.evaluate("window.location.hash = '/inbox'");
  const ready = page.locator('[data-testid="inbox-row"][data-need="draft_ready"]');
  await expect(ready).toHaveCount(CUSTOMERS.length, { timeout: 60_000 });

  // The cheat sheet on ?, closed with Esc.
  await page.keyboard.press('Shift+?');
  await expect(page.getByTestId('keyboard-help-table')).toBeVisible();
  await snap(page, testInfo, 'keyboard-help-1366-en');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('keyboard-help-table')).toHaveCount(0);

  // j opens the first chat; k/j move between neighbours.
  const pane = page.getByTestId('conversation-pane');
  await page.keyboard.press('j');
  await expect(pane).toBeVisible(SLOW);
  const first = await pane.getAttribute('data-conversation-id');
  await page.keyboard.press('j');
  await expect(pane).not.toHaveAttribute('data-conversation-id', first!, SLOW);
  await page.keyboard.press('k');
  await expect(pane).toHaveAttribute('data-conversation-id', first!, SLOW);

  // Approve ten drafts with "a": each time the next chat needing a person opens by itself.
  const approved = new Set<string>();
  for (let i = 0; i < 10; i += 1) {
    const draft = page.getByTestId('pending-draft');
    await expect(draft).toHaveAttribute('data-route', 'answer', SLOW);
    const id = (await pane.getAttribute('data-conversation-id'))!;
    await page.keyboard.press('a');
    await expect(pane).not.toHaveAttribute('data-conversation-id', id, SLOW);
    approved.add(id);
    if (i === 0) {
      await expect(page.getByTestId('undo-send')).toBeVisible();
      await snap(page, testInfo, 'keyboard-sent-undo-1366-en');
    }
  }
  expect(approved.size).toBe(10);
  await expect(ready).toHaveCount(CUSTOMERS.length - 10);

  // "e" moves the cursor into the editor; Esc leaves it, and the keys work again.
  await expect(page.getByTestId('pending-draft')).toHaveAttribute('data-route', 'answer', SLOW);
  await page.keyboard.press('e');
  await expect(page.getByTestId('draft-editor')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('draft-editor')).not.toBeFocused();

  // Reject with a reason: the draft goes, the chat still needs a reply, and it stays open.
  const rejectedId = (await pane.getAttribute('data-conversation-id'))!;
  const rejectedName = (await page.getByTestId('conversation-name').innerText()).trim();
  await page.keyboard.press('r');
  await expect(page.getByTestId('reject-reason')).toBeFocused();
  await page.keyboard.type('too formal');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pending-draft')).toHaveCount(0);
  const rejectedRow = page.locator(`[data-testid="inbox-row"][data-customer="${rejectedName}"]`);
  await expect(rejectedRow).toHaveAttribute('data-need', 'needs_reply');
  await expect(pane).toHaveAttribute('data-conversation-id', rejectedId);

  // "/" starts a quick reply in the reply box: filtered as typed, Enter inserts it filled in.
  await page.keyboard.press('/');
  const input = page.getByTestId('reply-input');
  await expect(input).toBeFocused();
  await expect(page.getByTestId('quick-reply-picker')).toBeVisible();
  await page.keyboard.type('hou');
  await expect(page.getByTestId('quick-reply-option')).toHaveCount(1);
  await snap(page, testInfo, 'keyboard-quick-reply-1366-en');
  await page.keyboard.press('Enter');
  const filled = `Hi ${rejectedName}! We open Monday to Saturday from 9:00.`;
  await expect(input).toHaveValue(filled);
  await page.keyboard.press('Control+Enter');
  await expect(rejectedRow).toHaveAttribute('data-need', 'resolved');

  // Undo while it waits in the outbox: the turn needs a reply again and the text is back.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('undo-send')).toBeVisible();
  await page.keyboard.press('u');
  await expect(rejectedRow).toHaveAttribute('data-need', 'needs_reply');
  await expect(page.getByTestId('reply-input')).toHaveValue(filled);
  await page.keyboard.press('c');
  await expect(page.getByTestId('reply-input')).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(rejectedRow).toHaveAttribute('data-need', 'resolved');

  // Search with Ctrl+K.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('inbox-search')).toBeFocused();

  // What the core recorded: ten approvals, one rejection with its reason, the reply sent once.
  const activity = await rpc<{ items: Array<{ action: string; detail: Record<string, unknown> }> }>(request, shell, 'listActivity', { limit: 500 });
  expect(activity.items.filter((e) => e.action === 'draft.approved')).toHaveLength(10);
  expect(activity.items.find((e) => e.action === 'draft.rejected')?.detail.reason).toBe('too formal');
  expect(activity.items.filter((e) => e.action === 'message.unsent')).toHaveLength(1);
  // The undone reply is gone; the one sent again waits in the outbox once.
  const chat = await rpc<{ messages: Array<{ direction: string; text: string }> }>(request, shell, 'getConversation', { conversationId: Number(rejectedId) });
  expect(chat.messages.filter((m) => m.direction === 'out').map((m) => m.text)).toEqual([filled]);
}
