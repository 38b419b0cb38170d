/**
 * WhatsApp in the browser, against the local fake WhatsApp server (its own process): link by QR,
 * a customer writes, the owner approves the draft, and exactly one reply reaches the customer;
 * then the owner takes over from the phone, and the link drops, is replaced, is removed, is
 * banned — each state screenshotted to e2e-artifacts/. Also: linking by pairing code typed on the
 * fake phone, and a thread showing an ad referral, media, a reaction, an edit and a deletion.
 */
import { expect, test, type Page } from '@playwright/test';
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

async function start(page: Page): Promise<{ wa: FakeWhatsApp; status: ReturnType<Page['getByTestId']> }> {
  whatsapp = await startFakeWhatsApp();
  shell = await startHeadlessShell({ COUNTERPART_WA_WS_URL: whatsapp.wsUrl });
  await page.goto(shell.url);
  await page.getByTestId('nav-whatsapp').click();
  const status = page.getByTestId('wa-status');
  await expect(status).toHaveAttribute('data-state', 'unlinked');
  return { wa: whatsapp, status };
}

/** Link by QR: the console shows a QR, the fake phone decodes the PNG and scans it. */
async function linkByQr(page: Page, wa: FakeWhatsApp, shot?: string): Promise<void> {
  await page.getByTestId('wa-link-qr').click();
  const qr = page.getByTestId('wa-qr');
  await expect(qr).toBeVisible({ timeout: 20_000 });
  if (shot) await snap(page, test.info(), shot);
  await wa.scan((await qr.getAttribute('src'))!);
  await expect(page.getByTestId('wa-connected')).toBeVisible({ timeout: 30_000 });
}

