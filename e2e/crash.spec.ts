/**
 * Crash safety with real processes: approve a WhatsApp reply, SIGKILL the app while it is still
 * "typing", start it again on the same data folder — the reply goes out once. And one shell per
 * data folder: a second is refused while the first runs, and a SIGKILL leaves no lock behind.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startFakeWhatsApp, type FakeWhatsApp } from './support/fake-whatsapp';
import { rpc, startHeadlessShell, type HeadlessShell } from './support/headless-shell';

let whatsapp: FakeWhatsApp | undefined;
let shell: HeadlessShell | undefined;
let dataDir: string | undefined;

test.afterEach(async () => {
  await shell?.stop();
  await whatsapp?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

test('a reply approved just before a SIGKILL is sent exactly once after the restart', async ({ request }) => {
  test.setTimeout(120_000);
  whatsapp = await startFakeWhatsApp();
  dataDir = await mkdtemp(path.join(tmpdir(), 'counterpart-crash-'));
  const env = { COUNTERPART_WA_WS_URL: whatsapp.wsUrl };
  shell = await startHeadlessShell(env, dataDir);
  await rpc(request, shell, 'loadDemoShop');
  await rpc(request, shell, 'connectWhatsApp', { method: 'qr' });
  const current = shell;
  const qr = await expect
    .poll(async () => (await rpc<{ qrDataUrl: string | null }>(request, current, 'getWhatsAppStatus')).qrDataUrl, { timeout: 20_000 })
    .toMatch(/^data:image\/png/)
    .then(async () => (await rpc<{ qrDataUrl: string }>(request, current, 'getWhatsAppStatus')).qrDataUrl);
  await whatsapp.scan(qr);
  await expect.poll(async () => (await rpc<{ state: string }>(request, current, 'getWhatsAppStatus')).state, { timeout: 30_000 }).toBe('connected');

  await whatsapp.customerSays('What are your opening hours?');
  await expect.poll(async () => (await rpc<{ items: unknown[] }>(request, current, 'listQueue')).items.length, { timeout: 20_000 }).toBe(1);
  const [item] = (await rpc<{ items: Array<{ draftId: number; draft: string }> }>(request, current, 'listQueue')).items;
  await rpc(request, current, 'approveDraft', { draftId: item!.draftId, text: item!.draft });
  // The reply now waits behind the typing indicator (seconds): crash right here.
  await current.kill();
  expect(await whatsapp.sentTexts()).toEqual([]);

  shell = await startHeadlessShell(env, dataDir);
  await expect.poll(() => whatsapp!.sentTexts(), { timeout: 60_000 }).toHaveLength(1);
  expect((await whatsapp.sentTexts())[0]!.trim()).toBe(item!.draft.trim());
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect(await whatsapp.sentTexts()).toHaveLength(1);
});

test('a second shell on the same data folder is refused in one line, and starts once the first is killed', async ({ request }) => {
  test.setTimeout(90_000);
  dataDir = await mkdtemp(path.join(tmpdir(), 'counterpart-lock-'));
  const first = await startHeadlessShell({}, dataDir);
  shell = first;
  await rpc(request, first, 'loadDemoShop');
  const folder = dataDir;
  const refused = await startHeadlessShell({}, folder).then(
    (second) => second.stop().then(() => 'started'),
    (error: Error) => error.message,
  );
  expect(refused).toContain('exited early (code 1, signal null)');
  // Everything it printed: one line naming the folder and the running shell.
  const lines = refused.split('Output:\n')[1]!.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]!.startsWith(`Counterpart is already running on ${folder} (headless shell, pid ${first.pid}, ${first.origin}/, since `)).toBe(true);
  expect(lines[0]).toMatch(/, since \d{4}-\d\d-\d\d \d\d:\d\d\)$/);
  // The running shell keeps its token, and keeps serving.
  expect((await readFile(path.join(folder, 'serve-token'), 'utf8')).trim()).toBe(first.token);
  expect((await rpc<{ products: number }>(request, first, 'getKnowledgeSummary')).products).toBe(30);

  await first.kill();
  shell = await startHeadlessShell({}, folder);
  expect((await rpc<{ products: number }>(request, shell, 'getKnowledgeSummary')).products).toBe(30);
});
