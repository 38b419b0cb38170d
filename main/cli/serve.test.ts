import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../core/platform/logger';
import { startHttpShell, type HttpShell } from '../server/http-shell';
import { issueToken, TOKEN_FILE } from '../server/token';
import { createTestCore, type TestCore } from '../testing/test-core';
import { runServe } from './serve';

describe('counterpart serve', () => {
  let t: TestCore;
  let running: HttpShell;
  afterEach(async () => {
    vi.restoreAllMocks();
    await running?.close();
    t?.dispose();
  });

  it('started again on a busy port says so and leaves the running shell its token file', async () => {
    t = createTestCore();
    const token = issueToken(t.dataDir);
    running = await startHttpShell({ dispatch: t.dispatch, bus: t.core.bus, logger: t.core.logger, token, rendererDir: t.dataDir, port: 0 });
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    vi.spyOn(console, 'log').mockImplementation(() => {});

    expect(await runServe({ port: running.port, dataDir: t.dataDir, logger: silentLogger() })).toBe(1);
    expect(errors).toEqual([`Port ${running.port} is already in use (is Counterpart already running?); choose another with --port.`]);
    expect(readFileSync(join(t.dataDir, TOKEN_FILE), 'utf8').trim()).toBe(token);
  });
});
