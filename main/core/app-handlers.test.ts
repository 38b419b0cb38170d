import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../contract/schemas';
import { createTestCore, type TestCore } from '../testing/test-core';

describe('getAppInfo', () => {
  const cores: TestCore[] = [];
  afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

  it('reports how the desktop shell protects secrets, and nothing when the shell does not say', async () => {
    const desktop = createTestCore({ secretStorage: 'weak' });
    const headless = createTestCore();
    cores.push(desktop, headless);
    expect(await desktop.call<AppInfo>('getAppInfo')).toMatchObject({ secretStorage: 'weak' });
    expect(await headless.call<AppInfo>('getAppInfo')).not.toHaveProperty('secretStorage');
  });
});
