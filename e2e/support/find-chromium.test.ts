import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium';

describe('findChromium', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  /** Real files standing in for browser binaries: only their existence is checked. */
  const files = (...names: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-chromium-'));
    dirs.push(dir);
    return names.map((name) => {
      writeFileSync(join(dir, name), '');
      return join(dir, name);
    });
  };

  it('takes CHROMIUM_PATH, then PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, then the usual install paths', () => {
    const [mine, playwrights, installed] = files('mine', 'playwrights', 'installed');
    const usual = ['/nonexistent/chromium', installed!];
    expect(findChromium({ CHROMIUM_PATH: mine, PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: playwrights }, usual)).toBe(mine);
    expect(findChromium({ PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: playwrights }, usual)).toBe(playwrights);
    expect(findChromium({}, usual)).toBe(installed);
  });

  it('says what to install when the variable points nowhere or nothing is installed', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nonexistent/chrome' })).toThrow(/No Chromium at \/nonexistent\/chrome \(from CHROMIUM_PATH\)\. Install it \(Debian\/Ubuntu: apt-get install -y chromium\)/);
    expect(() => findChromium({}, ['/nonexistent/a', '/nonexistent/b'])).toThrow(/No Chromium found in \/nonexistent\/a, \/nonexistent\/b\. Install it \(Debian\/Ubuntu: apt-get install -y chromium\)/);
  });
});
