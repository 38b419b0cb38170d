import type { SecretStorage } from '../../../../main/contract/schemas';

/** A notice's colour and its i18n keys. */
export type SecretStorageNotice = { color: 'orange' | 'red'; title: string; body: string };

/** The notice to show for a secret-storage status: none when the OS keychain protects the secrets. */
export function secretStorageNotice(status: SecretStorage | undefined): SecretStorageNotice | null {
  switch (status) {
    case undefined:
    case 'os':
      return null;
    case 'weak':
      return { color: 'orange', title: 'settings.secretStorage.weakTitle', body: 'settings.secretStorage.weak' };
    case 'unavailable':
      return { color: 'red', title: 'settings.secretStorage.unavailableTitle', body: 'settings.secretStorage.unavailable' };
    default: {
      const unknown: never = status;
      return unknown;
    }
  }
}
