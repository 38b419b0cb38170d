import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * Three builds: main (ESM, Electron entry + the plain-Node CLI), a sandboxed preload (CJS,
 * self-contained) and the React renderer, which both shells serve from `out/renderer`.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The packages every start loads are bundled: each file Node loads on its own costs a
      // resolve, a read and a compile, and these were ~300 files before `serve` answered. pino
      // has no transport here (a transport's worker file would not survive bundling). Heavy
      // packages loaded on first need (openai, baileys, tinyld…) stay in node_modules.
      externalizeDeps: { exclude: ['zod', 'conf', 'semver', 'papaparse', '@orama/stemmers', 'pino'] },
      rolldownOptions: {
        input: { index: resolve('main/index.ts'), cli: resolve('main/cli/cli.ts'), 'draft-worker': resolve('main/core/assistant/worker/draft-worker.ts') },
        // The bench's `ui` section drives Chromium with Playwright, a development tool loaded
        // from node_modules where the bench runs; never bundled into the app.
        external: ['playwright-core'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require node_modules: bundle everything into one CJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
