/**
 * Autopilot in the browser, against the local fake WhatsApp server: the owner turns auto-send on,
 * one clean approval earns the opening-hours topic, the customer's next hours question is
 * answered alone exactly once with its reason shown on the message; a delivery question waits for
 * a person until its own approval earns that topic, then goes out alone too; and the kill switch
 * in the header stops it all: the question after waits for a person.
 */
import { expect, test } from '@playwright/test';
import { snap } from './support/fixtures';
import { startFakeWhatsApp, type FakeWhatsApp } from './support/fake-whatsapp';
import { rpc, startHeadlessShell, type HeadlessShell } from './support/headless-shell';

let whatsapp: FakeWhatsApp | undefined;
let shell: HeadlessShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  await whatsapp?.stop();
  shell = undefined;
  whatsapp = undefined;
});

test('earns auto-send topic by topic (hours, then delivery), answers alone once with the reason shown while the rest waits, and one click stops it', async ({ page, request }, testInfo) => {
  test.setTimeout(180_000);
  const wa = (whatsapp = await startFakeWhatsApp());
  shell = await startHeadlessShell({ COUNTERPART_WA_WS_URL: wa.wsUrl });
  await rpc(request, shell, 'loadDemoShop');
  // Any hour of the day, so the test does not depend on the shop's opening hours.
  await rpc(request, shell, 'updateAutopilot', { streakNeeded: 1, hours: { from: '00:00', to: '00:00' } });
  await page.goto(shell.url);
  await page.getByTestId('nav-whatsapp').click();
  await page.getByTestId('wa-link-qr').click();
  const qr = page.getByTestId('wa-qr');
  await expect(qr).toBeVisible({ timeout: 20_000 });
  await wa.scan((await qr.getAttribute('src'))!);
  await expect(page.getByTestId('wa-connected')).toBeVisible({ timeout: 30_000 });

  // The owner switches the shop to auto-send in Settings; nothing is earned yet.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('autopilot-mode-auto').click();
  await expect(page.getByTestId('autopilot-stop')).toBeVisible();
  const hoursTopic = page.getByTestId('autopilot-topic-faq:hours');
  await expect(hoursTopic.getByTestId('autopilot-streak')).toContainText('0 of 1');

  // First question: a draft waits; the owner approves it unedited.
  await wa.customerSays('What are your opening hours?');
  await page.getByTestId('nav-queue').click();
  const item = page.getByTestId('queue-item').first();
  await expect(item).toBeVisible({ timeout: 20_000 });
  await item.getByTestId('approve').click();
  await expect.poll(() => wa.sentTexts(), { timeout: 30_000 }).toHaveLength(1);

  await page.getByTestId('nav-settings').click();
  await expect(hoursTopic.getByTestId('autopilot-streak')).toContainText('1 of 1');
  await expect(hoursTopic.getByTestId('autopilot-state')).toHaveText('Sends alone');
  await snap(page, testInfo, 'autopilot-settings');

  // Second question: answered alone, exactly once, with the reason on the message.
  await wa.customerSays('What are your opening hours on Saturday?');
  await expect.poll(() => wa.sentTexts(), { timeout: 30_000 }).toHaveLength(2);
  await page.getByTestId('nav-inbox').click();
  await page.getByTestId('inbox-row').first().click();
  const note = page.getByTestId('auto-send-note');
  await expect(note).toContainText('Sent by the autopilot');
  await note.click();
  await expect(page.getByTestId('auto-send-evidence')).toContainText('Clear, unambiguous match');
  await snap(page, testInfo, 'autopilot-message');

  // Meanwhile a question on a topic that has not earned auto-send (delivery) waits for a person;
  // one clean approval earns it, and the next delivery question goes out alone too.
  await wa.customerSays('Do you deliver to Zapopan?');
  await page.getByTestId('nav-queue').click();
  const waiting = page.getByTestId('queue-item');
  await expect(waiting).toHaveCount(1, { timeout: 20_000 });
  expect(await wa.sentTexts()).toHaveLength(2);
  await waiting.first().getByTestId('approve').click();
  await expect.poll(() => wa.sentTexts(), { timeout: 30_000 }).toHaveLength(3);
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('autopilot-topic-faq:shipping').getByTestId('autopilot-state')).toHaveText('Sends alone');
  await wa.customerSays('Do you deliver to Guadalajara?');
  await expect.poll(() => wa.sentTexts(), { timeout: 30_000 }).toHaveLength(4);

  // The kill switch: one click; the next question waits for a person.
  await page.getByTestId('autopilot-stop').click();
  await expect(page.getByTestId('autopilot-stop')).toBeHidden();
  await wa.customerSays('What are your opening hours on Sunday?');
  await page.getByTestId('nav-queue').click();
  await expect(page.getByTestId('queue-item').first()).toBeVisible({ timeout: 20_000 });
  await page.waitForTimeout(1_000);
  expect(await wa.sentTexts()).toHaveLength(4);
});
