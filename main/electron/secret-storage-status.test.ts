import { describe, expect, it } from 'vitest';
import { secretStorageStatus } from './secret-storage-status';

describe('secretStorageStatus', () => {
  it('Linux without a keyring (basic_text, a key built into Chromium) is weak, and so is an unreported backend', () => {
    expect(secretStorageStatus({ platform: 'linux', encryptionAvailable: true, backend: 'basic_text' })).toBe('weak');
    expect(secretStorageStatus({ platform: 'linux', encryptionAvailable: true, backend: 'unknown' })).toBe('weak');
    expect(secretStorageStatus({ platform: 'linux', encryptionAvailable: true })).toBe('weak');
  });

  it('Linux with libsecret or KWallet, macOS and Windows use the OS keychain', () => {
    for (const backend of ['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']) {
      expect(secretStorageStatus({ platform: 'linux', encryptionAvailable: true, backend }), backend).toBe('os');
    }
    expect(secretStorageStatus({ platform: 'darwin', encryptionAvailable: true })).toBe('os');
    expect(secretStorageStatus({ platform: 'win32', encryptionAvailable: true })).toBe('os');
  });

  it('no encryption at all is unavailable, whatever the backend', () => {
    expect(secretStorageStatus({ platform: 'linux', encryptionAvailable: false, backend: 'gnome_libsecret' })).toBe('unavailable');
    expect(secretStorageStatus({ platform: 'darwin', encryptionAvailable: false })).toBe('unavailable');
  });
});
