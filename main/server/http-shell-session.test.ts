import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../testing/http-call';
import { startTestShell, type TestShell } from '../testing/test-shell';

describe('the headless shell: the printed link opens it once', () => {
  let s: TestShell | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });
  const codeOf = (link: string) => new URL(link).searchParams.get('token')!;
  const exchange = (port: number, code: string, headers: Record<string, string> = {}) =>
    call(port, '/session', { method: 'POST', headers: { authorization: `Bearer ${code}`, ...headers } });

  it('spends the link code once for a session token that calls the contract and opens the event stream', async () => {
    s = await startTestShell();
    const link = s.shell.link();
    expect(link).toMatch(new RegExp(`^${s.shell.url}\\?token=[A-Za-z0-9_-]{43}$`));
    const code = codeOf(link);
    // The code is not a bearer token: it only buys a session.
    expect((await s.rpc('getSettings', '{}', `Bearer ${code}`)).status).toBe(401);
    expect(code).not.toBe(s.token);

    const first = await exchange(s.port, code);
    expect(first.status).toBe(200);
    const session = (JSON.parse(first.body) as { ok: true; value: { token: string } }).value.token;
    expect(session).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.headers['cache-control']).toBe('no-store');
    expect((await s.rpc('getSettings', '{}', `Bearer ${session}`)).status).toBe(200);
    const stream = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: s!.port, path: `/events?token=${session}` }, (res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.end();
    });
    expect(stream).toBe(200);

    // A second use of the same link — from the browser's history, say — is refused as used.
    const again = await exchange(s.port, code);
    expect(again.status).toBe(410);
    expect(JSON.parse(again.body)).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('already used') } });
    // The session it gave keeps working (a reload), and the API token too (local tools).
    expect((await s.rpc('getSettings', '{}', `Bearer ${session}`)).status).toBe(200);
    expect((await s.rpc('getSettings', '{}')).status).toBe(200);
  });

  it('announces a new link once one is used; that one also works once; unknown codes are refused', async () => {
    s = await startTestShell();
    const first = s.shell.link();
    expect((await exchange(s.port, codeOf(first))).status).toBe(200);
    expect(s.links).toEqual([s.shell.link()]);
    const next = s.links[0]!;
    expect(next).not.toBe(first);
    expect((await exchange(s.port, codeOf(next))).status).toBe(200);
    expect((await exchange(s.port, codeOf(next))).status).toBe(410);
    expect(s.links).toHaveLength(2);

    const unknown = await exchange(s.port, 'A'.repeat(43));
    expect(unknown.status).toBe(401);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await exchange(s.port, '')).status).toBe(401);
  });

  it('refuses the exchange from another origin or by GET, and does not spend the code then', async () => {
    s = await startTestShell();
    const code = codeOf(s.shell.link());
    expect((await exchange(s.port, code, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await call(s.port, `/session?token=${code}`)).status).toBe(405);
    expect((await exchange(s.port, code, { host: `evil.example:${s.port}` })).status).toBe(421);
    expect((await exchange(s.port, code)).status).toBe(200);
  });
});
