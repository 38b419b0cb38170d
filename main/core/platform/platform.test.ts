import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Conf from 'conf';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileSecretStore } from '../../node/file-secret-store';
import { createFileSettings } from './conf-settings';
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

  it('persists settings and refuses invalid values', () => {
    const dir = temp();
    const settings = createFileSettings(dir);
    expect(settings.get()).toEqual({ operatorName: 'Owner' });
    settings.update({ operatorName: 'Marta' });
    expect(createFileSettings(dir).get().operatorName).toBe('Marta');
    expect(() => settings.update({ operatorName: '' })).toThrow();
    expect(createFileSettings(dir).get().operatorName).toBe('Marta');
  });

  it('keeps settings.json in the format conf (and electron-store) read and write', () => {
    const dir = temp();
    const file = join(dir, 'settings.json');
    const conf = () => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'counterpart', configFileMode: 0o600 });
    // Written here, read by conf: the same values, tab-indented as conf writes them, 0600.
    createFileSettings(dir).update({ operatorName: 'Marta', uiLanguage: 'es' });
    expect(conf().store).toEqual({ operatorName: 'Marta', uiLanguage: 'es' });
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify({ operatorName: 'Marta', uiLanguage: 'es' }, undefined, '\t'));
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    // A file with conf's bookkeeping key (conf writes it when it runs migrations), read and
    // updated here: the bookkeeping is no setting, and it stays.
    writeFileSync(file, JSON.stringify({ operatorName: 'Ana', __internal__: { migrations: { version: '1.0.0' } } }, undefined, '\t'));
    const settings = createFileSettings(dir);
    expect(settings.get()).toEqual({ operatorName: 'Ana' });
    settings.update({ uiLanguage: 'vi' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ operatorName: 'Ana', uiLanguage: 'vi', __internal__: { migrations: { version: '1.0.0' } } });
    expect(conf().store).toEqual({ operatorName: 'Ana', uiLanguage: 'vi' });
    // A byte order mark (a text editor's) is skipped; a damaged file names itself, not its text.
    writeFileSync(file, '\uFEFF{"operatorName":"Bo"}');
    expect(createFileSettings(dir).get().operatorName).toBe('Bo');
    writeFileSync(file, '{"operatorName":"secret text');
    expect(() => createFileSettings(dir).get()).toThrow(/settings\.json` is not valid JSON\.$/);
  });

  it('remembers each of the six UI languages and refuses any other', () => {
    const dir = temp();
    const settings = createFileSettings(dir);
    for (const language of ['es', 'pt-BR', 'id', 'vi', 'hi', 'en'] as const) {
      settings.update({ uiLanguage: language });
      expect(createFileSettings(dir).get().uiLanguage).toBe(language);
    }
    settings.update({ uiLanguage: 'vi' });
    // 'pt' is a customer language; the UI's Portuguese is Brazilian ('pt-BR').
    for (const other of ['pt', 'fr', 'HI', '']) {
      expect(() => settings.update({ uiLanguage: other as 'en' })).toThrow();
    }
    expect(createFileSettings(dir).get().uiLanguage).toBe('vi');
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
