import { readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
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

  it('builds per-user NSIS, dmg+zip and AppImage+deb for the architectures shops use', async () => {
    const config = await load();
    const targets = (platform: unknown) =>
      ((platform as { target: { target: string; arch: string[] }[] }).target ?? []).map((t) => `${t.target}:${[...t.arch].sort().join('+')}`);
    expect(targets(config.win)).toEqual(['nsis:arm64+x64']);
    expect(targets(config.mac)).toEqual(['dmg:arm64+x64', 'zip:arm64+x64']);
    expect(targets(config.linux)).toEqual(['AppImage:x64', 'deb:x64']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false, deleteAppDataOnUninstall: false });
    expect(config.mac).toMatchObject({ hardenedRuntime: true, notarize: true });
    // The entitlements file exists, is a plist and grants the JIT but no debugger or DYLD bypass.
    const entitlements = readFileSync(join(REPO_ROOT, String(config.mac?.entitlements)), 'utf8');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
    expect(entitlements).not.toMatch(/get-task-allow|allow-dyld-environment-variables|disable-library-validation/);
  });

  it('publishes in one place (a draft GitHub release with update channels), and holds no secret', async () => {
    const config = await load();
    expect(config.publish).toMatchObject({ provider: 'github', releaseType: 'draft' });
    expect(config.detectUpdateChannel).toBe(true);
    // Publishing is configured only at the top level: a per-platform `publish` would split it.
    for (const platform of [config.mac, config.win, config.linux, config.nsis]) expect((platform as { publish?: unknown }).publish).toBeUndefined();
    const raw = readFileSync(join(REPO_ROOT, 'electron-builder.yml'), 'utf8');
    // Signing comes from the environment only.
    for (const key of ['cscLink', 'cscKeyPassword', 'certificatePassword', 'certificateFile', 'token:', 'appleIdPassword', 'keychain:']) expect(raw, key).not.toContain(key);
  });

  it('packages only what the app runs: Baileys\' optional media helpers (sharp…) and tests are left out', async () => {
    const config = await load();
    // getConfig normalises `files` into one { filter: [...] } set.
    const files = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    const included = (path: string): boolean => {
      // electron-builder copies production dependencies on its own; the patterns can only remove them.
      let keep = path.startsWith('node_modules/');
      for (const pattern of files) {
        const negate = pattern.startsWith('!');
        if (matchesGlob(path, negate ? pattern.slice(1) : pattern)) keep = !negate;
      }
      return keep;
    };
    for (const path of ['out/main/index.js', 'out/renderer/index.html', 'assets/demo-shop/catalog.csv', 'package.json', 'node_modules/baileys/lib/index.js', 'node_modules/whatsapp-rust-bridge/dist/index.js']) expect(included(path), path).toBe(true);
    for (const path of ['node_modules/sharp/lib/index.js', 'node_modules/@img/sharp-libvips-linux-x64/lib/libvips.so', 'node_modules/jimp/dist/index.js', 'node_modules/link-preview-js/build/index.js', 'node_modules/audio-decode/audio-decode.js', 'out/main/a.test.js', 'src/main.ts'])
      expect(included(path), path).toBe(false);
    // Baileys still loads them lazily and survives their absence: the exclusion is only safe while that holds.
    const media = readFileSync(join(REPO_ROOT, 'node_modules', 'baileys', 'lib', 'Utils', 'messages-media.js'), 'utf8');
    expect(media).toMatch(/import\('sharp'\)\.catch\(/);
  });
});
