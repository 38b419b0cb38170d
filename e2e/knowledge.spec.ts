/**
 * The Knowledge screen end to end against the real core and SQLite (headless shell): import a
 * folder with preview, refuse a bad catalog without changing anything, inline edit, bulk
 * deactivate, FAQ policies, the inspect box, export, and a 10,000-product catalog.
 */
import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigCatalogCsv } from '../main/testing/big-catalog';
import { expect, snap, test } from './support/fixtures';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const GOOD = ['profile.json', 'catalog.csv', 'faq.csv'].map((name) => path.join(FIXTURES, 'knowledge', name));
const BAD_CATALOG = path.join(FIXTURES, 'knowledge-bad', 'catalog.csv');

function row(page: Page, sku: string) {
  return page.locator(`[data-testid="catalog-row"][data-sku="${sku}"]`);
}

async function openTab(page: Page, tab: 'catalog' | 'faq' | 'profile' | 'import' | 'inspect'): Promise<void> {
  await page.getByTestId(`knowledge-tab-${tab}`).click();
  await expect(page.getByTestId(`knowledge-tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
}

/** Imports the good fixture folder through the UI and waits until the catalog shows it. */
async function importGoodFolder(page: Page): Promise<void> {
  await openTab(page, 'import');
  await page.getByTestId('import-files').setInputFiles(GOOD);
  await expect(page.getByTestId('import-preview')).toHaveAttribute('data-ok', 'true');
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  await openTab(page, 'catalog');
  await expect(page.getByTestId('catalog-row')).toHaveCount(6);
}

test('import a folder: preview → apply; a bad catalog is refused with line numbers and changes nothing', async ({ page, shell }, testInfo) => {
  await page.goto(shell.url);
  await page.getByTestId('nav-knowledge').click();
  await expect(page.getByTestId('load-demo')).toBeVisible();
  await page.getByTestId('empty-import').click();
  await expect(page.getByTestId('knowledge-tab-import')).toHaveAttribute('aria-selected', 'true');

  await page.getByTestId('import-files').setInputFiles(GOOD);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('import-products-added')).toHaveAttribute('data-count', '6');
  await expect(page.getByTestId('import-products-removed')).toHaveAttribute('data-count', '0');
  await expect(page.getByTestId('import-faqs-added')).toHaveAttribute('data-count', '3');
  await expect(page.getByTestId('import-profile')).toHaveAttribute('data-changed', 'true');
  await expect(page.getByTestId('import-products-added-list')).toContainText('PL-003');
  await snap(page, testInfo, 'knowledge-import-preview');

  await page.getByTestId('import-apply').click();
  await expect(preview).toHaveCount(0);
  await expect(page.getByTestId('shop-name')).toHaveText('Panadería Luna');
  await openTab(page, 'catalog');
  await expect(page.getByTestId('catalog-row')).toHaveCount(6);
  await expect(row(page, 'PL-003')).toContainText('Pastel de tres leches');
  await expect(row(page, 'PL-004').getByTestId('stock')).toHaveAttribute('data-stock', 'unknown');
  await expect(row(page, 'PL-005').getByTestId('stock')).toHaveAttribute('data-stock', '0');

  // A catalog with a comma-and-letter price and a duplicate SKU is refused as a whole.
  await openTab(page, 'import');
  await page.getByTestId('import-files').setInputFiles([BAD_CATALOG]);
  await expect(preview).toHaveAttribute('data-ok', 'false');
  await expect(page.getByTestId('import-apply')).toHaveCount(0);
  const problems = page.getByTestId('import-problem');
  await expect(problems).toHaveCount(2);
  await expect(problems.filter({ hasText: 'catalog.csv:3' })).toContainText('12,5O');
  await expect(problems.filter({ hasText: 'catalog.csv:4' })).toContainText(/duplicate/i);
  await snap(page, testInfo, 'knowledge-import-refused');

  await openTab(page, 'catalog');
  await expect(page.getByTestId('catalog-row')).toHaveCount(6);
  await expect(row(page, 'PL-002').getByTestId('catalog-price')).toContainText('4.50');
  await expect(row(page, 'PL-001')).toContainText('Concha de vainilla');
});

test('a 20,000-row catalog (3.6 MB) imports from the browser with progress shown', async ({ page, shell }) => {
  const csv = Buffer.from(bigCatalogCsv(20_000));
  expect(csv.length).toBeGreaterThan(3_600_000);
  await page.goto(shell.url);
  await page.getByTestId('nav-knowledge').click();
  await page.getByTestId('empty-import').click();
  await page.getByTestId('import-files').setInputFiles({ name: 'catalog.csv', mimeType: 'text/csv', buffer: csv });
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await expect(page.getByTestId('import-preview')).toHaveAttribute('data-ok', 'true', { timeout: 60_000 });
  await expect(page.getByTestId('import-products-added')).toHaveAttribute('data-count', '20000');
  await expect(page.getByTestId('import-error')).toHaveCount(0);
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-preview')).toHaveCount(0, { timeout: 60_000 });
  await openTab(page, 'catalog');
  await expect(page.getByTestId('catalog-row').first()).toBeVisible();
});

test('catalog: inline edit persists after reload, add and delete, bulk deactivate', async ({ page, shell }, testInfo) => {
  await page.goto(shell.url);
  await page.getByTestId('nav-knowledge').click();
  await importGoodFolder(page);

  // Inline edit (English UI): a decimal comma is caught before saving; a dot saves.
  await row(page, 'PL-001').getByTestId('catalog-edit').click();
  const editor = page.getByTestId('catalog-editor');
  await editor.getByTestId('product-field-price').fill('19,5');
  await editor.getByTestId('catalog-save').click();
  await expect(editor).toContainText('Write the price like 549 or 1,234.50');
  await editor.getByTestId('product-field-price').fill('19.50');
  await editor.getByTestId('product-field-stock').fill('');
  await snap(page, testInfo, 'knowledge-catalog-editing');
  await editor.getByTestId('catalog-save').click();
  await expect(editor).toHaveCount(0);
  await expect(row(page, 'PL-001').getByTestId('catalog-price')).toContainText('19.50');
  await expect(row(page, 'PL-001').getByTestId('stock')).toHaveAttribute('data-stock', 'unknown');

  await page.reload();
  await expect(row(page, 'PL-001').getByTestId('catalog-price')).toContainText('19.50');
  await expect(row(page, 'PL-001').getByTestId('stock')).toHaveAttribute('data-stock', 'unknown');

  // Add a product through the dialog, then delete it with confirmation.
  await page.getByTestId('catalog-add').click();
  const form = page.getByRole('dialog').getByTestId('product-form');
  await form.getByTestId('product-field-sku').fill('PL-007');
  await form.getByTestId('product-field-name').fill('Empanada de piña');
  await form.getByTestId('product-field-price').fill('22');
  await form.getByTestId('product-field-stock').fill('12');
  await form.getByTestId('product-field-options').fill('size:chica|grande');
  // A currency is typed in any case and stored upper-case; two letters are caught before saving.
  await form.getByTestId('product-field-currency').fill('mx');
  await expect(form.getByTestId('product-field-currency')).toHaveValue('MX');
  await form.getByTestId('catalog-save').click();
  await expect(form).toContainText('A 3-letter code such as MXN or USD');
  await form.getByTestId('product-field-currency').fill('mxn');
  await expect(form.getByTestId('product-field-currency')).toHaveValue('MXN');
  await form.getByTestId('catalog-save').click();
  await expect(row(page, 'PL-007')).toContainText('Empanada de piña');
  await expect(page.getByTestId('catalog-row')).toHaveCount(7);
  await row(page, 'PL-007').getByTestId('catalog-delete').click();
  await page.getByTestId('confirm-ok').click();
  await expect(row(page, 'PL-007')).toHaveCount(0);
  await expect(page.getByTestId('catalog-row')).toHaveCount(6);

  // Sort by price, highest first.
  await page.getByTestId('catalog-sort-price').click();
  await page.getByTestId('catalog-sort-price').click();
  await expect(page.getByTestId('catalog-row').first()).toHaveAttribute('data-sku', 'PL-003');

  // Bulk deactivate two products.
  await row(page, 'PL-005').getByTestId('catalog-select').check();
  await row(page, 'PL-006').getByTestId('catalog-select').check();
  await expect(page.getByTestId('catalog-selected-count')).toContainText('2');
  await snap(page, testInfo, 'knowledge-catalog-selected');
  await page.getByTestId('catalog-bulk-deactivate').click();
  await expect(row(page, 'PL-005')).toHaveAttribute('data-active', 'false');
  await expect(row(page, 'PL-006')).toHaveAttribute('data-active', 'false');
  await expect(row(page, 'PL-001')).toHaveAttribute('data-active', 'true');
  await page.getByTestId('catalog-status').getByText('Inactive', { exact: true }).click();
  await expect(page.getByTestId('catalog-row')).toHaveCount(2);
  await page.getByTestId('catalog-status').getByText('All', { exact: true }).click();
  await expect(page.getByTestId('catalog-row')).toHaveCount(6);

  await page.getByTestId('catalog-search').fill('tres leches');
  await expect(page.getByTestId('catalog-row')).toHaveCount(1);
  await expect(page.getByTestId('catalog-row').first()).toHaveAttribute('data-sku', 'PL-003');
  await page.getByTestId('catalog-search').fill('');
  await expect(page.getByTestId('catalog-row')).toHaveCount(6);
  await snap(page, testInfo, 'knowledge-catalog');
});

test('FAQ policy → inspect finds it; profile saves; export downloads the three files', async ({ page, shell }, testInfo) => {
  await page.goto(shell.url);
  await page.getByTestId('nav-knowledge').click();
  await importGoodFolder(page);

  await openTab(page, 'faq');
  await expect(page.getByTestId('faq-entry')).toHaveCount(3);
  await page.getByTestId('faq-add').click();
  await page.getByTestId('faq-kind-policy').click();
  await page.getByTestId('faq-question').fill('Can I pay by card?');
  await page.getByTestId('faq-answer').fill('We accept Visa and Mastercard for purchases over 100 MXN; below that, cash only.');
  await page.getByTestId('faq-alternatives').fill('aceptan tarjeta\npuedo pagar con tarjeta\ndo you take credit cards');
  await expect(page.getByTestId('faq-id')).toHaveValue('can-i-pay-by-card');
  await page.getByTestId('faq-save').click();
  const policy = page.locator('[data-testid="faq-entry"][data-id="can-i-pay-by-card"]');
  await expect(policy).toHaveAttribute('data-kind', 'policy');
  await expect(policy.getByTestId('policy-badge')).toContainText('never paraphrased');
  await expect(page.getByTestId('faq-entry')).toHaveCount(4);
  await snap(page, testInfo, 'knowledge-faq');

  // Edit an entry, then delete another with confirmation.
  await page.locator('[data-testid="faq-entry"][data-id="delivery"]').getByTestId('faq-edit').click();
  await page.getByTestId('faq-answer').fill('We deliver within 5 km of the bakery for 40 MXN.');
  await page.getByTestId('faq-save').click();
  await expect(page.locator('[data-testid="faq-entry"][data-id="delivery"]')).toContainText('5 km');
  await page.locator('[data-testid="faq-entry"][data-id="hours"]').getByTestId('faq-delete').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('faq-entry')).toHaveCount(3);

  await openTab(page, 'inspect');
  await page.getByTestId('inspect-input').fill('do you take credit cards?');
  const top = page.getByTestId('inspect-hit').first();
  await expect(top).toHaveAttribute('data-source', 'faq:can-i-pay-by-card');
  await expect(page.getByTestId('inspect-result')).toHaveAttribute('data-would-answer', 'true');
  await snap(page, testInfo, 'knowledge-inspect');
  await page.getByTestId('inspect-input').fill('do you repair bicycles?');
  await expect(page.getByTestId('inspect-result')).toHaveAttribute('data-would-answer', 'false');
  // Triage decides before any search, as the drafter does: a person is asked for.
  await page.getByTestId('inspect-input').fill('can I talk to a human?');
  await expect(page.getByTestId('inspect-result')).toHaveAttribute('data-why', 'triage');
  await expect(page.getByTestId('inspect-verdict')).toContainText('Triage sends this message to you');

  await openTab(page, 'profile');
  await expect(page.getByTestId('profile-name')).toHaveValue('Panadería Luna');
  await page.getByTestId('profile-hours').fill('Every day 07:00-22:00');
  // The currency is upper-cased and checked as it is typed.
  await page.getByTestId('profile-currency').fill('us');
  await expect(page.getByTestId('profile-currency')).toHaveValue('US');
  await expect(page.getByTestId('profile-form')).toContainText('A 3-letter code such as MXN or USD');
  await page.getByTestId('profile-currency').fill('mxn');
  await expect(page.getByTestId('profile-currency')).toHaveValue('MXN');
  await expect(page.getByTestId('profile-form')).not.toContainText('A 3-letter code such as MXN or USD');
  await page.getByTestId('profile-save').click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Profile saved' })).toBeVisible();
  await snap(page, testInfo, 'knowledge-profile');
  await page.reload();
  await expect(page.getByTestId('profile-hours')).toHaveValue('Every day 07:00-22:00');

  await openTab(page, 'import');
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  const first = page.waitForEvent('download');
  await page.getByTestId('export-knowledge').click();
  await first;
  await expect.poll(() => downloads.length).toBe(3);
  expect(downloads.map((download) => download.suggestedFilename()).sort()).toEqual(['catalog.csv', 'faq.csv', 'profile.json']);
  const text = async (name: string) => {
    const download = downloads.find((candidate) => candidate.suggestedFilename() === name);
    return readFile((await download?.path()) ?? '', 'utf8');
  };
  expect(await text('catalog.csv')).toContain('PL-003');
  expect(await text('faq.csv')).toContain('can-i-pay-by-card');
  expect(JSON.parse(await text('profile.json'))).toMatchObject({ name: 'Panadería Luna', hours: 'Every day 07:00-22:00' });
  await snap(page, testInfo, 'knowledge-import-export');
});

test('a 10,000-product catalog stays virtualised: few rows in the DOM, pages load while scrolling', async ({ page, shell }, testInfo) => {
  const lines = ['sku,name,description,price,currency,stock,options,tags'];
  for (let i = 1; i <= 10_000; i++) {
    const n = String(i).padStart(5, '0');
    lines.push(`SKU-${n},Product ${n},Generated product number ${i},${(i % 900) + 10}.00,USD,${i % 7 === 0 ? '' : i % 50},,bulk`);
  }
  await page.goto(shell.url);
  await page.getByTestId('nav-knowledge').click();
  await openTab(page, 'import');
  await page.getByTestId('import-files').setInputFiles([{ name: 'catalog.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) }]);
  await expect(page.getByTestId('import-products-added')).toHaveAttribute('data-count', '10000');
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-preview')).toHaveCount(0);

  await openTab(page, 'catalog');
  const table = page.getByTestId('catalog-table');
  await expect(table).toHaveAttribute('data-total', '10000');
  await expect(row(page, 'SKU-00001')).toBeVisible();
  expect(await page.getByTestId('catalog-row').count()).toBeLessThan(80);

  // Jump to the end: the last page is fetched on demand and still only a window is rendered.
  await table.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(row(page, 'SKU-10000')).toBeVisible();
  expect(await page.getByTestId('catalog-row').count()).toBeLessThan(80);
  await table.evaluate((element) => element.scrollTo({ top: element.scrollHeight / 2 }));
  await expect(row(page, 'SKU-05000').or(row(page, 'SKU-05001'))).not.toHaveCount(0);
  await snap(page, testInfo, 'knowledge-catalog-10k');

  // Select all 10,000 matching, then deactivate them in one go.
  await page.getByTestId('catalog-select-all').check();
  await expect(page.getByTestId('catalog-selected-count')).toContainText('10,000');
  await page.getByTestId('catalog-bulk-deactivate').click();
  await expect(page.getByTestId('toast').filter({ hasText: '10,000 products deactivated' })).toBeVisible();
  await page.getByTestId('catalog-status').getByText('Inactive', { exact: true }).click();
  await expect(table).toHaveAttribute('data-total', '10000');
});
