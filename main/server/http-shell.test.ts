import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../testing/http-call';
import { createTestCore, type TestCore } from '../testing/test-core';
import { startHttpShell, type HttpShell } from './http-shell';
import { issueToken, TOKEN_FILE } from './token';

describe('the headless shell', () => {
  let t: TestCore;
  let shell: HttpShell;
  let token: string;
  afterEach(async () => {
    await shell?.close();
    t?.dispose();
  });

  const start = async () => {
    t = createTestCore();
    const rendererDir = join(t.dataDir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Counterpart</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    token = issueToken(t.dataDir);
    shell = await startHttpShell({ dispatch: t.dispatch, bus: t.core.bus, logger: t.core.logger, token, rendererDir, port: 0 });
    return shell.port;
  };
  const rpc = (port: number, channel: string, body: string, auth = `Bearer ${token}`) =>
    call(port, `/rpc/${channel}`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body });

  it('stores the token with mode 0600 and listens on loopback only', async () => {
    await start();
    expect(statSync(join(t.dataDir, TOKEN_FILE)).mode & 0o777).toBe(0o600);
    expect(shell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await expect(startHttpShell({ dispatch: t.dispatch, bus: t.core.bus, logger: t.core.logger, token, rendererDir: '/', host: '0.0.0.0', port: 0 })).rejects.toThrow(/loopback/);
  });

  it('answers 401 without the right token', async () => {
    const port = await start();
    expect((await rpc(port, 'getSettings', '{}', '')).status).toBe(401);
    expect((await rpc(port, 'getSettings', '{}', 'Bearer wrong')).status).toBe(401);
    expect((await call(port, '/events')).status).toBe(401);
  });

  it('answers 400 with the zod message for malformed input', async () => {
    const port = await start();
    const notJson = await rpc(port, 'getConversation', '{oops');
    expect(notJson.status).toBe(400);
    const invalid = await rpc(port, 'getConversation', '{"conversationId":"seven"}');
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'bad_input', message: expect.stringContaining('conversationId') } });
  });

  it('serves the contract, unknown channels as 404, and refuses foreign hosts and origins', async () => {
    const port = await start();
    const ok = await rpc(port, 'getSettings', '');
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: { operatorName: 'Owner' } });
    expect((await rpc(port, 'nope', '{}')).status).toBe(404);
    const rebinding = await call(port, '/rpc/getSettings', { method: 'POST', headers: { host: `evil.example:${port}`, authorization: `Bearer ${token}` } });
    expect(rebinding.status).toBe(421);
    const crossOrigin = await call(port, '/rpc/getSettings', { method: 'POST', headers: { origin: 'https://evil.example', authorization: `Bearer ${token}` } });
    expect(crossOrigin.status).toBe(403);
  });

  it('serves the renderer with a strict CSP and falls back to index.html', async () => {
    const port = await start();
    const index = await call(port, '/queue');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Counterpart</title>');
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await call(port, '/assets/app.js')).headers['content-type']).toContain('javascript');
    expect((await call(port, '/../../etc/passwd')).body).toContain('<title>Counterpart</title>');
  });

  it('pushes events over SSE', async () => {
    const port = await start();
    const received = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: `/events?token=${token}` }, (res) => {
        let buffer = '';
        res.on('data', (chunk) => {
          buffer += chunk;
          if (buffer.includes('event: knowledgeChanged')) {
            resolve(buffer);
            req.destroy();
          }
        });
        res.once('data', () => void rpc(port, 'loadDemoShop', '{}'));
      });
      req.on('error', reject);
      req.end();
    });
    expect(await received).toMatch(/event: knowledgeChanged\ndata: \{"profile":\{"name":"Casa Verde"/);
  });
});
