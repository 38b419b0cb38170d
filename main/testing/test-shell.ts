/**
 * Test support: the real headless shell over a test core, with a logger that keeps what was
 * logged at warn level or above, and the links it announced after each one was used.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { startHttpShell, type HttpShell } from '../server/http-shell';
import { issueToken } from '../server/token';
import { call, type Reply } from './http-call';
import { createTestCore, type TestCore } from './test-core';

/** A running shell and what it logged. */
export type TestShell = {
  t: TestCore;
  shell: HttpShell;
  port: number;
  /** The API token (as in the `serve-token` file). */
  token: string;
  /** Log lines at warn level or above (JSON). */
  logged: string[];
  /** Links announced after a browser spent the previous one. */
  links: string[];
  /** `POST /rpc/<channel>` with the API token (or `auth` as the Authorization header). */
  rpc(channel: string, body: string, auth?: string): Promise<Reply>;
  close(): Promise<void>;
};

/** Starts a shell with a stand-in renderer (index.html and one asset). */
export async function startTestShell(): Promise<TestShell> {
  const t = createTestCore();
  const rendererDir = join(t.dataDir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Counterpart</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const token = issueToken(t.dataDir);
  const logged: string[] = [];
  const links: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => void logged.push(line) });
  const shell = await startHttpShell({ dispatch: t.dispatch, bus: t.core.bus, logger, token, rendererDir, port: 0, onLinkUsed: (link) => links.push(link) });
  return {
    t,
    shell,
    port: shell.port,
    token,
    logged,
    links,
    rpc: (channel, body, auth = `Bearer ${token}`) =>
      call(shell.port, `/rpc/${channel}`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body }),
    close: async () => {
      await shell.close();
      t.dispose();
    },
  };
}
