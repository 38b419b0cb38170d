/**
 * Greeting, away and holding messages in Settings: the owner writes the greeting in Spanish,
 * switches it on and picks the disclosure mode; the core keeps exactly that.
 */
import { expect, test } from '@playwright/test';
import { rpc, startHeadlessShell, type HeadlessShell } from './support/headless-shell';

let shell: HeadlessShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

test('the owner writes a greeting per customer language, switches it on and chooses the disclosure', async ({ page, request }) => {
  test.setTimeout(60_000);
  shell = await startHeadlessShell({});
  await rpc(request, shell, 'loadDemoShop');
  await page.goto(shell.url);
  await page.getByTestId('nav-settings').click();
  const panel = page.getByTestId('away-panel');
  await expect(panel).toBeVisible();
  await panel.getByRole('combobox', { name: 'Customer language' }).click();
  await page.getByRole('listbox', { name: 'Customer language' }).getByRole('option', { name: 'Español' }).click();
  await panel.getByTestId('away-greeting-text').fill('¡Hola! Gracias por escribirnos.');
  await panel.getByTestId('away-greeting-text').blur();
  // The switches show what the core saved (they turn once the save lands).
  await panel.getByTestId('away-greeting-on').click();
  await expect(panel.getByTestId('away-greeting-on')).toBeChecked();
  await panel.getByTestId('away-disclosure-first').click();
  await expect(panel.getByTestId('away-disclosure-first')).toBeChecked();
  await expect(panel.getByText('Saved.')).toBeVisible();
  await expect
    .poll(async () => {
      const saved = (await rpc(request, shell!, 'getAwayMessages')) as { greeting: { on: boolean; texts: Record<string, string> }; disclosure: { mode: string } };
      return [saved.greeting.on, saved.greeting.texts.es, saved.disclosure.mode];
    })
    .toEqual([true, '¡Hola! Gracias por escribirnos.', 'first']);
});
