/**
 * The console: the inbox of conversations as home, with what each needs, search, and the
 * conversation view — reply from the box, reject a draft (the turn stays "needs reply").
 */
import { expect, snap, test } from './support/fixtures';
import { startFakeWhatsApp } from './support/fake-whatsapp';
import { rpc, startHeadlessShell } from './support/headless-shell';
import { inboxRow, loadDemoShop, openInboxWithAnaAndTom } from './support/steps';

test('inbox lists both customers with their state; search; reply from the box; reject keeps "needs reply"', async ({ page, request, shell }, testInfo) => {
  // Many steps on a shared 2-core machine: the default 90 s is too tight for this walk.
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(shell.url);
  await loadDemoShop(page);
  await openInboxWithAnaAndTom(page, (customerName, text) => rpc(request, shell, 'sendPracticeMessage', { customerName, language: 'en', text }));
  const row = (name: string) => inboxRow(page, name);
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
  await page.getByTestId('ui-language').selectOption('es');
  await expect(page.getByTestId('nav-inbox')).toContainText('Bandeja');
  await expect(row('Ana').getByTestId('inbox-need')).toHaveText('Por responder');
  await snap(page, testInfo, 'console-1024-es');
  await page.setViewportSize({ width: 1366, height: 768 });
  await snap(page, testInfo, 'console-1366-es');
});

test('a paused WhatsApp chat whose customer writes again needs a reply, answered from the box', async ({ page, request }, testInfo) => {
  test.setTimeout(240_000);
  const wa = await startFakeWhatsApp();
  const shell = await startHeadlessShell({ COUNTERPART_WA_WS_URL: wa.wsUrl });
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(shell.url);
    await rpc(request, shell, 'loadDemoShop');
    await page.getByTestId('nav-whatsapp').click();
    await page.getByTestId('wa-link-qr').click();
    const qr = page.getByTestId('wa-qr');
    await expect(qr).toBeVisible({ timeout: 20_000 });
    await wa.scan((await qr.getAttribute('src'))!);
    await expect(page.getByTestId('wa-connected')).toBeVisible({ timeout: 30_000 });

    await wa.customerSays('Hola! cuanto cuesta la monstera?');
    await page.getByTestId('nav-inbox').click();
    const row = page.locator('[data-testid="inbox-row"]').first();
    await expect(row).toHaveAttribute('data-need', 'draft_ready', { timeout: 20_000 });
    // The owner answers from the phone: the chat pauses and its draft is closed.
    await wa.ownerSays('Te llamo en un minuto');
    await expect(row).toHaveAttribute('data-need', 'paused', { timeout: 20_000 });
    // The customer writes again: not hidden, it needs a reply.
    await wa.customerSays('ok gracias! y a qué hora cierran?');
    await expect(row).toHaveAttribute('data-need', 'needs_reply', { timeout: 20_000 });
    await expect(row.getByTestId('inbox-unread')).toHaveText('2');

    await row.click();
    await expect(page.getByTestId('conversation-state')).toHaveAttribute('data-state', 'paused');
    await snap(page, testInfo, 'console-whatsapp-paused-1366-en');
    await page.getByTestId('reply-input').fill('Cerramos a las 19:00.');
    await page.getByTestId('reply-input').press('Control+Enter');
    await expect.poll(() => wa.sentTexts(), { timeout: 30_000 }).toEqual(['Cerramos a las 19:00.']);
    await expect(row).toHaveAttribute('data-need', 'paused');
    await expect(page.locator('[data-testid="chat-message"][data-direction="out"]').last()).toContainText('Cerramos a las 19:00.');
  } finally {
    await shell.stop();
    await wa.stop();
  }
});
