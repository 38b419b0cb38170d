/**
 * Starts the real headless shell (`counterpart serve --port 0`) on a throw-away data folder and
 * waits for the tokenised URL it prints.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import type { APIRequestContext } from '@playwright/test';

/** A running headless shell. */
export type HeadlessShell = {
  /** The first link printed by the CLI (`?token=<one-time code>`): it opens the app once. */
  url: string;
  /** The newest link printed (a new one follows each use), for a second window. */
  latestUrl: () => string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The API token from the `serve-token` file (a bearer for `rpc`). */
  token: string;
  dataDir: string;
  /** The server's process id (the data folder's lock names it). */
  pid: number;
  /** SIGTERM the server, then delete its data folder (unless it was passed in). */
  stop: () => Promise<void>;
  /** SIGKILL the server, as a crash or power cut would; the data folder stays. */
  kill: () => Promise<void>;
};

const READY_PATTERN = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/;
const START_TIMEOUT_MS = 30_000;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Spawns the shell; rejects with its output if it exits or stays silent for 30 s. */
export async function startHeadlessShell(extraEnv: Record<string, string> = {}, reuseDataDir?: string): Promise<HeadlessShell> {
  if (!existsSync(path.join(repoRoot, 'out', 'main', 'cli.js'))) {
    throw new Error('out/main/cli.js is missing: run `npm run build` before the E2E tests.');
  }
  const dataDir = reuseDataDir ?? (await mkdtemp(path.join(tmpdir(), 'counterpart-e2e-')));
  const child = spawn(process.execPath, ['scripts/counterpart.mjs', 'serve', '--port', '0'], {
    cwd: repoRoot,
    env: { ...process.env, ...extraEnv, COUNTERPART_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 5_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 2_000);
      }
    }
    if (!reuseDataDir) await rm(dataDir, { recursive: true, force: true });
  };
  const kill = async () => {
    child.kill('SIGKILL');
    await waitForExit(child, 5_000);
  };

  const links: string[] = [];
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`counterpart serve printed no URL within 30 s. Output:\n${output.join('')}`)),
        START_TIMEOUT_MS,
      );
      const lines = createInterface({ input: child.stdout! });
      lines.on('line', (line) => {
        output.push(`${line}\n`);
        const match = READY_PATTERN.exec(line);
        if (match) {
          links.push(match[0]);
          clearTimeout(timer);
          resolve(match[0]);
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`counterpart serve exited early (code ${code}, signal ${signal}). Output:\n${output.join('')}`));
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    const token = (await readFile(path.join(dataDir, 'serve-token'), 'utf8')).trim();
    return { url, latestUrl: () => links.at(-1)!, origin: new URL(url).origin, token, dataDir, pid: child.pid!, stop, kill };
  } catch (error) {
    await stop();
    throw error;
  }
}

type Result<T> = { ok: true; value: T } | { ok: false; error: { message: string } };

/** Calls one contract channel over the shell's HTTP transport; throws when the result is an error. */
export async function rpc<T>(request: APIRequestContext, shell: HeadlessShell, channel: string, input: unknown = {}): Promise<T> {
  const res = await request.post(`${shell.origin}/rpc/${channel}`, { headers: { Authorization: `Bearer ${shell.token}` }, data: input });
  const body = (await res.json()) as Result<T>;
  if (!body.ok) throw new Error(`${channel}: ${body.error.message}`);
  return body.value;
}
