/**
 * Assistant settings in the browser: presets, the write-only API key, loopback-only http, and a
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
  await page.getByTestId('model-save').click();
  await expect(page.getByTestId('model-error')).toBeVisible();
});