test('links by QR and answers a WhatsApp customer through the review queue, once', async ({ page, request }, testInfo) => {
  test.setTimeout(180_000);
  const { wa, status } = await start(page);
  await rpc(request, shell!, 'loadDemoShop');

  await expect(page.getByTestId('wa-chats')).toContainText('No WhatsApp chats yet');
  await snap(page, testInfo, 'whatsapp-unlinked');
  await linkByQr(page, wa, 'whatsapp-qr');
  await expect(status).toHaveAttribute('data-state', 'connected');
  await expect(page.getByTestId('wa-connected')).toContainText(/Connected as \+\d+/);
  await snap(page, testInfo, 'whatsapp-connected');

  await wa.customerSays('What are your opening hours?');
  await page.getByTestId('nav-queue').click();
  const item = page.getByTestId('queue-item').first();
  await expect(item).toBeVisible({ timeout: 20_000 });
  await expect(item.getByTestId('queue-customer-message')).toContainText('opening hours');
  await expect(item.getByTestId('queue-drafter')).toHaveAttribute('data-drafter', 'offline');
  const draft = (await item.getByTestId('draft-text').innerText()).trim();
  expect(draft).toContain('09:00');
  await snap(page, testInfo, 'whatsapp-queue');
  await item.getByTestId('approve').click();
  await expect(page.getByTestId('queue-empty')).toBeVisible();

  await expect.poll(() => wa.sentTexts(), { timeout: 30_000 }).toHaveLength(1);
  expect((await wa.sentTexts())[0]!.trim()).toBe(draft);
  // Nothing more goes out later: the approval is sent exactly once.
  await page.waitForTimeout(1_000);
  expect(await wa.sentTexts()).toHaveLength(1);

  // The chat is readable on the WhatsApp screen, with the reply as sent.
  await page.getByTestId('nav-whatsapp').click();
  await page.getByTestId('conversation-item').first().click();
  await expect(page.locator('[data-testid="chat-message"][data-direction="out"]')).toContainText('09:00');
  await snap(page, testInfo, 'whatsapp-chat');

  // The owner answers from the phone: the assistant pauses in that chat until resumed here.
  await wa.ownerSays('I will call you in a minute!');
  await expect(page.getByTestId('conversation-state')).toHaveAttribute('data-state', 'paused', { timeout: 20_000 });
  await expect(page.getByTestId('paused-note')).toContainText('You replied from your phone');
  await expect(page.getByTestId('chat-message').filter({ hasText: 'I will call you in a minute!' })).toHaveAttribute('data-direction', 'out');
  await snap(page, testInfo, 'whatsapp-paused');
  await page.getByTestId('resume-assistant').click();
  await expect(page.getByTestId('conversation-state')).toHaveAttribute('data-state', 'assistant');
  await expect(page.getByTestId('paused-note')).toHaveCount(0);

  // The connection drops: a countdown to the next attempt, then connected again by itself.
  await wa.drop();
  await expect(status).toHaveAttribute('data-state', 'reconnecting');
  await expect(page.getByTestId('wa-countdown')).toBeVisible();
  await snap(page, testInfo, 'whatsapp-reconnecting');
  await expect(status).toHaveAttribute('data-state', 'connected', { timeout: 30_000 });

  // WhatsApp Web opened elsewhere: the link is kept and the owner can take it back.
  await wa.kick('replaced');
  await expect(status).toHaveAttribute('data-state', 'replaced');
  await expect(page.getByTestId('wa-detail')).toContainText('opened somewhere else');
  await expect(page.getByTestId('wa-help')).toContainText('Use WhatsApp here again');
  await expect(page.getByTestId('wa-countdown')).toBeVisible();
  await snap(page, testInfo, 'whatsapp-replaced');
  await page.getByTestId('wa-retry').click();
  await expect(status).toHaveAttribute('data-state', 'connected', { timeout: 30_000 });

  // The owner removes this computer on the phone: logged out, keys gone, link again.
  await wa.removeDevice();
  await expect(status).toHaveAttribute('data-state', 'logged_out');
  await expect(page.getByTestId('wa-detail')).toContainText('Linked devices');
  await expect(page.getByTestId('wa-link-qr')).toContainText('Link again');
  await snap(page, testInfo, 'whatsapp-logged-out');
  await linkByQr(page, wa);

  // WhatsApp refuses the number: stopped, with what to do; Disconnect wipes the keys.
  await wa.kick(403);
  await expect(status).toHaveAttribute('data-state', 'banned');
  await expect(page.getByTestId('wa-detail')).toContainText('refused this number');
  await expect(page.getByTestId('wa-help')).toContainText('Open WhatsApp on the phone');
  await snap(page, testInfo, 'whatsapp-banned');
  await page.getByTestId('wa-disconnect').click();
  await expect(page.getByTestId('wa-disconnect-confirm')).toBeVisible();
  await snap(page, testInfo, 'whatsapp-disconnect-confirm');
  await page.getByTestId('wa-disconnect-confirm').click();
  await expect(status).toHaveAttribute('data-state', 'unlinked');

  // Through all of it, the one approved reply is still the only message sent.
  expect(await wa.sentTexts()).toHaveLength(1);
});

test('links by phone number: shows the pairing code with instructions, and can cancel', async ({ page }, testInfo) => {
  const { status } = await start(page);
  await page.getByTestId('wa-link-phone').click();
  await page.getByTestId('wa-phone').fill('12');
  await expect(page.getByTestId('wa-link-code')).toBeDisabled();
  await page.getByTestId('wa-phone').fill('+52 33 1234 5678');
  await page.getByTestId('wa-link-code').click();
  await expect(status).toHaveAttribute('data-state', 'linking');
  const code = page.getByTestId('wa-pairing-code');
  await expect(code).toBeVisible({ timeout: 20_000 });
  expect(await code.getAttribute('data-code')).toMatch(/^[A-Z0-9]{8}$/);
  await snap(page, testInfo, 'whatsapp-pairing-code');
  await page.getByTestId('wa-cancel').click();
  await expect(status).toHaveAttribute('data-state', 'unlinked');
});

test('links by phone number end to end: the owner types the code on the phone', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const { wa, status } = await start(page);
  await page.getByTestId('wa-link-phone').click();
  await page.getByTestId('wa-phone').fill('+1 555 000 1111');
  await page.getByTestId('wa-link-code').click();
  const code = page.getByTestId('wa-pairing-code');
  await expect(code).toBeVisible({ timeout: 20_000 });
  await wa.enterCode((await code.getAttribute('data-code'))!);
  await expect(page.getByTestId('wa-connected')).toContainText('+15550001111', { timeout: 30_000 });
  await expect(status).toHaveAttribute('data-state', 'connected');
  await expect(code).toHaveCount(0);
  await snap(page, testInfo, 'whatsapp-linked-by-code');
});

