// `npm start`: the Electron app, or — when the Electron binary is missing or can't be
// downloaded — the headless shell, said in one line.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { checkNode, ensureBuilt, root } from './ensure-built.mjs';

checkNode();
ensureBuilt();

/** Path of the Electron binary, or null when it was never downloaded. */
function electronBinary() {
  try {
    const require = createRequire(join(root, 'package.json'));
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const args = binary ? [join(root, 'out', 'main', 'index.js'), ...process.argv.slice(2)] : [join(root, 'scripts', 'counterpart.mjs'), 'serve', ...process.argv.slice(2)];
if (!binary) console.log('Electron is not available here (its binary is not downloaded); starting the headless shell instead.');
const child = spawn(binary ?? process.execPath, args, { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
