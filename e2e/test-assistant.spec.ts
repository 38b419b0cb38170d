/**
 * "Test my assistant" end to end against the real core and SQLite through the headless shell:
 * add a case that passes and one designed to fail, run them in the background, read the table;
 * with a model (the fake OpenAI server as its own process): stop a run while the model is
 * answering, and find the run's spend in the settings cost table.
 */
import type { Page } from '@playwright/test';
import { draftJson } from '../main/testing/fake-openai/fake-openai-server';
import { startFakeOpenAI, type FakeOpenAIProcess } from './support/fake-openai';
import { expect, snap, test } from './support/fixtures';
import { rpc } from './support/headless-shell';

let model: FakeOpenAIProcess | undefined;
test.afterEach(async () => {
  await model?.stop();
  model = undefined;
});

async function addCase(page: Page, args: { message: string; route: string; source?: { search: string; option: RegExp }; mustNot?: string }) {
  await page.getByTestId('case-add').click();
  const form = page.getByTestId('case-form');
  await form.getByTestId('case-message').fill(args.message);
  await form.getByTestId('case-lang').selectOption('en');
  await form.getByTestId('case-route').getByText(args.route, { exact: true }).click();
  if (args.source) {
    await form.getByTestId('case-sources').click();
    await form.getByTestId('case-sources').fill(args.source.search);
    await page.getByRole('option', { name: args.source.option }).first().click();
    await form.getByTestId('case-sources').press('Escape');
  }
  if (args.mustNot) {
    await form.getByTestId('case-must-not').fill(args.mustNot);
    await form.getByTestId('case-must-not').press('Enter');
  }
  await form.getByTestId('case-save').click();
  await expect(page.getByTestId('case-form')).toHaveCount(0);
}

test('adds a passing and a failing test, runs them, and shows pass/fail with the reason', async ({ page, shell }, testInfo) => {
  await page.goto(shell.url);
  await page.getByTestId('nav-knowledge').click();
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('catalog-row').first()).toBeVisible();

  await page.getByTestId('nav-tests').click();
  await expect(page.getByTestId('cases-empty')).toBeVisible();
  await expect(page.getByTestId('run-start')).toBeDisabled();

  await addCase(page, { message: 'What are your opening hours?', route: 'Answer', source: { search: 'hours', option: /faq:hours/ } });
  // Designed to fail: the demo shop has no spaceships, so a person should take it, not an answer.
  await addCase(page, { message: 'Can you build me a spaceship?', route: 'Answer', mustNot: 'spaceship' });
  await expect(page.getByTestId('case-row')).toHaveCount(2);
  await expect(page.getByTestId('case-row').first()).toContainText('faq:hours');
  await snap(page, testInfo, 'tests-cases');

  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('run-panel')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('result-row')).toHaveCount(2);
  const pass = page.getByTestId('result-row').filter({ hasText: 'opening hours' });
  const fail = page.getByTestId('result-row').filter({ hasText: 'spaceship' });
  await expect(pass).toHaveAttribute('data-pass', 'true');
  await expect(fail).toHaveAttribute('data-pass', 'false');
  await expect(fail.getByTestId('result-why')).toHaveText('route handoff, expected answer');
  await expect(page.getByTestId('summary-passed')).toContainText('1 / 2');

  await pass.getByTestId('result-toggle').click();
  await expect(page.getByTestId('result-draft')).toContainText('09:00');
  await snap(page, testInfo, 'tests-results');

  // Nothing reached the review queue, and the results survive a reload.
  await expect(page.getByTestId('queue-count')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('result-row')).toHaveCount(2);
});

test('adds a test from a review card, prefilled from the draft', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByTestId('nav-knowledge').click();
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('catalog-row').first()).toBeVisible();
  await page.getByTestId('nav-practice').click();
  await page.getByTestId('practice-name').fill('Ana');
  await page.getByTestId('practice-language').selectOption('en');
  await page.getByTestId('practice-input').fill('What are your opening hours?');
  await page.getByTestId('practice-input').press('Enter');

  await page.getByTestId('nav-queue').click();
  await page.getByTestId('queue-item').first().getByTestId('add-to-tests').click();
  await expect(page.getByTestId('case-message')).toHaveValue('What are your opening hours?');
  await page.getByTestId('case-save').click();
  await page.getByTestId('nav-tests').click();
  await expect(page.getByTestId('case-row')).toHaveCount(1);
  await expect(page.getByTestId('case-row')).toContainText('faq:hours');
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('result-row')).toHaveAttribute('data-pass', 'true');
});

test('with a model: cancel stops the call in progress, and the run’s spend shows in the cost table', async ({ page, request, shell }, testInfo) => {
  test.setTimeout(90_000);
  model = await startFakeOpenAI();
  await rpc(request, shell, 'loadDemoShop');
  // A hosted price (gpt-4o-mini's list price), and a timeout long enough that only a cancel ends the hang.
  await rpc(request, shell, 'saveModelConfig', { provider: 'openai', baseUrl: model.baseUrl, model: 'gpt-4o-mini', apiKey: 'sk-test', timeoutMs: 300_000 });
  const answer = { route: 'answer', flags: null, mustNotContain: [] };
  await rpc(request, shell, 'saveSuiteCase', { id: null, caseId: 'hours', message: 'What are your opening hours?', lang: 'en', expect: { ...answer, sources: ['faq:hours'] } });
  await rpc(request, shell, 'saveSuiteCase', { id: null, caseId: 'monstera', message: 'How much is the Monstera Deliciosa?', lang: 'en', expect: { ...answer, sources: ['product:CV-001'] } });
  const hours = draftJson({ reply: 'We are open Monday to Saturday, 09:00 to 19:00.', sources: ['faq:hours'] });
  await model.script({ kind: 'content', content: hours, usage: { prompt: 1000, completion: 50 } }, { kind: 'hang' });

  await page.goto(shell.url);
  await page.getByTestId('nav-tests').click();
  await page.getByTestId('run-start').click();
  // The first case is answered; the model holds the second, and would never answer it.
  await expect.poll(() => model!.hangs()).toEqual({ held: 1, closedByClient: 0 });
  await expect(page.getByTestId('run-panel')).toHaveAttribute('data-status', 'running');
  await page.getByTestId('run-cancel').click();
  await expect(page.getByTestId('run-panel')).toHaveAttribute('data-status', 'cancelled');
  await expect.poll(() => model!.hangs()).toEqual({ held: 0, closedByClient: 1 });
  await expect(page.getByTestId('result-row')).toHaveCount(1);
  await expect(page.getByTestId('result-row')).toHaveAttribute('data-pass', 'true');
  await snap(page, testInfo, 'tests-cancelled');

  // 1000 × 0.15 + 50 × 0.60 per million tokens = US$0.00018, all of it from the test run.
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('cost-row')).toHaveCount(1);
  await expect(page.getByTestId('cost-tests')).toHaveText('1 draft · $0.0002');
  await expect(page.getByTestId('cost-total')).toHaveText('$0.0002');
  await snap(page, testInfo, 'settings-cost-tests');
});
