/**
 * Chat status, labels, filters and attention in the browser: resolve, snooze (and the customer
 * waking it), take over / resume, labels set and filtered on, the window title's waiting count;
 * and against the fake WhatsApp server, a chat paused by the owner's phone reply whose customer
 * writes again: counted in the title, notified once (browser notifications allowed), answered
 * from the reply box. Screenshots at 1366×768 and 1024×640, en and es, go to SHOTS_DIR when set.
 */
import { expect, shot, test } from './support/fixtures';
import { startFakeWhatsApp } from './support/fake-whatsapp';
import { rpc, startHeadlessShell } from './support/headless-shell';
import { inboxRow, loadDemoShop, openInboxWithAnaAndTom } from './support/steps';

test('resolve, snooze, take over, labels and filters; the title counts chats waiting for a person', async ({ page, request, shell }, testInfo) => {
  // Many UI steps on a shared 2-core machine.
  test.setTimeout(420_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(shell.url);
  await loadDemoShop(page);
  await openInboxWithAnaAndTom(page, (customerName, text) => rpc(request, shell, 'sendPracticeMessage', { customerName, language: 'en', text }));
  const row = (name: string) => inboxRow(page, name);
  await expect(page).toHaveTitle('(2) Counterpart');

  // Resolve Ana: her draft closes, she leaves the count, and the inbox moves on to the chat
  // still waiting for a person (Tom's), as after an approval.
  await row('Ana').click();
  await expect(page.getByTestId('pending-draft')).toBeVisible();
  await page.getByTestId('status-resolve').click();
  await expect(row('Ana')).toHaveAttribute('data-status', 'resolved');
  await expect(row('Ana')).toHaveAttribute('data-need', 'resolved');
  await expect(page.getByTestId('conversation-name')).toHaveText('Tom');
  await expect(page).toHaveTitle('(1) Counterpart');
  await row('Ana').click();
  await expect(page.getByTestId('conversation-name')).toHaveText('Ana');
  await expect(page.getByTestId('pending-draft')).toHaveCount(0);

  // Snooze Tom for an hour: out of the count, listed under "Snoozed" with its time.
  await row('Tom').click();
  await page.getByTestId('status-menu').click();
  await page.getByTestId('snooze-hour').click();
  await expect(row('Tom')).toHaveAttribute('data-status', 'snoozed');
  await expect(row('Tom').getByTestId('status-badge')).toContainText('Snoozed until');
  await expect(page).toHaveTitle('Counterpart');
  await page.getByTestId('inbox-filter-need').click();
  await page.getByRole('option', { name: /Snoozed \(1\)/ }).click();
  await expect(page.getByTestId('inbox-row')).toHaveCount(1);
  await expect(page.getByTestId('inbox-row')).toHaveAttribute('data-customer', 'Tom');
  await page.getByTestId('inbox-filter-need').click();
  await page.getByRole('option', { name: 'All chats' }).click();

  // Labels: create one, put it on Tom, see it on his row, filter by it.
  await page.getByTestId('labels-button').click();
  await page.getByTestId('labels-manage').click();
  await page.getByTestId('label-new-name').fill('Call back');
  await page.getByTestId('label-add').click();
  await expect(page.getByTestId('label-name')).toHaveValue('Call back');
  await page.keyboard.press('Escape');
  await page.getByTestId('labels-button').click();
  // Checked once the server has it (a controlled box): click, then wait on the state.
  await page.getByTestId('label-option').click();
  await expect(page.getByTestId('label-option')).toBeChecked();
  await expect(row('Tom').getByTestId('row-label')).toHaveText('Call back');
  await page.keyboard.press('Escape');
  await page.getByTestId('inbox-filter-label').click();
  await page.getByRole('option', { name: /Call back \(1\)/ }).click();
  await expect(page.getByTestId('inbox-row')).toHaveCount(1);
  await shot(page, testInfo, 'states-labels-1366-en');
  await page.getByTestId('inbox-filter-label').click();
  await page.getByRole('option', { name: 'Any label' }).click();

  // Tom writes before the snooze ends: it wakes and waits for a person again.
  await rpc(request, shell, 'sendPracticeMessage', { customerName: 'Tom', language: 'en', text: 'hello? anyone there?' });
  await expect(row('Tom')).toHaveAttribute('data-status', 'open');
  await expect(page).toHaveTitle('(1) Counterpart');

  // Take over and give back.
  await page.getByTestId('take-over').click();
  await expect(page.getByTestId('conversation-state')).toHaveAttribute('data-state', 'paused');
  await shot(page, testInfo, 'states-taken-over-1366-en');
  await page.getByTestId('status-menu').click();
  await shot(page, testInfo, 'states-snooze-menu-1366-en');
  await page.keyboard.press('Escape');
  await page.getByTestId('resume-assistant').click();
  await expect(page.getByTestId('take-over')).toBeVisible();

  // Notifications are asked for from a button, never on load.
  await page.getByTestId('attention-button').click();
  await expect(page.getByTestId('attention-allow')).toBeVisible();
  await page.getByTestId('quiet-hours').check();
  await shot(page, testInfo, 'states-attention-1366-en');
  await page.getByTestId('attention-save').click();
  await expect.poll(async () => (await rpc<{ quietHours?: unknown }>(request, shell, 'getSettings')).quietHours).toEqual({ from: '21:00', to: '08:00' });
  await expect(page.getByTestId('attention-panel')).toHaveCount(0);

  await page.setViewportSize({ width: 1024, height: 640 });
  await shot(page, testInfo, 'states-1024-en');
  await page.getByTestId('ui-language').selectOption('es');
  await expect(page.getByTestId('take-over')).toHaveText('Tomar el chat');
  await shot(page, testInfo, 'states-1024-es');
  await page.setViewportSize({ width: 1366, height: 768 });
  await row('Ana').click();
  await shot(page, testInfo, 'states-1366-es');
});

test('a paused WhatsApp chat whose customer writes again is counted, notified once and answered from the box', async ({ page, request, context }, testInfo) => {
  test.setTimeout(240_000);
  const wa = await startFakeWhatsApp();
  const shell = await startHeadlessShell({ COUNTERPART_WA_WS_URL: wa.wsUrl });
  try {
    // The person allowed notifications; each one shown is recorded (title, tag).
    await context.grantPermissions(['notifications'], { origin: new URL(shell.url).origin });
    // The real Notification, wrapped to keep a record of what was shown.
    await page.addInitScript({
      content: `
        window.shownNotifications = [];
        const Real = window.Notification;
        window.Notification = class extends Real {
          constructor(title, options) {
            super(title, options);
            window.shownNotifications.push({ title, tag: (options && options.tag) || '' });
          }
        };
      `,
    });
    const notifications = () => page.evaluate('window.shownNotifications') as Promise<Array<{ title: string; tag: string }>>;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(shell.url);
    await rpc(request, shell, 'loadDemoShop');
    await page.getByTestId('nav-whatsapp').click();
    await page.getByTestId('wa-link-qr').click();
    const qr = page.getByTestId('wa-qr');
    await expect(qr).toBeVisible({ timeout: 20_000 });
    await wa.scan((await qr.getAttribute('src'))!);
    await expect(page.getByTestId('wa-connected')).toBeVisible({ timeout: 30_000 });

    await wa.customerSays('Hola! cuanto cuesta la monstera?', { title: 'Monstera sale', body: 'Plantas grandes', url: 'https://example.com/ad' });
    await page.getByTestId('nav-inbox').click();
    const row = page.locator('[data-testid="inbox-row"]').first();
    await expect(row).toHaveAttribute('data-need', 'draft_ready', { timeout: 20_000 });
    await expect(page).toHaveTitle('(1) Counterpart');
    await expect.poll(notifications).toHaveLength(1);

    await wa.ownerSays('Te llamo en un minuto');
    await expect(row).toHaveAttribute('data-need', 'paused', { timeout: 20_000 });
    await expect(page).toHaveTitle('Counterpart');
    await wa.customerSays('ok gracias! y a qué hora cierran?');
    await expect(row).toHaveAttribute('data-need', 'needs_reply', { timeout: 20_000 });
    await expect(page).toHaveTitle('(1) Counterpart');
    // Not opened since the first notice: still one notification for this chat.
    expect(await notifications()).toHaveLength(1);

    // The ad filter finds it.
    await page.getByTestId('inbox-filter-source').click();
    await page.getByRole('option', { name: /From an ad \(1\)/ }).click();
    await expect(page.getByTestId('inbox-row')).toHaveCount(1);

    await row.click();
    await expect(page.getByTestId('conversation-state')).toHaveAttribute('data-state', 'paused');
    await shot(page, testInfo, 'states-whatsapp-paused-1366-en');
    await page.getByTestId('reply-input').fill('Cerramos a las 19:00.');
    await page.getByTestId('reply-send').click();
    await expect.poll(() => wa.sentTexts(), { timeout: 30_000 }).toEqual(['Cerramos a las 19:00.']);
    await expect(page).toHaveTitle('Counterpart');

    // Seen: the next message notifies again, once.
    await wa.customerSays('perfecto, gracias');
    await expect.poll(notifications, { timeout: 20_000 }).toHaveLength(2);
    const [first, second] = await notifications();
    expect(first!.tag).toBe(second!.tag);
  } finally {
    await shell.stop();
    await wa.stop();
  }
});
