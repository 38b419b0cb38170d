import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileSecretStore } from '../../node/file-secret-store';
import { createConfSettings } from './conf-settings';
import { defaultAppDataDir, resolveDataDir } from './data-dir';

describe('platform adapters', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const temp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-plat-'));
    dirs.push(dir);
    return dir;
  };

  it('resolves the data folder from COUNTERPART_DATA_DIR first', () => {
    expect(resolveDataDir({ COUNTERPART_DATA_DIR: '/tmp/x' }, '/electron/default')).toBe('/tmp/x');
    expect(resolveDataDir({}, '/electron/default')).toBe('/electron/default');
    expect(defaultAppDataDir('linux', { XDG_CONFIG_HOME: '/home/a/.config' })).toBe('/home/a/.config/Counterpart');
    // XDG: an empty or relative value is ignored (it would put the data in the current folder).
    for (const value of ['', '   ', 'relative/config']) {
      expect(defaultAppDataDir('linux', { XDG_CONFIG_HOME: value })).toBe(join(homedir(), '.config', 'Counterpart'));
    }
    expect(defaultAppDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toMatch(/Counterpart$/);
  });

  it('persists settings with conf and refuses invalid values', () => {
    const dir = temp();
    const settings = createConfSettings(dir);
    expect(settings.get()).toEqual({ operatorName: 'Owner', uiLanguage: 'en' });
    settings.update({ operatorName: 'Marta' });
    expect(createConfSettings(dir).get().operatorName).toBe('Marta');
    expect(() => settings.update({ operatorName: '' })).toThrow();
    expect(createConfSettings(dir).get().operatorName).toBe('Marta');
  });

  it('keeps headless secrets in a file only the user can read', async () => {
    const dir = temp();
    const secrets = createFileSecretStore(dir);
    expect(await secrets.get('openai')).toBeNull();
    await secrets.set('openai', 'sk-test');
    expect(await createFileSecretStore(dir).get('openai')).toBe('sk-test');
    expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    await secrets.delete('openai');
    expect(await secrets.get('openai')).toBeNull();
  });
});
