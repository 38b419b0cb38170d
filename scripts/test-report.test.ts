import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations.
import { playwrightCounts, playwrightSkips } from './test-report.mjs';

/** Trimmed from a real `playwright test` JSON report (the shape the json reporter writes). */
const REPORT = {
  stats: { expected: 4, skipped: 1, unexpected: 0, flaky: 0 },
  suites: [
    {
      title: 'electron.spec.ts',
      specs: [],
      suites: [
        {
          title: 'electron shell',
          specs: [
            {
              title: 'window opens, title contains Counterpart, demo shop loads',
              tests: [{ status: 'skipped', annotations: [{ type: 'skip', description: 'Electron binary not installed; run `node node_modules/electron/install.js`.' }] }],
            },
          ],
        },
      ],
    },
    {
      title: 'loop.spec.ts',
      specs: [{ title: 'unanswerable question: handed to a person', tests: [{ status: 'expected', annotations: [] }] }],
    },
  ],
};

describe('npm test report lines', () => {
  it('names each skipped end-to-end test with its reason, since the list reporter does not', () => {
    expect(playwrightSkips(REPORT)).toEqual([
      'electron.spec.ts › electron shell › window opens, title contains Counterpart, demo shop loads: Electron binary not installed; run `node node_modules/electron/install.js`.',
    ]);
    expect(playwrightCounts(REPORT)).toEqual({ passed: 4, failed: 0, skipped: 1 });
  });
});
