/**
 * Warm callbacks at the right time, against the real headless shell on one data folder, restarted
 * on a shifted clock (`COUNTERPART_CLOCK_OFFSET_MS`): a customer asks a price, the answer is
 * approved and sent, the customer goes quiet. +2 h: no follow-up yet (the price changes meanwhile).
 * +3 h 10 min: exactly one follow-up waits for approval, with the product's current price; approved,
 * it is sent once. +5 h: no second one. A fresh chat dropped at +5 h, restarted 25 h later: none
 * (WhatsApp's 24-hour service window has closed; the skip is audited).
 *
 * What came due while the shell was stopped is done as it starts, before it answers any request,
 * so "nothing yet" is read from the first answers of a restarted shell, not after a wait.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { shot } from './support/fixtures';
import { rpc, startHeadlessShell, type HeadlessShell } from './support/headless-shell';
import { inboxRow } from './support/steps';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

type Item = { draftId: number; conversationId: number; draft: string; reasons: Array<{ code: string }> };
type Msg = { direction: 'in' | 'out'; status: string; text: string };
type Audit = { at: number; action: string; detail: Record<string, unknown> };
type Product = { sku: string; name: string; price: string };

let shell: HeadlessShell | undefined;
let dataDir: string | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  dataDir = undefined;
});

test('a dropped chat gets one follow-up draft at the right time, with the current price; sent once; none after 24 hours', async ({ page, request }, testInfo) => {
  test.setTimeout(300_000);
  dataDir = await mkdtemp(path.join(tmpdir(), 'counterpart-callbacks-'));
  const folder = dataDir;
  /** Stops the running shell (SIGTERM; the folder stays) and starts one `offsetMs` ahead of now. */
  const restartAt = async (offsetMs: number): Promise<HeadlessShell> => {
    await shell?.stop();
    shell = await startHeadlessShell({ COUNTERPART_CLOCK_OFFSET_MS: String(offsetMs) }, folder);
    return shell;
  };
  const queue = async (s: HeadlessShell) => (await rpc<{ items: Item[] }>(request, s, 'listQueue')).items;
  const followUps = async (s: HeadlessShell) => (await queue(s)).filter((i) => i.reasons.some((r) => r.code === 'callback'));
  const messages = async (s: HeadlessShell, conversationId: number) => (await rpc<{ messages: Msg[] }>(request, s, 'getConversation', { conversationId })).messages;
  const sentOut = async (s: HeadlessShell, conversationId: number) => (await messages(s, conversationId)).filter((m) => m.direction === 'out' && ['sent', 'delivered', 'read'].includes(m.status));
  const audit = async (s: HeadlessShell, action: string) => (await rpc<{ items: Audit[] }>(request, s, 'listAudit', { limit: 1000 })).items.filter((e) => e.action === action);

  /** A practice customer asks; the answer draft is approved as written and leaves. */
  const askedAndAnswered = async (s: HeadlessShell, customerName: string, text: string): Promise<number> => {
    const { conversationId } = await rpc<{ conversationId: number }>(request, s, 'sendPracticeMessage', { customerName, language: 'en', text });
    await expect.poll(async () => (await queue(s)).filter((i) => i.conversationId === conversationId).length, { timeout: 30_000 }).toBe(1);
    const [item] = (await queue(s)).filter((i) => i.conversationId === conversationId);
    await rpc(request, s, 'approveDraft', { draftId: item!.draftId, text: item!.draft });
    await expect.poll(async () => (await sentOut(s, conversationId)).length, { timeout: 30_000 }).toBe(1);
    // The shop's answer left: the follow-up is planned (audited) before the shell stops.
    await expect.poll(async () => (await audit(s, 'callback.planned')).filter((e) => e.detail.conversationId === conversationId).length).toBe(1);
    return conversationId;
  };

  // Now: Lucía asks a price, the answer goes out, she goes quiet.
  let s = await restartAt(0);
  await rpc(request, s, 'loadDemoShop');
  const lucia = await askedAndAnswered(s, 'Lucía', 'How much is the Pothos Golden?');
  expect((await sentOut(s, lucia))[0]!.text).toContain('179');

  // +2 h: too early. The owner raises the price meanwhile.
  s = await restartAt(2 * HOUR);
  expect(await followUps(s)).toEqual([]);
  const { items: products } = await rpc<{ items: Product[] }>(request, s, 'listProducts', { query: 'Pothos Golden' });
  const pothos = products.find((p) => p.sku === 'CV-003')!;
  await rpc(request, s, 'saveProduct', { product: { ...pothos, price: '189.00' }, originalSku: pothos.sku });
  await page.goto(s.url);
  await page.getByTestId('nav-inbox').click();
  await expect(inboxRow(page, 'Lucía')).toBeVisible();
  await expect(inboxRow(page, 'Lucía')).not.toHaveAttribute('data-need', 'draft_ready');
  expect(await followUps(s)).toEqual([]);

  // +3 h 10 min: exactly one follow-up waits, grounded in the Pothos at its current price.
  const dueRun = 3 * HOUR + 10 * MINUTE;
  const before = Date.now();
  s = await restartAt(dueRun);
  const waiting = await followUps(s);
  expect(waiting.map((i) => i.conversationId)).toEqual([lucia]);
  expect(waiting[0]!.draft).toContain('Pothos Golden costs 189.00 MXN');
  const [drafted] = await audit(s, 'callback.drafted');
  // Stamped on the shifted clock: the shell's "now" was 3 h 10 min ahead.
  expect(drafted!.at).toBeGreaterThanOrEqual(before + dueRun);
  await page.goto(s.url);
  await page.getByTestId('nav-inbox').click();
  await expect(inboxRow(page, 'Lucía')).toHaveAttribute('data-need', 'draft_ready');
  await inboxRow(page, 'Lucía').click();
  const card = page.getByTestId('pending-draft');
  await expect(card.getByTestId('draft-text')).toContainText('189.00 MXN');
  await expect(card.locator('[data-testid="queue-reason"][data-code="callback"]')).toContainText('Follow-up');
  for (const [width, height] of [
    [1366, 768],
    [1024, 640],
  ] as const) {
    await page.setViewportSize({ width, height });
    // The card's own actions are in sight (its sources may scroll below them).
    await expect(card.getByTestId('approve')).toBeInViewport({ ratio: 1 });
    await shot(page, testInfo, `callback-card-${width}`);
  }
  await card.getByTestId('approve').click();
  await expect.poll(async () => (await sentOut(s, lucia)).length, { timeout: 30_000 }).toBe(2);
  expect((await sentOut(s, lucia))[1]!.text).toBe(waiting[0]!.draft);
  await expect.poll(async () => (await audit(s, 'callback.sent')).length).toBe(1);

  // +5 h: no second follow-up. Marco asks now and goes quiet too.
  s = await restartAt(5 * HOUR);
  expect(await followUps(s)).toEqual([]);
  expect(await sentOut(s, lucia)).toHaveLength(2);
  const marco = await askedAndAnswered(s, 'Marco', 'How much is the Peace Lily?');

  // 25 h after Marco's last message (the shell was off): his window has closed, so no follow-up.
  s = await restartAt(30 * HOUR);
  expect(await followUps(s)).toEqual([]);
  expect(await sentOut(s, marco)).toHaveLength(1);
  expect(await sentOut(s, lucia)).toHaveLength(2);
  const skipped = (await audit(s, 'callback.skipped')).filter((e) => e.detail.conversationId === marco);
  expect(skipped.map((e) => e.detail.why)).toEqual(['window_closed']);
  expect(await audit(s, 'callback.drafted')).toHaveLength(1);
});
