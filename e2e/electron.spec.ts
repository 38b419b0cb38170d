/**
 * The desktop shell: launches the built Electron main with a throw-away data folder. Skipped
 * when the Electron binary was not downloaded (e.g. installs with ELECTRON_SKIP_BINARY_DOWNLOAD).
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDemoShop } from './support/steps';

function electronBinary(): string | null {
  const pathFile = path.join('node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join('node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? path.resolve(binary) : null;
}

const binary = electronBinary();

test.describe('electron shell', () => {
  test.skip(
    binary === null,
    'Electron binary not installed (node_modules/electron/path.txt or node_modules/electron/dist/ missing); run `node node_modules/electron/install.js` to enable this test.',
  );

  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern, even when empty.
  test('window opens, title contains Counterpart, demo shop loads', async ({}, testInfo) => {
    expect(existsSync(path.join('out', 'main', 'index.js')), 'run `npm run build` first').toBe(true);
    const dataDir = await mkdtemp(path.join(tmpdir(), 'counterpart-electron-'));
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      // The checkout folder, as `npm start` passes it: app path and name come from package.json.
      args: ['--no-sandbox', path.resolve('.')],
      env: { ...process.env, COUNTERPART_DATA_DIR: dataDir },
    });
    try {
      const window = await app.firstWindow();
      await expect(window).toHaveTitle(/Counterpart/);
      await loadDemoShop(window);
      await testInfo.attach('electron-knowledge', { body: await window.screenshot(), contentType: 'image/png' });
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
