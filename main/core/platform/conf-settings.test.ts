import { describe, expect, it } from 'vitest';
import { settingsOver, type KeyValueBackend } from './conf-settings';

/** A backend that counts how often the store (for `conf`: the file) is read. */
function countingBackend(): KeyValueBackend & { reads: number } {
  let store: Record<string, unknown> = { operatorName: 'Marta' };
  return {
    reads: 0,
    get store() {
      this.reads += 1;
      return store;
    },
    set(values) {
      store = { ...store, ...values };
    },
  };
}

describe('settings over a backend', () => {
  it('reads the backend once, not on every get (every draft reads the settings)', () => {
    const backend = countingBackend();
    const settings = settingsOver(backend);
    for (let i = 0; i < 50; i++) expect(settings.get().operatorName).toBe('Marta');
    expect(backend.reads).toBe(1);
    settings.update({ operatorName: 'Ana' });
    expect(settings.get().operatorName).toBe('Ana');
    expect(backend.reads).toBe(1);
    // A caller changing what it got does not change the store.
    settings.get().operatorName = 'changed';
    expect(settings.get().operatorName).toBe('Ana');
  });
});
