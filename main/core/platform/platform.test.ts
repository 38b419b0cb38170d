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
    expect(settings.get()).toEqual({ operatorName: 'Owner' });
    settings.update({ operatorName: 'Marta' });
    expect(createConfSettings(dir).get().operatorName).toBe('Marta');
    expect(() => settings.update({ operatorName: '' })).toThrow();
    expect(createConfSettings(dir).get().operatorName).toBe('Marta');
  });

  it('remembers each of the six UI languages and refuses any other', () => {
    const dir = temp();
    const settings = createConfSettings(dir);
    for (const language of ['es', 'pt-BR', 'id', 'vi', 'hi', 'en'] as const) {
      settings.update({ uiLanguage: language });
      expect(createConfSettings(dir).get().uiLanguage).toBe(language);
    }
    settings.update({ uiLanguage: 'vi' });
    // 'pt' is a customer language; the UI's Portuguese is Brazilian ('pt-BR').
    for (const other of ['pt', 'fr', 'HI', '']) {
      expect(() => settings.update({ uiLanguage: other as 'en' })).toThrow();
    }
    expect(createConfSettings(dir).get().uiLanguage).toBe('vi');
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
