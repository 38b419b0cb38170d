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
