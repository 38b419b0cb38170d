/**
 * The six UI languages: each renders the main screens (inbox, a conversation, the catalog,
 * assistant settings, tests, activity) at 1366×768 and 1024×640 with no English left over from
 * a missing key and no raw key, screenshots attached. A toast on screen follows a language
 * switch. Set COUNTERPART_SHOTS_DIR to also write the screenshots there.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { en } from '../renderer/src/i18n/en';
import { RESOURCES } from '../renderer/src/i18n/resources';
import { leaves } from '../renderer/src/i18n/translation-check';
import type { UiLanguage } from '../renderer/src/i18n/ui-languages';
import { expect, test } from './support/fixtures';
import { rpc, startHeadlessShell, type HeadlessShell } from './support/headless-shell';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 640 },
] as const;

const SCREENS: ReadonlyArray<{ name: string; open: (page: Page) => Promise<void> }> = [
  {
    name: 'inbox',
    open: async (page) => {
      await page.getByTestId('nav-inbox').click();
      await expect(page.getByTestId('inbox-row')).toHaveCount(2);
    },
  },
  {
    name: 'conversation',
    open: async (page) => {
      await page.locator('[data-testid="inbox-row"][data-customer="Ana"]').click();
      await expect(page.getByTestId('pending-draft')).toBeVisible();
    },
  },
  {
    name: 'catalog',
    open: async (page) => {
      await page.getByTestId('nav-knowledge').click();
      await expect(page.getByTestId('catalog-row').first()).toBeVisible();
    },
  },
  {
    name: 'settings',
    open: async (page) => {
      await page.getByTestId('nav-settings').click();
      await expect(page.getByTestId('model-form')).toBeVisible();
    },
  },
  {
    name: 'tests',
    open: async (page) => {
      await page.getByTestId('nav-tests').click();
      await expect(page.getByTestId('case-add')).toBeVisible();
    },
  },
  {
    name: 'activity',
    open: async (page) => {
      await page.getByTestId('nav-activity').click();
      await expect(page.getByTestId('audit-row').first()).toBeVisible();
    },
  },
];

/**
 * What a missing key would put on screen in `language`: its raw dotted key, or (through the
 * English fallback) an English phrase the language translates differently. Phrases are the
 * literal runs between placeholders, long enough (two words, 12+ characters) not to be names.
 */
function leftoverFinder(language: UiLanguage): (text: string) => string[] {
  const english = leaves(en);
  const translated = leaves(RESOURCES[language]);
  const keys = [...english.keys()].map((key) => key.replace(/_(one|other)$/, ''));
  const phrases = new Set<string>();
  for (const [key, text] of english) {
    if (translated.get(key) === text) continue;
    for (const run of text.split(/\{\{[^}]*\}\}/)) {
      const phrase = run.trim();
      if (phrase.length >= 12 && phrase.includes(' ')) phrases.add(phrase);
    }
  }
  return (text) => [...keys.filter((key) => text.includes(key)), ...(language === 'en' ? [] : [...phrases].filter((phrase) => text.includes(phrase)))];
}

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const image = await page.screenshot();
  await testInfo.attach(name, { body: image, contentType: 'image/png' });
  const dir = process.env.COUNTERPART_SHOTS_DIR;
  if (dir) {
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `${name}.png`), image);
  }
}

test.describe('every UI language', () => {
  test.describe.configure({ mode: 'serial' });
  let shell: HeadlessShell;

  test.beforeAll(async ({ request }) => {
    shell = await startHeadlessShell();
    await rpc(request, shell, 'loadDemoShop');
    await rpc(request, shell, 'sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'What time do you open on Saturday?' });
    await rpc(request, shell, 'sendPracticeMessage', { customerName: 'Tom', language: 'en', text: 'Can you build me a spaceship?' });
  });
  test.afterAll(async () => {
    await shell.stop();
  });

  for (const language of Object.keys(RESOURCES) as UiLanguage[]) {
    test(`${language}: the main screens, with no missing key`, async ({ page }, testInfo) => {
      test.setTimeout(180_000);
      const leftovers = leftoverFinder(language);
      await page.setViewportSize(SIZES[0]);
      await page.goto(shell.latestUrl());
      await page.getByTestId('ui-language').selectOption(language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByTestId('nav-inbox')).toContainText(RESOURCES[language].nav.inbox);
      for (const screen of SCREENS) {
        await screen.open(page);
        for (const size of SIZES) {
          await page.setViewportSize(size);
          await shoot(page, testInfo, `${language}-${screen.name}-${size.width}x${size.height}`);
          expect(leftovers(await page.locator('body').innerText()), `${screen.name} at ${size.width}`).toEqual([]);
        }
        await page.setViewportSize(SIZES[0]);
      }
    });
  }
});

test('a toast on screen switches language with the UI', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByTestId('ui-language').selectOption('en');
  // A fresh install opens on the setup wizard; the demo shop button is on Knowledge too.
  await page.getByTestId('nav-knowledge').click();
  await expect(page.getByTestId('load-demo')).toBeVisible();
  // The page's timers run on a paused clock that only we move, so the toast cannot time out
  // however slow the machine is (the jump ahead is far enough never to be in the past).
  await page.clock.install();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 5_000);
  await page.getByTestId('load-demo').click();
  const toast = page.getByTestId('toast');
  await expect
    .poll(async () => {
      await page.clock.runFor(20);
      return toast.count();
    })
    .toBe(1);
  await expect(toast).toContainText('Demo shop loaded');
  await page.getByTestId('ui-language').selectOption('es');
  await expect(toast).toContainText('Tienda de demostración cargada');
  await expect(toast).not.toContainText('Demo shop loaded');
  await page.clock.resume();
});

test('a price is typed and shown in the UI language: Indonesian 150.000 is one hundred fifty thousand', async ({ page, request, shell }) => {
  await rpc(request, shell, 'loadDemoShop');
  await page.goto(shell.url);
  await page.getByTestId('ui-language').selectOption('id');
  await page.getByTestId('nav-knowledge').click();
  const row = page.locator('[data-testid="catalog-row"][data-sku="CV-005"]');
  // The stored 229.00 is written the Indonesian way, in the row and in the editor.
  await expect(row.getByTestId('catalog-price')).toHaveText(/^MXN\s229,00$/);
  await row.getByTestId('catalog-edit').click();
  const editor = page.getByTestId('catalog-editor');
  const price = editor.getByTestId('product-field-price');
  await expect(price).toHaveValue('229,00');

  // "150.00" is neither thousands nor a decimal in Indonesian: a field error, nothing saved.
  await price.fill('150.00');
  await editor.getByTestId('catalog-save').click();
  await expect(editor).toContainText(RESOURCES.id.knowledge.catalog.errors.priceInvalid);
  await price.fill('150.000');
  await editor.getByTestId('catalog-save').click();
  await expect(editor).toHaveCount(0);
  await expect(row.getByTestId('catalog-price')).toHaveText(/^MXN\s150\.000$/);
  const saved = await rpc<{ items: Array<{ sku: string; price: string }> }>(request, shell, 'listProducts', { limit: 1000 });
  expect(saved.items.find((item) => item.sku === 'CV-005')?.price).toBe('150000');

  // The same stored value reads as 150,000 in English.
  await page.getByTestId('ui-language').selectOption('en');
  await expect(row.getByTestId('catalog-price')).toHaveText(/^MXN\s150,000$/);
});
