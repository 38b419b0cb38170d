/**
 * The customer card in the browser: a practice customer of the demo shop gets a fact added from
 * the card (linked to their message, shown in the chat from the card); their next question about the monstera in their size is
 * drafted offline with the fact noted and cited (`fact:<id>` among the draft's sources); the
 * owner forgets them and the chat is gone from the inbox. Screenshots at 1366×768 and 1024×640
 * go to SHOTS_DIR when set.
 */
import { expect, shot, test } from './support/fixtures';
import { rpc } from './support/headless-shell';
import { loadDemoShop } from './support/steps';

test('a fact added on the card is cited by the next draft; forgetting the customer removes the chat', async ({ page, request, shell }, testInfo) => {
  // Many UI steps on a shared 2-core machine.
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(shell.url);
  await loadDemoShop(page);
  await rpc(request, shell, 'sendPracticeMessage', { customerName: 'Marisol', language: 'en', text: 'I always buy size M monsteras for my office.' });
  await page.getByTestId('nav-inbox').click();
  const row = page.locator('[data-testid="inbox-row"][data-customer="Marisol"]');
  await row.click();
  await expect(page.getByTestId('conversation-pane')).toBeVisible();

  // The card: add a fact, linked to the message it came from.
  await page.getByTestId('customer-card-open').click();
  const card = page.getByTestId('customer-card-body');
  await expect(card.getByTestId('customer-given-name')).toHaveText('Marisol');
  await card.getByTestId('fact-text').fill('Buys size M monsteras');
  await card.getByTestId('fact-message').click();
  await page.getByRole('option', { name: /I always buy size M/ }).click();
  await card.getByTestId('fact-add').click();
  const fact = card.getByTestId('customer-fact');
  await expect(fact).toHaveAttribute('data-status', 'approved');
  await expect(fact.getByTestId('fact-message-text')).toContainText('I always buy size M monsteras for my office.');
  await shot(page, testInfo, 'customer-card-1366');
  // "Show in the chat": the drawer closes and the fact's message is marked in the history.
  await fact.getByTestId('fact-show-message').click();
  await expect(card).toHaveCount(0);
  await expect(page.getByTestId('history-focused-message')).toContainText('I always buy size M monsteras for my office.');

  // Their question about the monstera in their size: the offline draft notes the fact and cites it.
  await rpc(request, shell, 'sendPracticeMessage', { customerName: 'Marisol', language: 'en', text: 'How much is the monstera in my size?' });
  const draft = page.getByTestId('pending-draft');
  await expect(draft).toContainText('We have noted: Buys size M monsteras.');
  await expect(draft.locator('[data-testid="queue-source"][data-source-id^="fact:"]')).toContainText('Buys size M monsteras');

  await shot(page, testInfo, 'draft-cites-fact-1366');

  await page.setViewportSize({ width: 1024, height: 640 });
  await expect(page.getByTestId('conversation-history')).toBeVisible();
  await shot(page, testInfo, 'conversation-1024');
  await page.getByTestId('customer-card-open').click();
  await expect(card).toBeVisible();
  await shot(page, testInfo, 'customer-card-1024');

  // Forget: the confirmation names the consequences; the chat leaves the inbox.
  await card.getByTestId('customer-forget').click();
  const confirm = page.getByTestId('forget-confirm');
  await expect(confirm).toContainText('WhatsApp session keys');
  await shot(page, testInfo, 'customer-forget-1024');
  await page.getByTestId('forget-confirm-button').click();
  await expect(row).toHaveCount(0);
  await expect(page.getByTestId('conversation-pane')).toHaveCount(0);
  const audit = await rpc<{ items: Array<{ action: string; detail: unknown }> }>(request, shell, 'listAudit', { limit: 50 });
  const forgotten = audit.items.filter((a) => a.action === 'customer.forgotten');
  expect(forgotten).toHaveLength(1);
  expect(JSON.stringify(audit.items)).not.toContain('Marisol');
});
