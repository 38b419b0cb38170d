/**
 * How well the desktop app's secrets (the model API key, the WhatsApp data key) are protected
 * at rest, decided from what Electron's safeStorage reports — a plain function so a test can
 * cover every case without Electron.
 *
 * On Linux safeStorage picks a backend from the desktop session: GNOME libsecret or KWallet
 * encrypt with a key the keyring keeps; without one it silently falls back to `basic_text`,
 * which encrypts with a key hard-coded in Chromium — anyone who can read the data folder can
 * decrypt the secrets. The owner is told (Assistant settings), rather than the app refusing
 * to run on such a machine.
 */
import type { SecretStorage } from '../contract/schemas';

/** What Electron reports: `backend` is `safeStorage.getSelectedStorageBackend()` (Linux only). */
export type SafeStorageReport = {
  platform: NodeJS.Platform;
  encryptionAvailable: boolean;
  backend?: string;
};

/** The protection the owner is shown: the OS keychain, a weak fallback, or none. */
export function secretStorageStatus(report: SafeStorageReport): SecretStorage {
  if (!report.encryptionAvailable) return 'unavailable';
  if (report.platform !== 'linux') return 'os';
  switch (report.backend) {
    case 'basic_text':
      return 'weak';
    case 'unknown':
    case undefined:
      // Asked before the app was ready, or not reported: not known to be protected, so not
      // claimed to be.
      return 'weak';
    default:
      // gnome_libsecret, kwallet, kwallet5, kwallet6 — or a keyring newer than this code.
      return 'os';
  }
}
