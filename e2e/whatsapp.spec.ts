/**
 * WhatsApp in the browser, against the local fake WhatsApp server: link by QR, a customer
 * writes, the owner approves the draft, and exactly one reply reaches the customer.
 */
import { expect, test } from '@playwright/test';
import { snap } from './support/fixtures';
import { startFakeWhatsApp, type FakeWhatsApp } from './support/fake-whatsapp';
import { startHeadlessShell, type HeadlessShell } from './support/headless-shell';

let whatsapp: FakeWhatsApp | undefined;
let shell: HeadlessShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  await whatsapp?.stop();
});

test('links by QR and answers a WhatsApp customer through the review queue, once', async ({ page, request }, testInfo) => {
  test.setTimeout(90_000);
  whatsapp = await startFakeWhatsApp();
  shell = await startHeadlessShell({ COUNTERPART_WA_WS_URL: whatsapp.wsUrl });
  const auth = { Authorization: `Bearer ${shell.token}` };
  expect((await request.post(`${shell.origin}/rpc/loadDemoShop`, { headers: auth, data: {} })).ok()).toBe(true);

  await page.goto(shell.url);
  await page.getByTestId('nav-whatsapp').click();
  await expect(page.getByTestId('wa-status')).toHaveAttribute('data-state', 'unlinked');
  await snap(page, testInfo, 'whatsapp-unlinked');
  await page.getByTestId('wa-link-qr').click();
  const qr = page.getByTestId('wa-qr');
  await expect(qr).toBeVisible({ timeout: 20_000 });
  await snap(page, testInfo, 'whatsapp-qr');
  await whatsapp.scan((await qr.getAttribute('src'))!);
  await expect(page.getByTestId('wa-connected')).toBeVisible({ timeout: 30_000 });
  await snap(page, testInfo, 'whatsapp-connected');

  await whatsapp.customerSays('What are your opening hours?');
  await page.getByTestId('nav-queue').click();
  const item = page.getByTestId('queue-item').first();
  await expect(item).toBeVisible({ timeout: 20_000 });
  await expect(item.getByTestId('queue-customer-message')).toContainText('opening hours');
  const draft = (await item.getByTestId('draft-text').innerText()).trim();
  expect(draft).toContain('09:00');
  await snap(page, testInfo, 'whatsapp-queue');
  await item.getByTestId('approve').click();
  await expect(page.getByTestId('queue-empty')).toBeVisible();

  await expect.poll(() => whatsapp!.sentTexts(), { timeout: 30_000 }).toHaveLength(1);
  expect((await whatsapp.sentTexts())[0]!.trim()).toBe(draft);
  // Nothing more goes out later: the approval is sent exactly once.
  await page.waitForTimeout(1_000);
  expect(await whatsapp.sentTexts()).toHaveLength(1);

  // The chat is readable on the WhatsApp screen, with the reply as sent.
  await page.getByTestId('nav-whatsapp').click();
  await page.getByTestId('conversation-item').first().click();
  await expect(page.locator('[data-testid="chat-message"][data-direction="out"]')).toContainText('09:00');
  await snap(page, testInfo, 'whatsapp-chat');
});
