/**
 * Accessibility on every screen, in the light and the dark theme (the system's, which the app
 * follows by default): axe-core finds no serious or critical violation of WCAG 2.1 A/AA, each
 * screen has exactly one h1, and the skip link takes focus to the main content.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { rpc } from './support/headless-shell';
import { SCREENS } from './support/screens';
import { loadDemoShop } from './support/steps';

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} ${node.target.join(' ')}: ${(node.failureSummary ?? '').split('\n').slice(1).join(' ').slice(0, 160)}`),
    );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe-core finds no serious violation and one h1 on every screen (${scheme})`, async ({ page, request, shell }) => {
    // Twelve screens, each analysed whole, on a shared machine.
    test.setTimeout(480_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(shell.url);
    await loadDemoShop(page);
    await rpc(request, shell, 'sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'What time do you open on Saturday?' });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);

    const found: string[] = [];
    for (const screen of SCREENS) {
      await screen.open(page);
      const headings = await page.locator('h1').count();
      if (headings !== 1) found.push(`${screen.name}: ${headings} h1 elements`);
      found.push(...(await seriousViolations(page)).map((line) => `${screen.name}: ${line}`));
    }
    expect(found).toEqual([]);
  });
}

test('the skip link moves focus to the main content', async ({ page, shell }) => {
  await page.goto(shell.url);
  await expect(page.locator('h1')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByTestId('skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('"Edit" moves focus into the editor; a failed save moves it to the first invalid field', async ({ page, request, shell }) => {
  test.setTimeout(180_000);
  await page.goto(shell.url);
  await loadDemoShop(page);
  await rpc(request, shell, 'sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'What time do you open on Saturday?' });

  // The draft in the conversation view.
  await SCREENS.find((screen) => screen.name === 'conversation')!.open(page);
  await page.getByTestId('pending-draft').getByRole('button', { name: /^Edit$/ }).click();
  await expect(page.getByTestId('draft-editor')).toBeFocused();

  // A catalog row edited in place: focus in its first field; an emptied name fails the save.
  await page.getByTestId('nav-knowledge').click();
  await page.getByTestId('knowledge-tab-catalog').click();
  await page.getByTestId('catalog-edit').first().click();
  const editor = page.getByTestId('catalog-editor');
  await expect(editor.locator('input').first()).toBeFocused();
  await editor.getByTestId('product-field-name').fill('');
  await editor.getByTestId('product-field-description').focus();
  await editor.getByTestId('catalog-save').click();
  await expect(editor.getByTestId('product-field-name')).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByTestId('product-field-name')).toBeFocused();
});
