import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/find-chromium';

/**
 * End-to-end tests against the real core and SQLite through the headless shell (and, when
 * the Electron binary is installed, the desktop shell). Uses the system Chromium only.
 */
export default defineConfig({
  testDir: 'e2e',
  // *.test.ts files beside the helpers are vitest unit tests.
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: 0,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  outputDir: 'test-results/e2e',
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1360, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
});
