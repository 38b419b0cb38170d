/**
 * Runs a test-only fake server script (main/testing/…/run-server.ts) as its own process and
 * reads the one JSON line it prints when ready (its addresses and control URL).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A running fake server process: what it printed, its control endpoint, and how to stop it. */
export type FakeProcess<Ready> = {
  ready: Ready & { controlUrl: string };
  /** POSTs JSON to a control route; throws with the server's answer when it fails. */
  post(route: string, body: unknown): Promise<unknown>;
  /** GETs a control route's JSON. */
  get(route: string): Promise<unknown>;
  stop(): Promise<void>;
};

/** Starts `script` (relative to the repository) under tsx and waits up to 30 s for its line. */
export async function startFakeProcess<Ready>(name: string, script: string): Promise<FakeProcess<Ready>> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = await new Promise<Ready & { controlUrl: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the ${name} did not start in 30 s`)), 30_000);
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve(JSON.parse(line) as Ready & { controlUrl: string });
    });
    child.once('exit', (code) => reject(new Error(`the ${name} exited (${code})`)));
  });
  return {
    ready,
    async post(route, body) {
      const res = await fetch(`${ready.controlUrl}${route}`, { method: 'POST', body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${route}: ${await res.text()}`);
      return res.json();
    },
    async get(route) {
      const res = await fetch(`${ready.controlUrl}${route}`);
      if (!res.ok) throw new Error(`${route}: ${await res.text()}`);
      return res.json();
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
