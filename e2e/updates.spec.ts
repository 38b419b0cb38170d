/**
 * Updates in the headless shell: it shows its version and says its package manager updates it;
 * it never offers "Restart to update" (the desktop app's updater is not part of this shell).
 */
import { expect, test } from './support/fixtures';

test('the headless shell shows its version and that updates come through the package manager', async ({ page, shell }) => {
  await page.goto(shell.url);
  await expect(page.getByText(/^Counterpart \d+\.\d+\.\d+.* · browser$/)).toBeVisible();
  await expect(page.getByTestId('update-managed')).toHaveText('Updates come through your package manager.');
  await expect(page.getByTestId('update-restart')).toHaveCount(0);
});

test('Copy diagnostics shows the doctor text in the browser, without a token', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByTestId('nav-settings').click();
  // The headless shell has no update channel to choose.
  await expect(page.getByTestId('support-panel')).toBeVisible();
  await expect(page.getByTestId('update-channel')).toHaveCount(0);
  await page.getByTestId('copy-diagnostics').click();
  await expect(page.getByTestId('diagnostics-result')).toBeVisible();
  const text = await page.getByTestId('diagnostics-text').inputValue();
  expect(text).toContain('Integrity: ok');
  expect(text).toContain('Link: not linked');
  expect(shell.token.length).toBeGreaterThan(10);
  expect(text).not.toContain(shell.token);
  expect(text).toContain(`Location: ${shell.dataDir}`);
});
