/**
 * The first loop, end to end against the real core and SQLite through the headless shell:
 * knowledge → practice message → review queue → approve → reply in the chat → audit trail.
 */
import type { Page } from '@playwright/test';
import { expect, snap, test } from './support/fixtures';
import { loadDemoShop } from './support/steps';

/** A question the demo FAQ answers ("hours": "What are your opening hours?"). */
const ANSWERABLE = 'Hi! What are your opening hours?';
const UNANSWERABLE = 'Can you build me a spaceship?';
const ADDED_SENTENCE = 'See you soon at Casa Verde!';

async function sendAsCustomer(page: Page, name: string, language: string, text: string): Promise<void> {
  await page.getByTestId('nav-practice').click();
  await page.getByTestId('practice-name').fill(name);
  await page.getByTestId('practice-language').selectOption(language);
  await page.getByTestId('practice-input').fill(text);
  await page.getByTestId('practice-input').press('Enter');
  await expect(page.getByTestId('chat-message').filter({ hasText: text })).toHaveAttribute('data-direction', 'in');
}

test('answerable question: draft with sources → edit → approve → reply in chat → audit', async ({ page, shell }, testInfo) => {
  await page.goto(shell.url);
  await expect(page).not.toHaveURL(/token=/);

  await page.getByTestId('nav-knowledge').click();
  await expect(page.getByTestId('load-demo')).toBeVisible();
  await snap(page, testInfo, 'knowledge-empty');
  await loadDemoShop(page);
  expect(await page.getByTestId('faq-entry').count()).toBeGreaterThan(3);
  await expect(page.getByTestId('faq-entry').getByTestId('policy-badge').first()).toBeVisible();
  await expect(page.getByTestId('shop-name')).toHaveText('Casa Verde');
  await page.getByTestId('knowledge-tab-catalog').click();
  expect(await page.getByTestId('catalog-row').count()).toBeGreaterThan(3);
  await snap(page, testInfo, 'knowledge');

  await page.getByTestId('catalog-search').fill('monstera');
  await expect(page.getByTestId('catalog-row').first()).toContainText(/monstera/i);

  await sendAsCustomer(page, 'Ana', 'en', ANSWERABLE);
  await snap(page, testInfo, 'practice-sent');

  await page.getByTestId('nav-queue').click();
  const item = page.getByTestId('queue-item').first();
  await expect(item).toHaveAttribute('data-route', 'answer');
  await expect(item).toHaveAttribute('data-status', 'pending');
  await expect(page.getByTestId('queue-count')).toHaveText('1');
  await expect(item.getByTestId('queue-customer-message')).toHaveText(ANSWERABLE);
  expect(await item.getByTestId('queue-source').count()).toBeGreaterThan(0);
  expect(await item.getByTestId('queue-reason').count()).toBeGreaterThan(0);
  // Honest: the app has no auto-send, so the card promises none.
  await expect(item.locator('[data-testid="queue-reason"][data-code="approval_required"]').getByTestId('queue-reason-text')).toHaveText(
    'Approval first: every reply waits for you.',
  );
  const draft = (await item.getByTestId('draft-text').innerText()).trim();
  expect(draft.length).toBeGreaterThan(0);
  await snap(page, testInfo, 'queue');

  await item.getByTestId('edit').click();
  const editor = item.getByTestId('draft-editor');
  await expect(editor).toHaveValue(draft);
  const edited = `${draft} ${ADDED_SENTENCE}`;
  await editor.fill(edited);
  await snap(page, testInfo, 'queue-editing');
  await item.getByTestId('approve').click();
  await expect(page.getByTestId('queue-item')).toHaveCount(0);
  await expect(page.getByTestId('queue-empty')).toBeVisible();
  await expect(page.getByTestId('queue-count')).toHaveCount(0);

  await page.getByTestId('nav-practice').click();
  await page.getByTestId('conversation-item').filter({ hasText: 'Ana' }).first().click();
  const outbound = page.locator('[data-testid="chat-message"][data-direction="out"]');
  await expect(outbound.filter({ hasText: ADDED_SENTENCE })).toHaveCount(1);
  await expect(outbound.first()).toContainText(edited);
  await expect(page.getByTestId('conversation-state')).toHaveAttribute('data-state', 'assistant');
  await snap(page, testInfo, 'practice-replied');

  await page.getByTestId('nav-activity').click();
  await expect(page.locator('[data-testid="audit-row"][data-action="draft.approved"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="audit-row"][data-action="draft.edited"]')).toHaveCount(1);
  await snap(page, testInfo, 'activity');
});

