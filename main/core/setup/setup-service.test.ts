import { DatabaseSync } from 'node:sqlite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SetupProgress } from '../../contract/staff-schemas';
import { createTestCore, FakeClock, type TestCore } from '../../testing/test-core';
import { MIGRATIONS } from '../storage/migrations';
import { openDatabase } from '../storage/database';
import { SetupService } from './setup-service';

const cores: TestCore[] = [];
const dirs: string[] = [];
afterEach(() => {
  cores.splice(0).forEach((c) => c.dispose());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** A database left by a version before the wizard (migration 11), with or without knowledge. */
function upgradedFrom11(withKnowledge: boolean): SetupProgress {
  const dir = mkdtempSync(join(tmpdir(), 'cp-setup-'));
  dirs.push(dir);
  const file = join(dir, 'old.db');
  const old = new DatabaseSync(file);
  for (const m of MIGRATIONS.filter((m) => m.version <= 11)) old.exec(m.sql);
  old.exec('PRAGMA user_version = 11');
  if (withKnowledge) old.exec("INSERT INTO faqs (id, question, answer, kind, updated_at) VALUES ('hours', 'Hours?', '9 to 5.', 'info', 0)");
  old.close();
  const db = openDatabase(file);
  try {
    return new SetupService(db, new FakeClock()).get();
  } finally {
    db.close();
  }
}

describe('setup progress', () => {
  it('opens the wizard on a fresh data folder, and never on an install that already had knowledge', () => {
    expect(upgradedFrom11(false)).toEqual({ step: 'profile', steps: {}, finished: false });
    expect(upgradedFrom11(true).finished).toBe(true);
  });

  it('resumes where it was left after a restart, keeps skipped steps, and finishes', async () => {
    const first = createTestCore();
    cores.push(first);
    expect(await first.call<SetupProgress>('getSetup')).toMatchObject({ step: 'profile', finished: false });
    await first.call('saveSetup', { step: 'profile', state: 'done' });
    const after = await first.call<SetupProgress>('saveSetup', { step: 'knowledge', state: 'skipped' });
    expect(after).toEqual({ step: 'staff', steps: { profile: 'done', knowledge: 'skipped' }, finished: false });
    first.close();

    const again = createTestCore({ dataDir: first.dataDir });
    cores.push(again);
    expect(await again.call<SetupProgress>('getSetup')).toEqual(after);
    const done = await again.call<SetupProgress>('saveSetup', { step: 'practice', state: 'done', finish: true });
    expect(done.finished).toBe(true);
    const restarted = await again.call<SetupProgress>('restartSetup');
    expect(restarted).toMatchObject({ step: 'profile', finished: false, steps: { profile: 'done', knowledge: 'skipped', practice: 'done' } });
  });
});
