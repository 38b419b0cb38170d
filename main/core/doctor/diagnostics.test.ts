import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueItem } from '../../contract/schemas';
import { createFileSecretStore } from '../../node/file-secret-store';
import { newToken, writeToken } from '../../server/token';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { MIGRATIONS } from '../storage/migrations';
import { collectDiagnostics, probeModelServer, scrub } from './diagnostics';

const API_KEY = 'sk-live-Zq8XhT3vN1pR6wK9mB2cL5yD';
const CUSTOMER_TEXT = 'Marmalade Zeppelin, call me on +34 612 345 678 or ana.ruiz@example.com';

describe('counterpart doctor', () => {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const clean of cleanups.splice(0).reverse()) await clean();
  });

  it('reports versions, folder, database, link, model and failures — and none of the secrets or customer text seeded', async () => {
    // A model server that answers 401 without a key, like the real ones.
    const server = createServer((_req, res) => void res.writeHead(401).end('{"error":"no key"}'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => server.close(resolve)));
    const { port } = server.address() as AddressInfo;

    const t: TestCore = createTestCore();
    cleanups.push(() => t.dispose());
    await t.call('loadDemoShop');
    await t.call('saveModelConfig', { provider: 'custom', baseUrl: `http://127.0.0.1:${port}/v1`, model: 'shop-model', apiKey: API_KEY });
    // What a real shell keeps in the folder: the key in the secrets file, the browser token.
    await createFileSecretStore(t.dataDir).set('model.apiKey', API_KEY);
    const token = newToken();
    writeToken(t.dataDir, token);
    await t.call('sendPracticeMessage', { customerName: 'Ana Ruiz', language: 'en', text: CUSTOMER_TEXT });
    await t.core.inbox.idle();
    const [item] = (await t.call<{ items: QueueItem[] }>('listQueue')).items;
    await t.call('approveDraft', { draftId: item!.draftId, text: `Hi Ana, ${CUSTOMER_TEXT}` });
    t.core.db.prepare("INSERT INTO wa_auth (kind, id, data) VALUES ('creds', 'creds', ?)").run(Buffer.from('secret-creds'));
    t.core.audit.record('assistant', 'message.failed', 'conversation:1', { error: 'not delivered to 34612345678@s.whatsapp.net: Marmalade Zeppelin' });
    const log = join(t.dataDir, 'shell.log');
    writeFileSync(
      log,
      [
        JSON.stringify({ level: 30, time: 1, msg: 'started' }),
        JSON.stringify({ level: 50, time: Date.UTC(2026, 11, 7), msg: 'send failed', text: CUSTOMER_TEXT, err: { type: 'Error', code: 'ECONNRESET', message: `${API_KEY} ${CUSTOMER_TEXT}` } }),
        'not json',
      ].join('\n'),
    );

    // While the core still runs on the folder, as an installer would run it beside the app.
    const text = await collectDiagnostics({ dataDir: t.dataDir, version: '1.2.3', now: Date.UTC(2026, 11, 7, 16), probeModel: probeModelServer, logFile: log });

    const latest = MIGRATIONS.at(-1)!.version;
    expect(text).toContain('Counterpart: 1.2.3');
    expect(text).toContain(`Node: ${process.versions.node}`);
    expect(text).toContain(`Location: ${t.dataDir}`);
    expect(text).toMatch(/Size: [\d.]+ (B|KB|MB) in \d+ files/);
    expect(text).toContain('Integrity: ok');
    expect(text).toContain(`Migration level: ${latest} of ${latest}`);
    expect(text).toMatch(/Products: [1-9]\d*/);
    expect(text).toContain('Link: linked');
    expect(text).toContain(`Server: http://127.0.0.1:${port}`);
    expect(text).toContain('Model: shop-model');
    expect(text).toContain('Reachable: yes (HTTP 401');
    expect(text).toContain('message.failed: 1 times');
    expect(text).toContain('send failed [Error ECONNRESET]');

    // "Copy diagnostics" in the app: the same text through the contract.
    const inApp = (await t.call<{ text: string }>('getDiagnostics')).text;
    expect(inApp).toContain('Integrity: ok');
    expect(inApp).toContain('Reachable: yes (HTTP 401');

    for (const secret of [API_KEY, 'Zq8XhT3vN1pR6wK9', token, 'Marmalade', 'Zeppelin', '612 345 678', '612345678', 'ana.ruiz@example.com', 'Ana Ruiz', 'secret-creds', 'Monstera']) {
      expect(text, secret).not.toContain(secret);
      expect(inApp, secret).not.toContain(secret);
    }
  });

  it('says what it cannot check: no database yet, model not probed offline', async () => {
    const t = createTestCore();
    cleanups.push(() => t.dispose());
    await t.call('saveModelConfig', { provider: 'custom', baseUrl: 'https://models.example.com/v1?key=abc', model: 'm' });
    const text = await collectDiagnostics({ dataDir: join(t.dataDir, 'missing'), version: '1.0.0', now: 0 });
    expect(text).toContain('State: does not exist');
    expect(text).toContain('State: no database yet');
    const offline = await collectDiagnostics({ dataDir: t.dataDir, version: '1.0.0', now: 0 });
    expect(offline).toContain('Server: https://models.example.com');
    expect(offline).not.toContain('key=abc');
    expect(offline).toContain('Reachable: not checked');
  });

  it('scrubs key-, token-, e-mail- and phone-shaped text that slips through, and keeps dates and versions', () => {
    const scrubbed = scrub(
      'Authorization: Bearer abc.def\nkey sk-proj-abcdef123 token 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\nhttps://user:pw@host/x\nmail a.b@c.io\nphone +52 (55) 1234-5678\nOS: linux 6.8.0-1019-azure\nat 2026-12-07T15:00:00.000Z\nWindows 10.0.22631',
    );
    expect(scrubbed).not.toMatch(/abc\.def|sk-proj|9f86d081|user:pw|a\.b@c\.io|1234-5678/);
    expect(scrubbed).toContain('linux 6.8.0-1019-azure');
    expect(scrubbed).toContain('2026-12-07T15:00:00.000Z');
    expect(scrubbed).toContain('Windows 10.0.22631');
  });
});
