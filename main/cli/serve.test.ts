import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../core/platform/logger';
import { startHttpShell, type HttpShell } from '../server/http-shell';
import { issueToken, TOKEN_FILE } from '../server/token';
import { startChild, type Child } from '../testing/child-process';
import { createTestCore, REPO_ROOT, type TestCore } from '../testing/test-core';
import { runKnowledge, type KnowledgeIo } from './knowledge-command';
import { runServe } from './serve';

describe('counterpart serve', () => {
  let t: TestCore | undefined;
  let running: HttpShell | undefined;
  const children: Child[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    for (const child of children.splice(0)) await child.kill();
    await running?.close();
    running = undefined;
    t?.dispose();
    t = undefined;
    dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
  });
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'counterpart-serve-'));
    dirs.push(dir);
    return dir;
  };
  const captureConsole = () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    vi.spyOn(console, 'log').mockImplementation(() => {});
    return errors;
  };

  it('started on a busy port says so, writes no token and lets go of its data folder', async () => {
    t = createTestCore();
    running = await startHttpShell({ dispatch: t.dispatch, bus: t.core.bus, logger: t.core.logger, token: issueToken(t.dataDir), rendererDir: t.dataDir, port: 0 });
    const errors = captureConsole();
    const other = folder();

    expect(await runServe({ port: running.port, dataDir: other, logger: silentLogger() })).toBe(1);
    expect(errors).toEqual([`Port ${running.port} is already in use (is Counterpart already running?); choose another with --port.`]);
    expect(existsSync(join(other, TOKEN_FILE))).toBe(false);
    // Its core was closed: the folder opens again.
    createTestCore({ dataDir: other }).close();
  });

  it('started on a folder the app already runs on says who runs it in one line and leaves its token file alone', async () => {
    t = createTestCore();
    const token = issueToken(t.dataDir);
    const errors = captureConsole();

    expect(await runServe({ port: 0, dataDir: t.dataDir, logger: silentLogger() })).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^Counterpart is already running on ${t.dataDir} \\(counterpart test core, pid ${process.pid}, since `));
    expect(readFileSync(join(t.dataDir, TOKEN_FILE), 'utf8').trim()).toBe(token);
  });

  it('refuses serve and knowledge import while another process serves the folder; the import works once that process is killed', async () => {
    const dir = folder();
    const child = await startChild(['main/cli/cli.ts', 'serve', '--port', '0', '--data-dir', dir], /^Counterpart is ready: /);
    children.push(child);
    const url = /^Counterpart is ready: (http:\/\/127\.0\.0\.1:\d+\/)\?token=(.+)$/.exec(child.line)!;
    const apiToken = readFileSync(join(dir, TOKEN_FILE), 'utf8').trim();
    // The printed link carries a one-time code, not the API token the file keeps.
    expect(apiToken).not.toBe(url[2]);
    const holder = `^Counterpart is already running on ${dir} \\(headless shell, pid ${child.pid}, ${url[1]}, since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\)`;
    const errors = captureConsole();

    expect(await runServe({ port: 0, dataDir: dir, logger: silentLogger() })).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`${holder}$`));
    expect(readFileSync(join(dir, TOKEN_FILE), 'utf8').trim()).toBe(apiToken);

    const out: string[] = [];
    const err: string[] = [];
    const io: KnowledgeIo = { out: (line) => out.push(line), err: (line) => err.push(line), confirm: () => null };
    const demo = join(REPO_ROOT, 'assets', 'demo-shop');
    expect(await runKnowledge(['import', demo, '--yes', '--data-dir', dir], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(new RegExp(`${holder}; quit it first\\.$`));

    // A crash (SIGKILL) of the running shell leaves nothing to clean up.
    await child.kill('SIGKILL');
    expect(await runKnowledge(['import', demo, '--yes', '--data-dir', dir], io)).toBe(0);
    expect(out.at(-1)).toBe('Imported.');
  });
});
