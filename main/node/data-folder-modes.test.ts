import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core/composition';
import { MODEL_KEY_SECRET } from '../core/assistant/model/model-config';
import { silentLogger } from '../core/platform/logger';
import { createNodeCore } from './node-core';

const posix = process.platform !== 'win32';
const mode = (path: string) => statSync(path).mode & 0o777;

describe.runIf(posix)('data folder modes (real files)', () => {
  const roots: string[] = [];
  const cores: Core[] = [];
  const previousUmask = process.umask(0o022);
  afterEach(() => {
    cores.splice(0).forEach((core) => core.close());
    roots.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
    process.umask(previousUmask);
  });
  const root = () => {
    const dir = mkdtempSync(join(tmpdir(), 'counterpart-modes-'));
    roots.push(dir);
    return dir;
  };
  const open = (dataDir: string) => {
    const core = createNodeCore({ owner: { kind: 'command', command: 'eval' }, dataDir, logger: silentLogger() });
    cores.push(core);
    return core;
  };
  /** Every file the core writes: settings, model settings, secrets, database + WAL, lock. */
  const writeEverything = async (core: Core) => {
    core.settings.update({ operatorName: 'Mía' });
    core.modelConfig.set({ ...core.modelConfig.get(), provider: 'ollama', baseUrl: 'http://localhost:11434/v1', model: 'm' });
    await core.secrets.set(MODEL_KEY_SECRET, 'sk-test');
    core.audit.record('Mía', 'test.write', 'test');
  };

  it('creates a new nested data folder 0700 with every file in it 0600', async () => {
    process.umask(0o022);
    const dataDir = join(root(), 'nested', 'Counterpart');
    const core = open(dataDir);
    await writeEverything(core);
    expect(mode(dataDir)).toBe(0o700);
    const files = readdirSync(dataDir);
    for (const name of ['counterpart.db', 'counterpart.db-wal', 'counterpart.db-shm', 'counterpart.lock', 'counterpart.lock.json', 'settings.json', 'model.json', 'secrets.json']) {
      expect(files, name).toContain(name);
    }
    for (const name of files) expect([name, mode(join(dataDir, name)).toString(8)]).toEqual([name, '600']);
  });

  it('tightens an existing install made world-readable (folder 0755, files 0644) at start', async () => {
    process.umask(0o022);
    const dataDir = join(root(), 'Counterpart');
    const first = open(dataDir);
    await writeEverything(first);
    first.close();
    cores.splice(0);
    mkdirSync(join(dataDir, 'backups', 'old'), { recursive: true });
    writeFileSync(join(dataDir, 'backups', 'old', 'counterpart.db'), 'x');
    chmodSync(dataDir, 0o755);
    for (const name of readdirSync(dataDir)) {
      if (name === 'backups') continue;
      chmodSync(join(dataDir, name), 0o644);
    }
    chmodSync(join(dataDir, 'backups'), 0o755);
    chmodSync(join(dataDir, 'backups', 'old'), 0o755);
    chmodSync(join(dataDir, 'backups', 'old', 'counterpart.db'), 0o644);

    open(dataDir);
    expect(mode(dataDir)).toBe(0o700);
    for (const name of readdirSync(dataDir)) {
      if (name === 'backups') continue;
      expect([name, mode(join(dataDir, name)).toString(8)]).toEqual([name, '600']);
    }
    expect(mode(join(dataDir, 'backups'))).toBe(0o700);
    expect(mode(join(dataDir, 'backups', 'old'))).toBe(0o700);
    expect(mode(join(dataDir, 'backups', 'old', 'counterpart.db'))).toBe(0o600);
  });

  it('leaves files that are not Counterpart’s alone', () => {
    const dataDir = root();
    writeFileSync(join(dataDir, 'notes.txt'), 'mine');
    chmodSync(join(dataDir, 'notes.txt'), 0o644);
    open(dataDir);
    expect(mode(join(dataDir, 'notes.txt'))).toBe(0o644);
    expect(existsSync(join(dataDir, 'counterpart.db'))).toBe(true);
  });
});
