import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../contract/contract';
import { MAX_IMPORT_FILE_BYTES } from '../contract/knowledge-schemas';
import { bigCatalogCsv } from '../testing/big-catalog';
import { call, callDeclaringSize } from '../testing/http-call';
import { startTestShell, type TestShell } from '../testing/test-shell';
import { bodyLimitFor, DEFAULT_BODY_LIMIT } from './body-limit';

describe('the headless shell: body sizes and malformed URLs', () => {
  let s: TestShell | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  it('derives each channel’s body limit from its input schema', () => {
    // Two catalogs and an FAQ at the contract's maximum, JSON-escaped, still fit.
    expect(bodyLimitFor('previewImport')).toBeGreaterThanOrEqual(2 * 2 * MAX_IMPORT_FILE_BYTES);
    expect(bodyLimitFor('importSuite')).toBeGreaterThanOrEqual(2 * (contract.importSuite.input.shape.text.maxLength ?? Infinity));
    expect(bodyLimitFor('getSettings')).toBe(DEFAULT_BODY_LIMIT);
    expect(bodyLimitFor('__proto__')).toBe(DEFAULT_BODY_LIMIT);
    expect(bodyLimitFor('no-such-channel')).toBe(DEFAULT_BODY_LIMIT);
  });

  it('previews and applies a 20,000-row catalog (3.6 MB) sent in one request', { timeout: 90_000 }, async () => {
    s = await startTestShell();
    const catalog = bigCatalogCsv(20_000);
    const body = JSON.stringify({ catalog });
    expect(Buffer.byteLength(catalog)).toBeGreaterThan(3_600_000);

    const preview = await s.rpc('previewImport', body);
    expect(preview.status).toBe(200);
    const value = (JSON.parse(preview.body) as { value: { previewId: string; ok: boolean; products: { added: string[] } } }).value;
    expect(value.ok).toBe(true);
    expect(value.products.added).toHaveLength(20_000);

    const applied = await s.rpc('applyImport', JSON.stringify({ previewId: value.previewId }));
    expect(JSON.parse(applied.body)).toMatchObject({ ok: true, value: { products: 20_000 } });
    const found = await s.rpc('listProducts', JSON.stringify({ query: 'BG-19999', limit: 5 }));
    expect(found.body).toContain('"name":"Aloe vera 19999"');
    expect(s.logged).toEqual([]);
  });

  it('answers 413 with a Result to a body declared larger than the channel accepts, and keeps serving', async () => {
    s = await startTestShell();
    const limit = bodyLimitFor('previewImport');
    const auth = { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' };
    const refused = await callDeclaringSize(s.port, '/rpc/previewImport', auth, limit + 1);
    expect(refused.status).toBe(413);
    expect(JSON.parse(refused.body)).toEqual({ ok: false, error: { code: 'too_large', message: expect.stringContaining('previewImport') } });
    expect((await s.rpc('getSettings', '{}')).status).toBe(200);
  });

  it('answers 413 to a streamed (chunked) body once it passes the limit, reads the rest, and keeps serving', async () => {
    s = await startTestShell();
    const limit = bodyLimitFor('importSuite');
    const chunk = 'x'.repeat(256 * 1024);
    const chunks = ['{"text":"', ...Array.from({ length: Math.ceil(limit / chunk.length) + 2 }, () => chunk), '"}'];
    const refused = await call(s.port, '/rpc/importSuite', { method: 'POST', headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' }, chunks });
    expect(refused.status).toBe(413);
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    // The same connection pool and server answer the next call normally.
    expect((await s.rpc('getSettings', '{}')).status).toBe(200);
    expect(s.logged).toEqual([]);
  });

  it('logs nothing when a sender gives up halfway through a body, and keeps serving', async () => {
    s = await startTestShell();
    await new Promise<void>((resolve) => {
      const req = request({ host: '127.0.0.1', port: s!.port, path: '/rpc/previewImport', method: 'POST', headers: { authorization: `Bearer ${s!.token}`, 'content-length': '100000' } });
      req.on('error', () => resolve());
      req.write('{"catalog":"sku,name', () => setImmediate(() => req.destroy()));
      req.on('close', () => resolve());
    });
    expect((await s.rpc('getSettings', '{}')).status).toBe(200);
    expect(s.logged).toEqual([]);
  });

  it('answers 400 (a Result, no logged stack) to malformed percent-escapes in the path', async () => {
    s = await startTestShell();
    for (const path of ['/%', '/%E0%A4%A', '/%c0%ae%c0%ae/x', '/assets/%zz']) {
      const reply = await call(s.port, path);
      expect(reply.status, path).toBe(400);
      expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'bad_input', message: 'Malformed URL.' } });
    }
    const rpc = await call(s.port, '/rpc/%', { method: 'POST', headers: { authorization: `Bearer ${s.token}` }, body: '{}' });
    expect(rpc.status).toBe(400);
    expect(JSON.parse(rpc.body)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(s.logged).toEqual([]);
    expect((await call(s.port, '/')).status).toBe(200);
  });
});
