/**
 * Small screens: at 1024×640 no screen scrolls sideways, the catalog's row actions and the
 * practice composer are within the window. With `SHOTS_DIR` set, also saves every screen at
 * 1366×768 and 1024×640, light and dark, English and Spanish, for a person to look at.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { rpc } from './support/headless-shell';
import { SCREENS } from './support/screens';
import { loadDemoShop } from './support/steps';

const SMALL = { width: 1024, height: 640 };

/** How far the page scrolls sideways (0 when it fits). */
function sidewaysOverflow(page: Page): Promise<number> {
  // A string: the e2e files are compiled without the DOM library.
  return page.evaluate('document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth') as Promise<number>;
}

/** The element's box lies inside the window. */
async function expectInWindow(page: Page, testId: string): Promise<void> {
  const box = await page.getByTestId(testId).first().boundingBox();
  expect(box, `${testId} has a box`).not.toBeNull();
  const viewport = page.viewportSize()!;
  expect(box!.x + box!.width, `${testId} right edge`).toBeLessThanOrEqual(viewport.width);
  expect(box!.y + box!.height, `${testId} bottom edge`).toBeLessThanOrEqual(viewport.height);
}

test('at 1024×640 no screen scrolls sideways; catalog actions and the practice composer are in view', async ({ page, request, shell }) => {
  test.setTimeout(300_000);
  await page.setViewportSize(SMALL);
  await page.goto(shell.url);
  await loadDemoShop(page);
  await rpc(request, shell, 'sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'What time do you open on Saturday?' });

  const overflowing: string[] = [];
  for (const screen of SCREENS) {
    await screen.open(page);
    const overflow = await sidewaysOverflow(page);
    if (overflow > 0) overflowing.push(`${screen.name}: ${overflow}px`);
    if (screen.name === 'knowledge-catalog') await expectInWindow(page, 'catalog-edit');
    if (screen.name === 'practice') {
      await expectInWindow(page, 'practice-input');
      await expectInWindow(page, 'practice-send');
    }
  }
  expect(overflowing).toEqual([]);
});

const shotsDir = process.env['SHOTS_DIR'];

test('screenshots of every screen: two sizes, two themes, two languages', async ({ page, request, shell }) => {
  test.skip(!shotsDir, 'set SHOTS_DIR to save the screenshots');
  test.setTimeout(900_000);
  await mkdir(shotsDir!, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(shell.url);
  await loadDemoShop(page);
  await rpc(request, shell, 'sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'What time do you open on Saturday?' });
  // SHOTS_ONLY=dark,es (say) narrows the set, to split a long run.
  const only = (process.env['SHOTS_ONLY'] ?? '').split(',').filter(Boolean);
  const wanted = <T extends string>(values: readonly T[]) => values.filter((value) => only.length === 0 || only.includes(value) || !values.some((v) => only.includes(v)));
  for (const language of wanted(['en', 'es'] as const)) {
    await page.getByTestId('ui-language').getByText(language.toUpperCase(), { exact: true }).click();
    for (const scheme of wanted(['light', 'dark'] as const)) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const size of [{ width: 1366, height: 768 }, SMALL]) {
        await page.setViewportSize(size);
        for (const screen of SCREENS) {
          await screen.open(page);
          await page.screenshot({ path: path.join(shotsDir!, `${screen.name}-${size.width}-${scheme}-${language}.png`) });
        }
      }
    }
  }
});
