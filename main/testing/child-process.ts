/**
 * Test support: a TypeScript entry (the `counterpart` CLI, a test script) run under tsx as its
 * own process, so a test can hold something in another process and kill it like a crash would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from './test-core';

/** A running child: its pid, the line that said it was ready, and how to end it. */
export type Child = {
  pid: number;
  line: string;
  /** Sends `signal` and waits for the process to be gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
};

/**
 * Starts `node --import tsx <args>` in the repository and waits up to 30 s for a stdout line
 * matching `ready` (the process may have ended since). Its stderr is passed through so a
 * failure shows why.
 */
export async function startChild(args: string[], ready: RegExp): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${args.join(' ')} printed no ${ready} in 30 s`)), 30_000);
      createInterface({ input: child.stdout! }).on('line', (text) => {
        if (!ready.test(text)) return;
        clearTimeout(timer);
        resolve(text);
      });
      // 'close' comes after the last line was read ('exit' may come before it).
      child.once('close', (code) => {
        clearTimeout(timer);
        reject(new Error(`${args.join(' ')} exited (${code}) before it was ready`));
      });
    });
    return { pid: child.pid!, line, kill: (signal = 'SIGKILL') => kill(child, signal) };
  } catch (error) {
    await kill(child, 'SIGKILL');
    throw error;
  }
}

async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await gone;
}
