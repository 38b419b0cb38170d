// `npm start`: the Electron app, or — when the Electron binary is missing or can't be
// downloaded — the headless shell, said in one line.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkNode, ensureBuilt, root } from './ensure-built.mjs';

checkNode();
ensureBuilt();

/**
 * Path of the Electron binary, or null when it was never downloaded. Reads the package's
 * `path.txt` itself: `require('electron')` would try to download the binary on the spot and
 * print the installer's own errors, where we owe the owner one line.
 */
function electronBinary() {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? join(override, relative || 'electron') : relative && join(pkg, 'dist', relative);
  return binary && existsSync(binary) ? binary : null;
}

const binary = electronBinary();
// Electron is given the checkout folder, not the built file: its app path (where the demo shop
// in assets/ is read from) and its name (hence the data folder) come from package.json.
const args = binary ? [root, ...process.argv.slice(2)] : [join(root, 'scripts', 'counterpart.mjs'), 'serve', ...process.argv.slice(2)];
if (!binary) {
  console.log('Electron is not available here (its binary is not downloaded: `node node_modules/electron/install.js` fetches it); starting the headless shell instead.');
}
const child = spawn(binary ?? process.execPath, args, { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
