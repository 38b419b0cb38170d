/**
 * Playwright fixtures: a fresh headless shell (own data folder) per test, and a helper that
 * saves full-page screenshots both as test attachments and under e2e-artifacts/.
 */
import { test as base, type Page, type TestInfo } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHeadlessShell, type HeadlessShell } from './headless-shell';

const ARTIFACTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'e2e-artifacts');

/** Full-page screenshot → `testInfo.attach` and `e2e-artifacts/<name>.png`. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  await writeFile(file, await page.screenshot({ fullPage: true }));
  // Attach by path, so the JSON report references the image instead of inlining it as base64.
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

/** A screenshot as an artifact (`snap`), and also under SHOTS_DIR (a reviewer's folder) when set. */
export async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await snap(page, testInfo, name);
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${name}.png`), await page.screenshot());
}

/** `test` with a `shell` fixture: the real core + SQLite behind `counterpart serve`. */
export const test = base.extend<{ shell: HeadlessShell }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern, even when empty.
  shell: async ({}, use) => {
    const shell = await startHeadlessShell();
    try {
      await use(shell);
    } finally {
      await shell.stop();
    }
  },
});

export { expect } from '@playwright/test';