test('shows the ad a chat started from, media, reactions, edits and deletions in the thread', async ({ page, request }, testInfo) => {
  test.setTimeout(120_000);
  const { wa } = await start(page);
  await rpc(request, shell!, 'loadDemoShop');
  await linkByQr(page, wa);

  const hi = await wa.customerSays('Hi, do you have monstera?', { title: 'Monstera week', body: '20% off all monsteras', url: 'https://fb.me/ad-monstera' });
  await page.getByTestId('conversation-item').first().click({ timeout: 20_000 });
  await expect(page.getByTestId('conversation-referral')).toContainText('Monstera week');
  await expect(page.getByTestId('conversation-referral')).toContainText('20% off all monsteras');

  await wa.customerPhoto('this one?');
  await wa.react(hi, '❤️');
  await wa.edit(hi, 'What are your opening hours?');
  const oops = await wa.customerSays('ignore that, wrong chat');
  const bubbles = page.getByTestId('chat-message');
  await expect(bubbles).toHaveCount(3, { timeout: 20_000 });
  await wa.remove(oops);

  const first = bubbles.nth(0);
  await expect(first.getByTestId('chat-message-text')).toHaveText('What are your opening hours?', { timeout: 20_000 });
  await expect(first.getByTestId('chat-message-edited')).toContainText('edited');
  await expect(first.getByTestId('chat-message-reaction')).toHaveText('❤️');
  const photo = bubbles.nth(1);
  await expect(photo.getByTestId('chat-message-media')).toHaveText('Photo');
  await expect(photo.getByTestId('chat-message-text')).toHaveText('this one?');
  await expect(bubbles.nth(2).getByTestId('chat-message-deleted')).toHaveText('This message was deleted', { timeout: 20_000 });
  await expect(bubbles.nth(2).getByTestId('chat-message-text')).toHaveCount(0);
  await snap(page, testInfo, 'whatsapp-thread-changes');

  // One card for Ana's turn (nobody has answered yet): drafted again from the edited text and
  // the photo, without the deleted message; the stale drafts are gone.
  await page.getByTestId('nav-queue').click();
  const items = page.getByTestId('queue-item');
  await expect(items).toHaveCount(1, { timeout: 20_000 });
  await expect(items.first().getByTestId('queue-customer-message-text')).toContainText('What are your opening hours?', { timeout: 20_000 });
  await expect(items.first().getByTestId('queue-customer-message-text')).toContainText('this one?');
  await expect(items.first().getByTestId('queue-customer-message-text')).not.toContainText('wrong chat');
  await expect(items.first().getByTestId('draft-text')).toContainText('09:00');
  // The card marks what the turn holds: an edited message, a photo (badge, media note).
  await expect(items.first().getByTestId('queue-customer-edited')).toHaveText('edited');
  await expect(items.first().getByTestId('queue-customer-message-media')).toHaveText('Photo');
  await expect(items.first().getByTestId('queue-media-note')).toBeVisible();
  await snap(page, testInfo, 'whatsapp-queue-media');

  // In Spanish the same marks are translated.
  await page.getByTestId('nav-whatsapp').click();
  await page.getByTestId('conversation-item').first().click();
  await page.getByTestId('ui-language').selectOption('es');
  await expect(page.getByTestId('conversation-referral')).toContainText('Llegó desde un anuncio');
  await expect(bubbles.nth(0).getByTestId('chat-message-edited')).toContainText('editado');
  await expect(bubbles.nth(1).getByTestId('chat-message-media')).toHaveText('Foto');
  await expect(bubbles.nth(2).getByTestId('chat-message-deleted')).toHaveText('Este mensaje fue eliminado');
  await page.getByTestId('nav-queue').click();
  await expect(items.first().getByTestId('queue-customer-message-media')).toHaveText('Foto');
  await expect(items.first().getByTestId('queue-customer-edited')).toHaveText('editado');
  expect(await wa.sentTexts()).toEqual([]);
});
