/**
 * Bench section `ui`: the console as a reviewer meets it, in Chromium (Playwright's
 * `executablePath`, /usr/bin/chromium unless `CHROMIUM_PATH` says otherwise) against the headless
 * shell. The data is seeded through the core before the shell starts: 10,000 conversations and
 * one of 5,000 messages by SQL into the core's database (the console's rows built by its
 * triggers, as for any message), the drafts to approve by `inbox.ingest`. Each figure is taken in
 * the page (`performance.now()`), from the action to the frame after the DOM shows the result —
 * never a sleep:
 * - `ui.inboxFirstRenderMs`: reload on the inbox → the first conversation rows are in the DOM
 *   (bundle, session, first page of the list: everything an owner waits for);
 * - `ui.openConversationMs`: click the 5,000-message chat (nothing cached) → its newest message
 *   and the reply box are shown;
 * - `ui.approveToNextMs`: "Approve & send" → the draft has left the chat and the next
 *   conversation with a draft is open with that draft shown (the next row clicked at once).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserType, Page } from 'playwright-core';
import type { Core } from '../core/composition';
import { createDispatch } from '../core/handlers';
import { silentLogger } from '../core/platform/logger';
import { transaction } from '../core/storage/database';
import { createNodeCore } from '../node/node-core';
import type { BenchRow } from './bench';
import { startShell, stopShell } from './bench-process';
import { percentile } from './stats';

const SIZE = { conversations: 10_000, bigChat: 5_000 };
const BIG_CUSTOMER = 'Big Chat Customer';
const NEWEST_BIG_TEXT = `message ${SIZE.bigChat} of the long chat`;

/** Runs the three UI measurements `runs` times each (at least 5). */
export async function uiBench(options: { runs: number }): Promise<BenchRow[]> {
  const runs = Math.max(5, options.runs);
  const dir = mkdtempSync(join(tmpdir(), 'counterpart-bench-ui-'));
  let browser: Browser | null = null;
  let shell: Awaited<ReturnType<typeof startShell>> | null = null;
  try {
    await seed(dir, runs + 1);
    shell = await startShell(dir);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    // Generous waits: on a loaded machine a reload of the 10,000-conversation inbox can take seconds.
    page.setDefaultTimeout(180_000);
    page.setDefaultNavigationTimeout(180_000);
    await page.addInitScript(FIRST_ROW_PROBE);
    // The browser opens the app with the printed one-time link (the API token is for rpc only).
    await page.goto(`${shell.link}#/inbox`);
    await page.waitForSelector('[data-testid="inbox-row"]');

    const firstRender: number[] = [];
    const open: number[] = [];
    for (let i = 0; i < runs; i++) {
      firstRender.push(await reloadToFirstRow(page));
      open.push(await openBigChat(page));
    }
    await reloadInbox(page);
    await page.waitForSelector('[data-testid="inbox-row"]');
    const approve: number[] = [];
    for (let i = 0; i < runs; i++) approve.push(await approveToNext(page));

    return [
      row('ui.inboxFirstRenderMs', firstRender, `reload → first rows in the DOM; ${SIZE.conversations.toLocaleString('en')} conversations; goal ≤ 500`),
      row('ui.openConversationMs', open, `click → newest of ${SIZE.bigChat.toLocaleString('en')} messages and the reply box shown, nothing cached; goal ≤ 150`),
      row('ui.approveToNextMs', approve, 'approve → draft gone, next conversation with a draft open and shown; goal ≤ 100'),
    ];
  } finally {
    await browser?.close();
    if (shell) await stopShell(shell);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function launchChromium(): Promise<Browser> {
  // External to the build (electron.vite.config.ts): Playwright is a development tool, loaded
  // from node_modules where the bench runs, and only by this section.
  const { chromium } = (await import('playwright-core')) as { chromium: BrowserType };
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
}

/** Seeds the shop through the core, then closes it so the shell can take the data folder. */
async function seed(dir: string, drafts: number): Promise<void> {
  const core = createNodeCore({ owner: { kind: 'command', command: 'bench' }, dataDir: dir, logger: silentLogger() });
  try {
    await createDispatch(core, 'browser')('loadDemoShop', {});
    const now = Date.now();
    seedConversations(core, now);
    // Drafts to approve: real turns through the core, newest first in the inbox.
    for (let i = 0; i < drafts; i++) {
      const result = await core.inbox.ingest({
        channel: 'practice',
        chatId: `ui-bench-${i}`,
        messageId: `ui-bench-${i}`,
        customerName: `Approve ${String(i).padStart(2, '0')}`,
        language: 'en',
        text: 'What time do you open on Saturday?',
        at: now + 1_000 + i,
      });
      if (result.draftId === null) throw new Error(`ui bench: chat ${i} got no draft`);
    }
  } finally {
    core.close();
  }
}

/** 10,000 two-message conversations and one of 5,000 messages (the newest of the bulk). */
function seedConversations(core: Core, now: number): void {
  const db = core.db;
  transaction(db, () => {
    const customer = db.prepare(`INSERT INTO customers (id, channel, external_id, name, language, created_at) VALUES (?, 'whatsapp', ?, ?, 'en', 0)`);
    const conversation = db.prepare(`INSERT INTO conversations (id, customer_id, channel, started_by, created_at, last_message_at) VALUES (?, ?, 'whatsapp', 'customer', 0, ?)`);
    const message = db.prepare(`INSERT INTO messages (conversation_id, external_id, direction, author, text, status, at) VALUES (?, ?, ?, ?, ?, 'received', ?)`);
    const base = now - 30 * 86_400_000;
    for (let c = 1; c <= SIZE.conversations; c++) {
      const name = `Customer ${c}`;
      const at = base + c * 60_000;
      customer.run(c, `wa:ui-${c}`, name);
      conversation.run(c, c, at);
      message.run(c, `ui-${c}-1`, 'in', name, `Hello, is item ${c} available?`, at - 1);
      if (c % 3 !== 0) message.run(c, `ui-${c}-2`, 'out', 'shop', 'Yes, it is in stock.', at);
    }
    const big = SIZE.conversations + 1;
    customer.run(big, `wa:ui-big`, BIG_CUSTOMER);
    conversation.run(big, big, now);
    for (let m = 1; m <= SIZE.bigChat; m++) {
      const inbound = m % 2 === 1;
      const text = m === SIZE.bigChat ? NEWEST_BIG_TEXT : inbound ? `Question ${m}: do you still have the pots?` : `Answer ${m}: yes, we do.`;
      message.run(big, `ui-big-${m}`, inbound ? 'in' : 'out', inbound ? BIG_CUSTOMER : 'shop', text, now - SIZE.bigChat + m);
    }
  });
}

/** Records, from the start of each page load, when the first inbox row reaches the DOM. */
const FIRST_ROW_PROBE = `
  window.__firstRowAt = null;
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="inbox-row"]')) {
      requestAnimationFrame(() => { window.__firstRowAt = performance.now(); });
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

/** Reloads on the bare inbox (no chat open from the previous run's address). */
async function reloadInbox(page: Page): Promise<void> {
  await page.evaluate("history.replaceState(null, '', '#/inbox')");
  await page.reload();
}

async function reloadToFirstRow(page: Page): Promise<number> {
  await reloadInbox(page);
  // A function, not a string: the app's CSP forbids eval in the page.
  const handle = await page.waitForFunction(() => (globalThis as unknown as { __firstRowAt: number | null }).__firstRowAt);
  return (await handle.jsonValue()) as number;
}

/**
 * In the page (plain JS: the CLI is not compiled against the DOM): runs `act`, then resolves with
 * the time from `act` to the frame after `ready()` holds, checked on every DOM change.
 */
const MEASURE = `async (act, ready) => {
  const started = performance.now();
  act();
  await new Promise((resolve) => {
    const done = () => requestAnimationFrame(() => resolve());
    if (ready()) return done();
    const observer = new MutationObserver(() => {
      if (ready()) { observer.disconnect(); done(); }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  return performance.now() - started;
}`;

/** Click the long chat's row → its newest message and the reply box are in the DOM. */
const OPEN_BIG_CHAT = `(${MEASURE})(
  () => document.querySelector(ARGS.row).click(),
  () => {
    const pane = document.querySelector('[data-testid="conversation-pane"]');
    const messages = pane ? pane.querySelectorAll('[data-testid="chat-message"]') : [];
    const last = messages[messages.length - 1];
    return Boolean(last && last.textContent.includes(ARGS.newest) && pane.querySelector('[data-testid="reply-input"]'));
  },
)`;

/** Approve → the draft leaves the chat → the next row with a draft is clicked → its draft shows. */
const APPROVE_TO_NEXT = `(() => {
  const draftId = document.querySelector('[data-testid="pending-draft"]').getAttribute('data-draft-id');
  const openId = document.querySelector('[data-testid="conversation-pane"]').getAttribute('data-conversation-id');
  let nextClicked = false;
  return (${MEASURE})(
    () => document.querySelector('[data-testid="pending-draft"] [data-testid="approve"]').click(),
    () => {
      const draft = document.querySelector('[data-testid="pending-draft"]');
      if (!nextClicked) {
        if (draft && draft.getAttribute('data-draft-id') === draftId) return false;
        const next = [...document.querySelectorAll(ARGS.row)].find((row) => row.getAttribute('data-conversation-id') !== openId);
        if (!next) return false;
        nextClicked = true;
        next.click();
        return false;
      }
      const approve = draft && draft.querySelector('[data-testid="approve"]');
      return Boolean(approve && draft.getAttribute('data-draft-id') !== draftId && !approve.hasAttribute('disabled'));
    },
  );
})()`;

function inPage(page: Page, script: string, args: Record<string, string>): Promise<number> {
  return page.evaluate(`(() => { const ARGS = ${JSON.stringify(args)}; return ${script}; })()`) as Promise<number>;
}

async function openBigChat(page: Page): Promise<number> {
  // Fresh page: nothing of the chat is cached.
  await reloadInbox(page);
  const bigRow = `[data-testid="inbox-row"][data-customer="${BIG_CUSTOMER}"]`;
  await page.waitForSelector(bigRow);
  return inPage(page, OPEN_BIG_CHAT, { row: bigRow, newest: NEWEST_BIG_TEXT });
}

async function approveToNext(page: Page): Promise<number> {
  // Open the first chat with a draft ready, untimed.
  const readyRow = '[data-testid="inbox-row"][data-need="draft_ready"]';
  await page.locator(readyRow).first().click();
  await page.waitForSelector('[data-testid="pending-draft"] [data-testid="approve"]:not([disabled])');
  return inPage(page, APPROVE_TO_NEXT, { row: readyRow });
}

function row(name: string, samples: number[], note: string): BenchRow {
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return { section: 'ui', name, n: samples.length, unit: 'ms', p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), note };
}
