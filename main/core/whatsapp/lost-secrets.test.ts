import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WhatsAppStatus } from '../../contract/whatsapp-schemas';
import { createFileSecretStore } from '../../node/file-secret-store';
import { fakeSocketFactory, ManualTimers } from '../../testing/fake-whatsapp/fake-socket';
import { createWhatsAppTestCore, type WhatsAppTestCore } from '../../testing/fake-whatsapp/whatsapp-test-core';
import { FakeClock } from '../../testing/test-core';

/** A core on `dataDir` with the headless file secret store and a fake WhatsApp socket. */
function boot(dataDir = mkdtempSync(join(tmpdir(), 'counterpart-lost-secrets-'))) {
  const clock = new FakeClock();
  const sockets = fakeSocketFactory();
  const t = createWhatsAppTestCore({
    clock,
    dataDir,
    // The real headless store in the core's own folder, so the test can delete or damage it.
    secrets: createFileSecretStore(dataDir),
    whatsapp: { socketFactory: sockets.factory, timers: new ManualTimers(clock), random: () => 0.5, sleep: async (ms) => clock.advance(ms) },
  });
  return { t, sockets };
}

const authRows = (t: WhatsAppTestCore) => (t.core.db.prepare('SELECT COUNT(*) AS n FROM wa_auth').get() as { n: number }).n;
const credsRow = (t: WhatsAppTestCore) => (t.core.db.prepare("SELECT data FROM wa_auth WHERE kind = 'creds'").get() as { data: Uint8Array }).data;
const audit = async (t: WhatsAppTestCore) =>
  (await t.call<{ items: Array<{ action: string; detail: Record<string, unknown> }> }>('listAudit')).items;

describe('a lost or damaged secrets file never silently deletes the WhatsApp link', () => {
  const cores: WhatsAppTestCore[] = [];
  let dir = '';
  afterEach(() => {
    cores.splice(0).forEach((t) => t.close());
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Links WhatsApp, saves a model key, and closes: the folder as an owner's install leaves it. */
  const linkedFolder = async () => {
    const { t, sockets } = boot();
    dir = t.dataDir;
    await t.call('connectWhatsApp', { method: 'qr' });
    sockets.latest().pair();
    await new Promise((resolve) => setImmediate(resolve));
    sockets.latest().open();
    expect((await t.call<WhatsAppStatus>('getWhatsAppStatus')).state).toBe('connected');
    await t.call('saveModelConfig', { provider: 'custom', baseUrl: 'http://127.0.0.1:9/v1', model: 'm', apiKey: 'sk-kept' });
    const rows = authRows(t);
    expect(rows).toBeGreaterThan(0);
    t.close();
    return { rows, secrets: readFileSync(join(dir, 'secrets.json'), 'utf8') };
  };
  const restart = async () => {
    const booted = boot(dir);
    cores.push(booted.t);
    await booted.t.core.start();
    return booted;
  };

  it('deleted: keeps the keys, says so, audits it; restoring the file brings the link back', async () => {
    const before = await linkedFolder();
    rmSync(join(dir, 'secrets.json'));

    const { t, sockets } = await restart();
    const status = await t.call<WhatsAppStatus>('getWhatsAppStatus');
    expect(status).toMatchObject({ state: 'keys_unavailable', keysIssue: 'missing', detail: expect.stringContaining('link again') });
    expect(authRows(t)).toBe(before.rows);
    expect(sockets.sockets).toHaveLength(0);
    expect(await audit(t)).toContainEqual(expect.objectContaining({ action: 'whatsapp.keys_unavailable', detail: { issue: 'missing', rowsKept: true } }));
    expect(t.notifications.map((n) => n.title)).toContain('WhatsApp keys cannot be opened');
    t.close();

    // The owner restores the file from a backup: the same link reconnects, no new QR.
    writeFileSync(join(dir, 'secrets.json'), before.secrets, { mode: 0o600 });
    const restored = await restart();
    expect((await restored.t.call<WhatsAppStatus>('getWhatsAppStatus')).state).toBe('connecting');
    expect(restored.sockets.sockets).toHaveLength(1);
    expect(authRows(restored.t)).toBe(before.rows);
  });

  it('damaged: the file is not overwritten silently; a new key or a new link writes a new one and keeps a copy', async () => {
    const before = await linkedFolder();
    const damaged = before.secrets.slice(0, 20);
    writeFileSync(join(dir, 'secrets.json'), damaged);

    const { t, sockets } = await restart();
    expect(await t.call<WhatsAppStatus>('getWhatsAppStatus')).toMatchObject({ state: 'keys_unavailable', keysIssue: 'unreadable' });
    expect(authRows(t)).toBe(before.rows);
    expect(await audit(t)).toContainEqual(expect.objectContaining({ action: 'whatsapp.keys_unavailable', detail: { issue: 'unreadable', rowsKept: true } }));
    // The model settings stay usable and the model channels answer with a value, not a 500.
    expect(await t.dispatch('getModelConfig', {})).toMatchObject({ ok: true, value: { hasApiKey: false, apiKeyUnreadable: true } });
    expect(await t.dispatch('testModelConnection', {})).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('API key') } });
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).toBe(damaged);

    // Typing the key again works; the damaged file is kept aside before the new one is written.
    expect(await t.dispatch('saveModelConfig', { provider: 'custom', baseUrl: 'http://127.0.0.1:9/v1', model: 'm', apiKey: 'sk-again' })).toMatchObject({
      ok: true,
      value: { hasApiKey: true, apiKeyUnreadable: false },
    });
    const copies = readdirSync(dir).filter((name) => name.startsWith('secrets.json.unreadable-'));
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(dir, copies[0]!), 'utf8')).toBe(damaged);
    expect(statSync(join(dir, copies[0]!)).mode & 0o777).toBe(0o600);
    expect(authRows(t)).toBe(before.rows);
    const oldCreds = credsRow(t);

    // The way out for WhatsApp: link again. Only now are the old rows replaced.
    await t.call('connectWhatsApp', { method: 'qr' });
    expect((await t.call<WhatsAppStatus>('getWhatsAppStatus')).state).toBe('linking');
    expect(sockets.sockets).toHaveLength(1);
    expect(Buffer.from(credsRow(t)).equals(Buffer.from(oldCreds))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8'))).toMatchObject({ 'model.apiKey': 'sk-again', 'whatsapp.authDataKey': expect.any(String) });
    expect(existsSync(join(dir, 'secrets.json.tmp'))).toBe(false);
  });
});
