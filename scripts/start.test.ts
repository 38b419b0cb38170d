import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../main/testing/test-core';

const READY = /Counterpart is ready: (http:\/\/127\.0\.0\.1:\d+\/)\?token=(\S+)/;
const electronDownloaded = existsSync(join(REPO_ROOT, 'node_modules', 'electron', 'path.txt'));

describe('npm start without the Electron binary', () => {
  const cleanup: Array<() => void> = [];
  afterEach(() => cleanup.splice(0).forEach((undo) => undo()));

  // Builds first when out/ is missing (a clean clone), hence the long timeout.
  it.skipIf(electronDownloaded)('says so in one line and serves the headless shell', { timeout: 180_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cp-start-'));
    const child = spawn(process.execPath, ['scripts/start.mjs', '--port', '0'], {
      cwd: REPO_ROOT,
      env: { ...process.env, COUNTERPART_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      // Only the lines printed *before* the ready line are ours to judge: the shell prints more
      // after it ("Data folder: …"), often in the same chunk, so reading stops at the match and
      // the lines seen so far are taken as they were then.
      const { ready, before } = await new Promise<{ ready: RegExpExecArray; before: string[] }>((resolve, reject) => {
        const seen: string[] = [];
        child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${seen.join('\n')}\n${stderr}`)));
        const lines = createInterface({ input: child.stdout });
        lines.on('line', (line) => {
          const match = READY.exec(line);
          if (!match) return void seen.push(line);
          lines.close();
          child.stdout.resume(); // keep draining: a full pipe would stall the shell
          resolve({ ready: match, before: [...seen] });
        });
      });
      // Nothing but our one line: Electron's installer must not run (or print) on the way.
      expect(before.filter((line) => line.trim() !== '')).toEqual([expect.stringMatching(/^Electron is not available here .*headless shell instead\.$/)]);
      expect(stderr).not.toMatch(/Downloading Electron|fetch failed/);
      // The printed link's code buys a session token once (as the page does), which then calls.
      const session = await fetch(`${ready[1]}session`, { method: 'POST', headers: { Authorization: `Bearer ${ready[2]}` } });
      const { value } = (await session.json()) as { value: { token: string } };
      const reply = await fetch(`${ready[1]}rpc/getAppInfo`, { method: 'POST', headers: { Authorization: `Bearer ${value.token}` }, body: '{}' });
      expect(await reply.json()).toMatchObject({ ok: true, value: { shell: 'browser', dataDir } });
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });
});
