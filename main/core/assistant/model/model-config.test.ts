import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { costOf, zoneOffsetMinutes } from './cost';
import { draftJson } from '../../../testing/fake-openai/fake-openai-server';
import { ModelFault } from './faults';
import { DEFAULT_MODEL_CONFIG, createJsonModelConfigStore, isLoopbackHost, resolveBaseUrl } from './model-config';
import { parseModelDraft } from './parse';

describe('model config', () => {
  it('fills presets and allows plain http only to this machine', () => {
    expect(resolveBaseUrl('openrouter', '')).toBe('https://openrouter.ai/api/v1');
    expect(resolveBaseUrl('lmstudio', '')).toBe('http://localhost:1234/v1');
    expect(resolveBaseUrl('custom', 'https://llm.example.com/v1/')).toBe('https://llm.example.com/v1');
    expect(resolveBaseUrl('custom', 'http://127.0.0.5:8080/v1')).toBe('http://127.0.0.5:8080/v1');
    expect(resolveBaseUrl('custom', 'http://[::1]:8080/v1')).toBe('http://[::1]:8080/v1');
    expect(resolveBaseUrl('none', 'whatever')).toBe('');
    for (const bad of ['http://192.168.1.20:8080/v1', 'http://localhost.evil.com/v1', 'ftp://x/v1', 'https://user:pw@host/v1', 'not a url', '']) {
      expect(() => resolveBaseUrl('custom', bad)).toThrow(expect.objectContaining({ code: 'bad_input' }));
    }
    expect(isLoopbackHost('LOCALHOST')).toBe(true);
    expect(isLoopbackHost('10.0.0.1')).toBe(false);
  });

  it('allows plain http to the shop network only once confirmed, never to a public host', () => {
    const lan = ['http://10.1.2.3:11434/v1', 'http://172.16.0.9/v1', 'http://172.31.255.1/v1', 'http://192.168.1.20:8080/v1', 'http://169.254.10.1/v1', 'http://llm-box.local:1234/v1', 'http://[fd12:3456::1]:8080/v1', 'http://[fe80::1]/v1'];
    for (const url of lan) {
      expect(() => resolveBaseUrl('custom', url)).toThrow(expect.objectContaining({ code: 'bad_input', message: expect.stringContaining('confirm') }));
      expect(resolveBaseUrl('custom', url, { allowLocalNetwork: true })).toBe(url);
    }
    const publicHosts = ['http://172.32.0.1/v1', 'http://172.15.0.1/v1', 'http://192.169.1.1/v1', 'http://8.8.8.8/v1', 'http://11.0.0.1/v1', 'http://llm.example.com/v1', 'http://local/v1', 'http://evil.local.example.com/v1', 'http://[fc::1]/v1', 'http://[2001:db8::1]/v1', 'http://10.0.0.1.nip.io/v1'];
    for (const url of publicHosts) {
      expect(() => resolveBaseUrl('custom', url, { allowLocalNetwork: true }), url).toThrow(expect.objectContaining({ code: 'bad_input', message: expect.stringContaining('https://') }));
    }
    // Loopback needs no confirmation; https needs none anywhere.
    expect(resolveBaseUrl('custom', 'http://127.0.0.1:9/v1')).toBe('http://127.0.0.1:9/v1');
    expect(resolveBaseUrl('custom', 'https://192.168.1.20/v1')).toBe('https://192.168.1.20/v1');
  });

  it('stores the config in a private JSON file, read lazily', () => {
    const dir = mkdtempSync(join(tmpdir(), 'counterpart-model-'));
    try {
      const file = join(dir, 'model.json');
      const store = createJsonModelConfigStore(file);
      expect(store.get()).toEqual(DEFAULT_MODEL_CONFIG);
      store.set({ ...DEFAULT_MODEL_CONFIG, provider: 'ollama', baseUrl: 'http://localhost:11434/v1', model: 'llama3.2' });
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(createJsonModelConfigStore(file).get()).toMatchObject({ provider: 'ollama', model: 'llama3.2' });
      expect(JSON.parse(readFileSync(file, 'utf8'))).not.toHaveProperty('apiKey');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cost meter', () => {
  const usage = { promptTokens: 1_000_000, completionTokens: 1_000_000 };
  it('prices hosted models, counts local ones as free and unknown ones as unpriced', () => {
    expect(costOf({ ...DEFAULT_MODEL_CONFIG, provider: 'openai', model: 'gpt-4o-mini' }, usage).usd).toBe(0.75);
    expect(costOf({ ...DEFAULT_MODEL_CONFIG, provider: 'openrouter', model: 'openai/gpt-4o' }, usage).usd).toBe(12.5);
    expect(costOf({ ...DEFAULT_MODEL_CONFIG, provider: 'ollama', model: 'gpt-4o' }, usage).usd).toBe(0);
    expect(costOf({ ...DEFAULT_MODEL_CONFIG, provider: 'custom', baseUrl: 'http://localhost:8080/v1', model: 'x' }, usage).usd).toBe(0);
    expect(costOf({ ...DEFAULT_MODEL_CONFIG, provider: 'openrouter', model: 'mystery/model' }, usage).usd).toBeNull();
    const edited = { ...DEFAULT_MODEL_CONFIG, provider: 'openai' as const, model: 'mystery', prices: { mystery: { inputPerMTok: 1, outputPerMTok: 2 } } };
    expect(costOf(edited, usage).usd).toBe(3);
  });

  it('knows the shop time zone offset', () => {
    expect(zoneOffsetMinutes('America/Mexico_City', Date.UTC(2026, 10, 25))).toBe(-360);
    expect(zoneOffsetMinutes('Asia/Kolkata', Date.UTC(2026, 10, 25))).toBe(330);
    expect(zoneOffsetMinutes('Not/AZone', 0)).toBe(0);
  });
});

describe('parsing the model answer', () => {
  const given = new Set(['product:CV-001', 'faq:returns']);
  const usage = { promptTokens: 1, completionTokens: 1 };

  it('mends bracketed and bare ids towards given sources and drops extra keys', () => {
    const text = JSON.stringify({ ...JSON.parse(draftJson({ reply: 'Yes.' })), sources: ['[faq:returns]', 'CV-001'], extra: 1 });
    const draft = parseModelDraft(text, 'json_object', given, usage);
    expect(draft.sources).toEqual(['faq:returns', 'product:CV-001']);
    expect(draft).not.toHaveProperty('extra');
  });

  it('refuses ids that were not given, bad JSON and missing fields', () => {
    const unknown = JSON.stringify({ ...JSON.parse(draftJson({ reply: 'Yes.' })), sources: ['faq:warranty'] });
    expect(() => parseModelDraft(unknown, 'json_schema', given, usage)).toThrow(ModelFault);
    expect(() => parseModelDraft('{"reply": ', 'json_schema', given, usage)).toThrow(/not valid JSON/);
    expect(() => parseModelDraft('{"reply": "x"}', 'json_schema', given, usage)).toThrow(/fields/);
  });
});
