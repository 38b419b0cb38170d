/**
 * A long chat opens on its newest page and loads older pages as the person scrolls up; a chat can
 * be assigned to the operator and found with "assigned to me".
 */
import { expect, test } from './support/fixtures';
import { rpc } from './support/headless-shell';
import { loadDemoShop } from './support/steps';

test('long chat pages back on scroll; assign to me and filter by it', async ({ page, request, shell }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(shell.url);
  await loadDemoShop(page);
  const total = 90; // more than one page (80)
  for (let i = 1; i <= total; i++) await rpc(request, shell, 'sendPracticeMessage', { customerName: 'Lena', language: 'en', text: `note number ${i}` });
  await rpc(request, shell, 'sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'What time do you open on Saturday?' });

  await page.getByTestId('nav-inbox').click();
  const row = (name: string) => page.locator(`[data-testid="inbox-row"][data-customer="${name}"]`);
  await row('Lena').click();
  const history = page.getByTestId('conversation-history');
  const bubble = (n: number) => history.getByText(`note number ${n}`, { exact: true });
  await expect(bubble(total)).toBeVisible();
  await expect(history.locator('[data-has-older="true"]')).toHaveCount(1);

  // Scrolling to the top loads the page before; the first message is reached at last.
  await expect(async () => {
    await history.evaluate((el) => el.scrollTo({ top: 0 }));
    await expect(bubble(1)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expect(history.locator('[data-has-older="false"]')).toHaveCount(1);

  // Assign Lena to the operator at the desk; the row shows it and "assigned to me" finds only her.
  await page.getByTestId('assignee-picker').click();
  await page.getByRole('option', { name: 'Owner', exact: true }).click();
  await expect(row('Lena').getByTestId('inbox-row-assignee')).toBeVisible();
  await page.getByTestId('inbox-filter-assigned-to-me').check();
  await expect(page.getByTestId('inbox-row')).toHaveCount(1);
  await expect(page.getByTestId('inbox-row')).toHaveAttribute('data-customer', 'Lena');
  await page.getByTestId('inbox-filter-assigned-to-me').uncheck();
  await expect(row('Ana')).toBeVisible();
});
