import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { SecretStorage } from '../../../../main/contract/schemas';
import { en } from '../../i18n/en';
import { es } from '../../i18n/es';
import { secretStorageNotice } from './secret-storage';

const MISSING = '\u0000missing';

describe('secret storage notice', () => {
  it('says nothing when the OS keychain protects the secrets or the shell does not report (headless)', () => {
    expect(secretStorageNotice('os')).toBeNull();
    expect(secretStorageNotice(undefined)).toBeNull();
  });

  it.each(['en', 'es'] as const)('warns about the weak fallback and a missing keychain in %s', async (lng) => {
    const instance = i18next.createInstance();
    await instance.init({ resources: { en: { translation: en }, es: { translation: es } }, lng, fallbackLng: false });
    const warned = SecretStorage.options.filter((status) => secretStorageNotice(status) !== null);
    expect(warned).toEqual(['weak', 'unavailable']);
    for (const status of warned) {
      const notice = secretStorageNotice(status)!;
      for (const key of [notice.title, notice.body]) expect(instance.t(key, { defaultValue: MISSING }), key).not.toBe(MISSING);
    }
    expect(instance.t(secretStorageNotice('weak')!.body)).toMatch(lng === 'en' ? /keyring/ : /llavero/);
  });
});
