/**
 * The assistant with a model, in the browser, against the fake OpenAI-compatible server (its own
 * process): connection test and model picker, prices, a draft streamed live ("Assistant is
 * writing…") that then stalls and falls back, a model draft with its cost, and the cost table;
 * an embedding model, and the inspect box ranking by words and meaning.
 */
import { expect, test } from '@playwright/test';
import { draftJson } from '../main/testing/fake-openai/fake-openai-server';
import { snap } from './support/fixtures';
import { startFakeOpenAI, type FakeOpenAIProcess } from './support/fake-openai';
import { rpc, startHeadlessShell, type HeadlessShell } from './support/headless-shell';

let model: FakeOpenAIProcess | undefined;
let shell: HeadlessShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  await model?.stop();
  shell = undefined;
  model = undefined;
});

const HOURS_REPLY = 'Hi Ana! We are open Monday to Saturday, 09:00 to 19:00. We are closed on Sundays and public holidays.';
const HOURS_DRAFT = draftJson({
  reply: HOURS_REPLY,
  sources: ['faq:hours'],
  claims: [{ text: 'Monday to Saturday, 09:00 to 19:00', sourceId: 'faq:hours' }],
});

test('tests the connection, picks a listed model, streams a draft live and counts its cost', async ({ page, request }, testInfo) => {
  test.setTimeout(120_000);
  model = await startFakeOpenAI();
  shell = await startHeadlessShell();
  await rpc(request, shell, 'loadDemoShop');

  await page.goto(shell.url);
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('cost-empty')).toBeVisible();
  await page.getByTestId('model-provider').selectOption('custom');
  await page.getByTestId('model-base-url').fill(model.baseUrl);
  await page.getByTestId('model-timeout').fill('6');
  await expect(page.getByTestId('model-test')).toHaveText('Save and test connection');
  await page.getByTestId('model-test').click();
  const result = page.getByTestId('model-test-result');
  await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 20_000 });
  await expect(result).toContainText('Connected in');
  await expect(page.getByTestId('model-test-models')).toContainText('fake-large');

  // The model picker offers what the server listed.
  await page.getByTestId('model-name').click();
  await page.getByRole('option', { name: 'fake-large' }).click();
  await expect(page.getByTestId('model-name')).toHaveValue('fake-large');
  await expect(page.getByTestId('model-prices-local')).toBeVisible();
  await page.getByPlaceholder('Another model').fill('fake-large');
  await page.getByRole('button', { name: 'Add a price', exact: true }).click();
  const priceRow = page.locator('[data-testid="model-price-row"][data-model="fake-large"]');
  await priceRow.getByLabel('fake-large Input').fill('2');
  await priceRow.getByLabel('fake-large Output').fill('8');
  await snap(page, testInfo, 'settings-model-connected');
  await page.getByTestId('model-save').click();
  await expect(page.getByTestId('model-unsaved')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('model-name')).toHaveValue('fake-large');

  // A complete model draft: who wrote it and what it cost are on the card.
  await model.script({ kind: 'content', content: HOURS_DRAFT, usage: { prompt: 1200, completion: 80 } });
  await page.getByTestId('nav-practice').click();
  await page.getByTestId('practice-name').fill('Ana');
  await page.getByTestId('practice-input').fill('What are your opening hours?');
  await page.getByTestId('practice-input').press('Enter');
  await page.getByTestId('nav-queue').click();
  const drafted = page.getByTestId('queue-item').first();
  await expect(drafted).toBeVisible({ timeout: 20_000 });
  await expect(drafted.getByTestId('queue-drafter')).toHaveAttribute('data-drafter', 'model:fake-large');
  await expect(drafted.getByTestId('queue-drafter')).toContainText('1,280 tokens');
  // A server on this computer costs nothing per token, whatever the price table says.
  await expect(drafted.getByTestId('queue-drafter')).toContainText('no cost');
  await expect(drafted.getByTestId('draft-text')).toHaveText(HOURS_REPLY);
  await snap(page, testInfo, 'queue-model-draft');
  await drafted.getByTestId('approve').click();
  await expect(page.getByTestId('queue-empty')).toBeVisible();

  // The next draft streams, then the model stalls: the partial reply shows live in the thread
  // and at the top of the queue, then the offline draft takes its place with the reason.
  await model.script({ kind: 'truncate', content: HOURS_DRAFT, afterChars: 70, how: 'stall' });
  await page.getByTestId('nav-practice').click();
  await page.getByTestId('conversation-item').filter({ hasText: 'Ana' }).click();
  await expect(page.locator('[data-testid="chat-message"][data-direction="out"]')).toContainText('09:00');
  await page.getByTestId('practice-input').fill('Are you open on Saturday?');
  await page.getByTestId('practice-input').press('Enter');
  const bubble = page.getByTestId('drafting-bubble');
  await expect(bubble).toContainText('Hi Ana! We are open', { timeout: 10_000 });
  await snap(page, testInfo, 'practice-drafting');
  await page.getByTestId('nav-queue').click();
  const writing = page.getByTestId('drafting-card');
  await expect(writing).toContainText('Assistant is writing');
  await expect(writing.getByTestId('drafting-text')).toContainText('Hi Ana! We are open');
  await snap(page, testInfo, 'queue-drafting');
  const fallback = page.getByTestId('queue-item').first();
  await expect(fallback).toBeVisible({ timeout: 20_000 });
  await expect(writing).toHaveCount(0);
  const modelError = fallback.locator('[data-testid="queue-reason"][data-code="model_error"]');
  await expect(modelError.getByTestId('queue-reason-text')).toHaveText(/^The model did not answer for \d+ seconds\. This is the offline draft instead; check it\.$/);
  await snap(page, testInfo, 'queue-model-fallback');

  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('cost-row')).toHaveCount(1);
  await expect(page.getByTestId('cost-row')).toContainText('2');
  await expect(page.getByTestId('cost-total')).toHaveText('$0.00');
  await snap(page, testInfo, 'settings-cost');
});

test('an embedding model makes the inspect box rank by words and by meaning', async ({ page, request }, testInfo) => {
  test.setTimeout(90_000);
  model = await startFakeOpenAI();
  shell = await startHeadlessShell();
  await rpc(request, shell, 'loadDemoShop');

  await page.goto(shell.url);
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('model-provider').selectOption('custom');
  await page.getByTestId('model-base-url').fill(model.baseUrl);
  await page.getByTestId('model-embedding').fill('fake-embed');
  await page.getByTestId('model-save').click();
  await expect(page.getByTestId('model-unsaved')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('model-embedding')).toHaveValue('fake-embed');
  // The knowledge is embedded in the background after the save.
  await expect.poll(() => model!.embeddings(), { timeout: 20_000 }).toBeGreaterThan(0);

  await page.getByTestId('nav-knowledge').click();
  await page.getByTestId('knowledge-tab-inspect').click();
  await page.getByTestId('inspect-input').fill('do you have monstera?');
  await expect(page.getByTestId('inspect-semantic')).toHaveAttribute('data-state', 'used', { timeout: 20_000 });
  await expect(page.getByTestId('inspect-semantic')).toContainText('fake-embed');
  await expect(page.getByTestId('inspect-hit').first()).toContainText('words #');
  await expect(page.getByTestId('inspect-hit').first()).toContainText('meaning #');
  await snap(page, testInfo, 'knowledge-inspect-embeddings');
});
