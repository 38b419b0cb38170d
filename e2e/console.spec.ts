/**
 * The console: the inbox of conversations as home, with what each needs, search, and the
 * conversation view — reply from the box, reject a draft (the turn stays "needs reply").
 */
import { expect, snap, test } from './support/fixtures';
import { rpc } from './support/headless-shell';
import { loadDemoShop } from './support/steps';

test('inbox lists both customers with their state; search; reply from the box; reject keeps "needs reply"', async ({ page, request, shell }, testInfo) => {
  // Many steps on a shared 2-core machine: the default 90 s is too tight for this walk.
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(shell.url);
  await loadDemoShop(page);
  await rpc(request, shell, 'sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'What time do you open on Saturday?' });
  await rpc(request, shell, 'sendPracticeMessage', { customerName: 'Tom', language: 'en', text: 'Can you build me a spaceship?' });

  await page.getByTestId('nav-inbox').click();
  const row = (name: string) => page.locator(`[data-testid="inbox-row"][data-customer="${name}"]`);
  await expect(row('Ana')).toHaveAttribute('data-need', 'draft_ready');
  await expect(row('Tom')).toHaveAttribute('data-need', 'handed_off');
  await expect(row('Tom').getByTestId('inbox-unread')).toHaveText('1');
  await expect(page.getByTestId('inbox-count')).toHaveText('2');

  // Search by a word of a message (prefix, case-insensitive).
  await page.getByTestId('inbox-search').fill('SPACESH');
  await expect(page.getByTestId('inbox-row')).toHaveCount(1);
  await expect(page.getByTestId('inbox-row')).toHaveAttribute('data-customer', 'Tom');
  await page.getByTestId('inbox-search').fill('');
  await expect(page.getByTestId('inbox-row')).toHaveCount(2);

  // Tom: handed to a person; answer him from the reply box.
  await row('Tom').click();
  await expect(page.getByTestId('pending-draft')).toHaveAttribute('data-route', 'handoff');
  await expect(row('Tom').getByTestId('inbox-unread')).toHaveCount(0);
  await page.getByTestId('reply-input').fill('Sorry Tom, we only sell plants and pots.');
  await page.getByTestId('reply-send').click();
  await expect(page.locator('[data-testid="chat-message"][data-direction="out"]')).toContainText('Sorry Tom, we only sell plants and pots.');
  await expect(row('Tom')).toHaveAttribute('data-need', 'resolved');
  await expect(page.getByTestId('pending-draft')).toHaveCount(0);

  // Ana: the draft is in place; reject it with a reason, and her question still needs a reply.
  await row('Ana').click();
  const draft = page.getByTestId('pending-draft');
  await expect(draft).toHaveAttribute('data-route', 'answer');
  await expect(draft.getByTestId('draft-text')).not.toBeEmpty();
  await snap(page, testInfo, 'console-1366-en');
  await draft.getByTestId('reject').click();
  await draft.getByTestId('reject-reason').fill('too stiff');
  await snap(page, testInfo, 'console-reject-1366-en');
  await draft.getByTestId('reject').click();
  await expect(page.getByTestId('pending-draft')).toHaveCount(0);
  await expect(row('Ana')).toHaveAttribute('data-need', 'needs_reply');
  await expect(page.getByTestId('inbox-need').first()).toBeVisible();

  // Filter "needs reply" lists only Ana.
  await page.getByTestId('inbox-filter-need').click();
  await page.getByRole('option', { name: /Needs reply/ }).click();
  await expect(page.getByTestId('inbox-row')).toHaveCount(1);
  await expect(page.getByTestId('inbox-row')).toHaveAttribute('data-customer', 'Ana');

  // The practice chat shows the reply sent from the box.
  await page.getByTestId('nav-practice').click();
  await page.getByTestId('conversation-item').filter({ hasText: 'Tom' }).first().click();
  await expect(page.locator('[data-testid="chat-message"][data-direction="out"]')).toContainText('Sorry Tom, we only sell plants and pots.');

  // Screens at both sizes and in both languages.
  await page.getByTestId('nav-inbox').click();
  await row('Tom').click();
  await expect(page.getByTestId('conversation-pane')).toBeVisible();
  await page.setViewportSize({ width: 1024, height: 640 });
  await snap(page, testInfo, 'console-1024-en');
  await page.getByTestId('ui-language').getByText('ES', { exact: true }).click();
  await expect(page.getByTestId('nav-inbox')).toContainText('Bandeja');
  await expect(row('Ana').getByTestId('inbox-need')).toHaveText('Por responder');
  await snap(page, testInfo, 'console-1024-es');
  await page.setViewportSize({ width: 1366, height: 768 });
  await snap(page, testInfo, 'console-1366-es');
});
