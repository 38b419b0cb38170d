import { defineConfig } from 'vitest/config';

/** Unit tests run in plain Node, next to the code they test (renderer logic too: no DOM needed). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['main/**/*.test.ts', 'preload/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/support/**/*.test.ts', 'renderer/src/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/unit-results.json' }]],
    testTimeout: 20_000,
  },
});
