// Builds the app once when `out/` is missing, so `npx counterpart` and `npm start` work right
// after `npm ci` in a checkout.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Exits with a clear message when Node is too old for node:sqlite. */
export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 13)) {
    console.error(`Counterpart needs Node.js 22.13 or newer (this is ${process.version}).`);
    process.exit(1);
  }
}

/** Runs `electron-vite build` if the build output is absent. */
export function ensureBuilt() {
  const needed = ['out/main/cli.js', 'out/main/draft-worker.js', 'out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
  if (needed.every((file) => existsSync(join(root, file)))) return;
  console.error('Building Counterpart (first run)…');
  const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite');
  // Taken here, not imported: every other run of the command never spawns anything.
  const { spawnSync } = process.getBuiltinModule('node:child_process');
  const result = spawnSync(bin, ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    console.error('Build failed: run `npm run build` to see why.');
    process.exit(result.status ?? 1);
  }
}
