/**
 * Assistant settings in the browser: presets, the write-only API key tied to its server, plain
 * http only to this computer or (confirmed) the shop's network, and a
 * connection test that fails gracefully when nothing listens.
 */
import { expect, snap, test } from './support/fixtures';

test('saves a model preset, never shows the key, and refuses plain http off this computer', async ({ page, shell }, testInfo) => {
  await page.goto(shell.url);
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('model-provider').selectOption('lmstudio');
  await expect(page.getByTestId('model-base-url')).toHaveValue('http://localhost:1234/v1');
  await page.getByTestId('model-name').fill('qwen2.5-7b-instruct');
  await page.getByTestId('model-api-key').fill('sk-secret-value');
  await page.getByTestId('model-save').click();
  await expect(page.getByText('A key is saved')).toBeVisible();
  await expect(page.getByTestId('model-api-key')).toHaveValue('');
  expect(await page.content()).not.toContain('sk-secret-value');

  await page.reload();
  await expect(page.getByTestId('model-provider')).toHaveValue('lmstudio');
  await expect(page.getByTestId('model-name')).toHaveValue('qwen2.5-7b-instruct');
  await page.getByTestId('model-test').click();
  await expect(page.getByTestId('model-test-result')).toContainText('Could not connect', { timeout: 30_000 });
  await snap(page, testInfo, 'settings-model');

  await page.getByTestId('model-provider').selectOption('custom');
  await page.getByTestId('model-base-url').fill('http://192.168.1.20:8080/v1');
  // Another server: the key saved for LM Studio will not follow it.
  await expect(page.getByTestId('model-key-other-server')).toBeVisible();
  await page.getByTestId('model-save').click();
  await expect(page.getByTestId('model-error')).toBeVisible();

  // On the shop's own network, plain http is accepted once the owner confirms it.
  await page.getByTestId('model-allow-lan-http').check();
  await page.getByTestId('model-save').click();
  await expect(page.getByTestId('model-error')).toBeHidden();
  await expect(page.getByTestId('model-key-saved')).toBeHidden();
  await page.getByTestId('model-base-url').fill('http://203.0.113.9:8080/v1');
  await expect(page.getByTestId('model-allow-lan-http')).toBeHidden();
  await page.getByTestId('model-save').click();
  await expect(page.getByTestId('model-error')).toBeVisible();
});

test('stock in replies: "in stock" by default, the owner picks the exact count or low stock, kept after a reload', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('stock-display-in_stock')).toBeChecked();
  // click + a waiting assertion: the choice is saved through the server, so the radio's state is
  // asserted as it settles rather than in the instant after the click (`check()` does that).
  await page.getByTestId('stock-display-low_stock').click();
  await expect(page.getByTestId('stock-display-low_stock')).toBeChecked();
  await expect(page.getByTestId('stock-display')).toContainText('Saved');
  await page.getByTestId('stock-low-threshold').fill('5');
  // The threshold is saved as typed: reload until the saved value shows.
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId('stock-low-threshold')).toHaveValue('5', { timeout: 2000 });
  }).toPass();
  await expect(page.getByTestId('stock-display-low_stock')).toBeChecked();
  await page.getByTestId('stock-display-exact').click();
  await expect(page.getByTestId('stock-display-exact')).toBeChecked();
  // Kept after a reload once the save has landed ("Saved" already shows from the threshold).
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId('stock-display-exact')).toBeChecked({ timeout: 2000 });
  }).toPass();
});

test('proposes customer facts in the background only with a model, and the owner can switch it off', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByTestId('nav-settings').click();
  const panel = page.getByTestId('fact-proposals-settings');
  // Offline: staff add facts by hand; the switch waits for a model.
  await expect(panel.getByTestId('fact-proposals-enabled')).toBeDisabled();
  await expect(panel.getByTestId('fact-proposals-no-model')).toBeVisible();
  await page.getByTestId('model-provider').selectOption('lmstudio');
  await page.getByTestId('model-name').fill('qwen2.5-7b-instruct');
  await page.getByTestId('model-save').click();
  await expect(panel.getByTestId('fact-proposals-enabled')).toBeEnabled();
  await expect(panel.getByTestId('fact-proposals-enabled')).toBeChecked();
  await panel.getByTestId('fact-proposals-enabled').click();
  await expect(panel.getByTestId('fact-proposals-enabled')).not.toBeChecked();
  await page.reload();
  await expect(page.getByTestId('fact-proposals-settings').getByTestId('fact-proposals-enabled')).not.toBeChecked();
});
