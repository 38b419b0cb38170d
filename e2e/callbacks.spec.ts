/**
 * Warm callbacks in Settings: on by default with a 3-hour delay; the owner switches them off and
 * sets the delay, and the core keeps exactly that.
 */
import { expect, test } from '@playwright/test';
import { rpc, startHeadlessShell, type HeadlessShell } from './support/headless-shell';

let shell: HeadlessShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

test('the owner sets the follow-up delay and switches warm callbacks off', async ({ page, request }) => {
  test.setTimeout(60_000);
  shell = await startHeadlessShell({});
  await rpc(request, shell, 'loadDemoShop');
  await page.goto(shell.url);
  await page.getByTestId('nav-settings').click();
  const panel = page.getByTestId('callbacks-settings');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('callbacks-enabled')).toBeChecked();
  await expect(panel.getByTestId('callbacks-delay')).toHaveValue('3');
  await panel.getByTestId('callbacks-delay').fill('2.5');
  await panel.getByTestId('callbacks-delay').blur();
  await expect(panel.getByTestId('callbacks-saved')).toBeVisible();
  await panel.getByTestId('callbacks-enabled').click();
  await expect(panel.getByTestId('callbacks-enabled')).not.toBeChecked();
  await expect.poll(async () => rpc(request, shell!, 'getCallbackSettings')).toEqual({ enabled: false, delayMinutes: 150 });
});
