/**
 * Runs the fake OpenAI-compatible server (main/testing/fake-openai/run-server.ts) as its own
 * process and scripts its replies through the control endpoint.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { FakeReply } from '../../main/testing/fake-openai/fake-openai-server';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A running fake model server. */
export type FakeOpenAIProcess = {
  /** `http://127.0.0.1:<port>/v1` */
  baseUrl: string;
  script(...replies: FakeReply[]): Promise<void>;
  completions(): Promise<number>;
  /** How many embeddings requests the fake answered or refused. */
  embeddings(): Promise<number>;
  stop(): Promise<void>;
};

/** Starts the fake model server and waits for its address line. */
export async function startFakeOpenAI(): Promise<FakeOpenAIProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/testing/fake-openai/run-server.ts'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const { baseUrl, controlUrl } = await new Promise<{ baseUrl: string; controlUrl: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the fake OpenAI server did not start in 30 s')), 30_000);
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve(JSON.parse(line) as { baseUrl: string; controlUrl: string });
    });
    child.once('exit', (code) => reject(new Error(`the fake OpenAI server exited (${code})`)));
  });
  return {
    baseUrl,
    async script(...replies) {
      const res = await fetch(`${controlUrl}/script`, { method: 'POST', body: JSON.stringify({ replies }) });
      if (!res.ok) throw new Error(`/script: ${await res.text()}`);
    },
    async completions() {
      const res = await fetch(`${controlUrl}/requests`);
      return ((await res.json()) as { completions: number }).completions;
    },
    async embeddings() {
      const res = await fetch(`${controlUrl}/requests`);
      return ((await res.json()) as { embeddings: number }).embeddings;
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
