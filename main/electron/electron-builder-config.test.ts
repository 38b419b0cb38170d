import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../testing/test-core';

/** The security fuses the packaged app must ship with (security review 2026-12-07, M5). */
const FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

describe('electron-builder.yml', () => {
  // Loaded and validated by electron-builder's own code, as `npx electron-builder` would.
  const load = () => getConfig(REPO_ROOT, null, null);

  it('passes electron-builder 26 schema validation, and the validation rejects a misspelt fuse', async () => {
    const config = await load();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsnode: false } };
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  });

  it('turns the security fuses on, by names the installed schema defines', async () => {
    const config = await load();
    expect(config.electronFuses).toEqual(FUSES);
    // onlyLoadAppFromAsar needs the app packed as an asar.
    expect(config.asar).not.toBe(false);
    const scheme = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as {
      definitions: { FuseOptionsV1: { properties: Record<string, { type: string }> } };
    };
    for (const name of Object.keys(FUSES)) expect(scheme.definitions.FuseOptionsV1.properties[name]?.type, name).toBe('boolean');
  });
});
