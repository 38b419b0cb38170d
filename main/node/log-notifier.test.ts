import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core/composition';
import { createDispatch } from '../core/handlers';
import { createLogger } from '../core/platform/logger';
import { createNodeCore } from './node-core';

/** A pino destination that keeps every line written to it. */
function captureLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'debug', destination: stream }) };
}

describe('the headless log never carries customer names', () => {
  let core: Core | null = null;
  let dir = '';
  afterEach(() => {
    core?.close();
    core = null;
    rmSync(dir, { recursive: true, force: true });
  });

  it('logs the notice of a chat handed to a person by event and conversation id only', async () => {
    dir = mkdtempSync(join(tmpdir(), 'counterpart-log-'));
    const { lines, logger } = captureLog();
    core = createNodeCore({ owner: { kind: 'command', command: 'test' }, dataDir: dir, logger });
    const dispatch = createDispatch(core, 'browser');
    await dispatch('loadDemoShop', {});
    const sent = await dispatch('sendPracticeMessage', { customerName: 'Zyxwv Qwerty', language: 'en', text: 'I want to speak to a human, my name is Zyxwv' });
    expect(sent.ok).toBe(true);
    await core.inbox.idle();
    const queue = await dispatch('listQueue', {});
    expect(queue).toMatchObject({ ok: true, value: { items: [{ route: 'handoff', customerName: 'Zyxwv Qwerty' }] } });
    const conversationId = (sent as { value: { conversationId: number } }).value.conversationId;

    const notice = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((entry) => entry.notification !== undefined);
    // The attention service raises it (one per chat until seen); the log names no customer.
    expect(notice).toMatchObject({ notification: 'attention', conversationId });
    for (const line of lines) expect(line).not.toMatch(/zyxwv|qwerty/i);
  });
});
