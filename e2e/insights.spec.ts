/**
 * Insights in the browser: the demo shop, a few practice chats (one reply approved), then the
 * Insights screen shows this week's counts and a table downloads as CSV with the same figures.
 * Screenshots at 1366×768 (light) and 1024×640 (dark).
 */
import { readFile } from 'node:fs/promises';
import type { QueueItem } from '../main/contract/schemas';
import { expect, snap, test } from './support/fixtures';
import { rpc } from './support/headless-shell';

test('Insights counts the practice chats by source and downloads a table as CSV', async ({ page, request, shell }, testInfo) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await rpc(request, shell, 'loadDemoShop');
  await page.goto(shell.url);
  for (const [customerName, text] of [
    ['Ana', 'What time do you open on Saturday?'],
    ['Tom', 'Can you build me a spaceship?'],
    ['Lucía', 'Do you have sourdough bread?'],
  ] as const) {
    await rpc(request, shell, 'sendPracticeMessage', { customerName, language: 'en', text });
  }
  // Approve the first answer draft as written: one reply by a person, one draft approved unedited.
  await expect.poll(async () => (await rpc<{ items: QueueItem[] }>(request, shell, 'listQueue')).items.length).toBeGreaterThanOrEqual(3);
  const queue = await rpc<{ items: QueueItem[] }>(request, shell, 'listQueue');
  const answer = queue.items.find((item) => item.route === 'answer');
  expect(answer).toBeDefined();
  await rpc(request, shell, 'approveDraft', { draftId: answer!.draftId, text: answer!.draft });

  await page.getByTestId('nav-insights').click();
  await expect(page.getByTestId('insights-started-total')).toHaveText('3 conversations');
  const sources = page.getByTestId('insights-sources');
  await expect(sources.getByTestId('insights-row-sources')).toHaveCount(1);
  await expect(sources.getByTestId('insights-row-sources').first()).toContainText('Organic (no ad)');
  await expect(page.getByTestId('insights-drafts').getByTestId('insights-row-drafts').filter({ hasText: 'Approved as drafted' })).toContainText('1');
  await snap(page, testInfo, 'insights-1366-light');

  const download = page.waitForEvent('download');
  await sources.getByTestId('insights-csv-sources').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^counterpart-insights-sources-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await file.path()) ?? '', 'utf8');
  expect(csv.split('\r\n').slice(0, 2)).toEqual(['source,ad_id,ad_title,started,replied,purchased', 'organic,,,3,1,0']);

  // The small screen in the dark theme (the app follows the system's while unset): the period
  // picker and the panels still fit.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1024, height: 640 });
  await page.getByTestId('insights-period').getByText('Last 30 days').click();
  await expect(page.getByTestId('insights-started-total')).toHaveText('3 conversations');
  expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  await snap(page, testInfo, 'insights-1024-dark');
});