test('an edit is checked again: a link the shop never gave shows on the card, and the person may still send', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByTestId('nav-knowledge').click();
  await loadDemoShop(page);
  await sendAsCustomer(page, 'Ana', 'en', ANSWERABLE);

  await page.getByTestId('nav-queue').click();
  const item = page.getByTestId('queue-item').first();
  await expect(item).toHaveAttribute('data-route', 'answer');
  await item.getByTestId('edit').click();
  const editor = item.getByTestId('draft-editor');
  await editor.fill('Pay first here: https://evil.example/pay');
  const findings = item.getByTestId('edit-findings');
  await expect(findings.locator('[data-testid="queue-reason"][data-code="unknown_link"]')).toHaveAttribute('data-blocking', 'true');
  await expect(findings.getByTestId('queue-reason-text')).toContainText('"https://evil.example/pay"');
  // Back to words the shop can stand behind: nothing to show.
  await editor.fill('We are open Monday to Saturday. See you soon!');
  await expect(findings).toHaveCount(0);
  await editor.fill('Pay first here: https://evil.example/pay');
  await expect(findings).toBeVisible();
  await expect(item.getByTestId('approve')).toBeEnabled();
  await item.getByTestId('approve').click();
  await expect(page.getByTestId('queue-item')).toHaveCount(0);
});

test('unanswerable question: handed to a person, no draft, nothing sent', async ({ page, shell }, testInfo) => {
  await page.goto(shell.url);
  await loadDemoShop(page);
  await sendAsCustomer(page, 'Ben', 'en', UNANSWERABLE);

  await page.getByTestId('nav-queue').click();
  const item = page.getByTestId('queue-item').first();
  await expect(item).toHaveAttribute('data-route', 'handoff');
  await expect(item.getByTestId('handoff-banner')).toBeVisible();
  await expect(item.getByTestId('draft-text')).toHaveCount(0);
  await expect(item.getByTestId('draft-editor')).toHaveValue('');
  await expect(item.getByTestId('approve')).toBeDisabled();
  await expect(item.getByTestId('resolve-handoff')).toBeEnabled();
  await snap(page, testInfo, 'queue-handoff');

  // The card explains the reason in the owner's language, not in the core's English.
  const reason = item.locator('[data-testid="queue-reason"][data-code="no_knowledge"]');
  await expect(reason.getByTestId('queue-reason-text')).toHaveText('Nothing in your catalog or FAQ answers this: a person should reply.');
  await page.getByTestId('ui-language').selectOption('es');
  await expect(reason).toContainText('Fuera del conocimiento');
  await expect(reason.getByTestId('queue-reason-text')).toHaveText(
    'Nada en tu catálogo ni en tus preguntas frecuentes responde a esto: debería responder una persona.',
  );
  await snap(page, testInfo, 'queue-handoff-es');
  await page.getByTestId('ui-language').selectOption('en');
  await expect(reason).toContainText('Not in knowledge');

  await page.getByTestId('nav-practice').click();
  await page.getByTestId('conversation-item').filter({ hasText: 'Ben' }).first().click();
  await expect(page.getByTestId('conversation-state')).toHaveAttribute('data-state', 'needs_person');
  await expect(page.locator('[data-testid="chat-message"][data-direction="in"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="chat-message"][data-direction="out"]')).toHaveCount(0);
  await snap(page, testInfo, 'practice-handoff');
});

test('UI language and the operator (a person on the staff) are saved and survive a reload', async ({ page, shell }, testInfo) => {
  await page.goto(shell.url);
  await expect(page.getByTestId('nav-queue')).toContainText('Review queue');
  await page.getByTestId('ui-language').selectOption('es');
  await expect(page.getByTestId('nav-queue')).toContainText('Revisión');

  // The operator is the first owner (named "Owner" on a fresh install): rename them, add María
  // and switch to her from the header.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('staff-add').click();
  await page.getByTestId('person-name').fill('María');
  await page.getByTestId('person-save').click();
  await expect(page.locator('[data-testid="staff-row"][data-name="María"]')).toBeVisible();
  await page.getByTestId('operator-name').click();
  await page.locator('[data-testid="operator-choice"][data-name="María"]').click();
  await expect(page.getByTestId('operator-name')).toContainText('María');

  // The link's code was spent for a session token kept in sessionStorage: a reload still works.
  await page.reload();
  await expect(page.getByTestId('nav-queue')).toContainText('Revisión');
  await expect(page.getByTestId('operator-name')).toContainText('María');
  await page.getByTestId('nav-knowledge').click();
  await expect(page.getByTestId('load-demo')).toHaveText('Cargar tienda de demostración');
  await snap(page, testInfo, 'knowledge-empty-es');
});

test('the printed link opens the app once: a second use is refused with a clear page, the newest link works, reloads stay signed in', async ({ page, context, shell }, testInfo) => {
  // Five page loads, each opening on the setup wizard (its forms are the heaviest first screen).
  test.setTimeout(180_000);
  await page.goto(shell.url);
  await expect(page).not.toHaveURL(/token=/);
  await expect(page.getByTestId('setup-current')).toBeVisible();

  // The same link again (from history, a bookmark, a shared screenshot) in another tab.
  const again = await context.newPage();
  await again.goto(shell.url);
  await expect(again).not.toHaveURL(/token=/);
  await expect(again.getByTestId('link-refused')).toHaveAttribute('data-reason', 'used');
  await expect(again.getByTestId('link-refused')).toContainText('newest link');
  await expect(again.getByTestId('nav-queue')).toHaveCount(0);
  await snap(again, testInfo, 'link-refused');

  // The shell printed a new link when the first was used; it opens a second window once.
  expect(shell.latestUrl()).not.toBe(shell.url);
  const second = await context.newPage();
  await second.goto(shell.latestUrl());
  await expect(second.getByTestId('setup-current')).toBeVisible();
  await second.reload();
  await expect(second.getByTestId('setup-current')).toBeVisible();
  await expect(second.getByTestId('query-error')).toHaveCount(0);

  // The first tab keeps its session across a reload.
  await page.reload();
  await expect(page.getByTestId('setup-current')).toBeVisible();
  await expect(page.getByTestId('query-error')).toHaveCount(0);
});

test('the HTTP shell refuses calls without the token and malformed input', async ({ page, request, shell }) => {
  // In the UI: opened without the token, screens explain how to get in instead of failing silently.
  await page.goto(`${shell.origin}/`);
  await expect(page.getByTestId('query-error').first()).toContainText('counterpart serve');

  const noToken = await request.post(`${shell.origin}/rpc/getSettings`, { data: {} });
  expect(noToken.status()).toBe(401);
  expect(await noToken.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  const wrongToken = await request.post(`${shell.origin}/rpc/getSettings`, {
    data: {},
    headers: { Authorization: 'Bearer not-the-token' },
  });
  expect(wrongToken.status()).toBe(401);

  const auth = { Authorization: `Bearer ${shell.token}` };
  const ok = await request.post(`${shell.origin}/rpc/getSettings`, { data: {}, headers: auth });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ ok: true });

  const badSchema = await request.post(`${shell.origin}/rpc/sendPracticeMessage`, {
    data: { customerName: '', language: 'klingon', text: '' },
    headers: auth,
  });
  expect(badSchema.status()).toBe(400);
  expect(await badSchema.json()).toMatchObject({ ok: false, error: { code: 'bad_input' } });

  const badJson = await request.post(`${shell.origin}/rpc/listQueue`, {
    data: '{not json',
    headers: { ...auth, 'Content-Type': 'application/json' },
  });
  expect(badJson.status()).toBe(400);
  expect(await badJson.json()).toMatchObject({ ok: false, error: { code: 'bad_input' } });
});
