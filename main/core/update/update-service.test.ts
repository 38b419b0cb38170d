import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueItem } from '../../contract/schemas';
import type { UpdateStatus } from '../../contract/update-schemas';
import { memorySettings } from '../platform/conf-settings';
import { createTestCore, type TestCore } from '../../testing/test-core';
import type { ChannelAdapter, SendResult } from '../channels/channel-adapter';
import { HttpUpdateFeed } from './http-update-feed';
import { UPDATE_CHECK_INTERVAL_MS } from './update-service';

/** A local update feed: files by name, editable between requests, with the requests it served. */
async function startFeed(): Promise<{ url: string; files: Map<string, Buffer>; served: string[]; close: () => Promise<void> }> {
  const files = new Map<string, Buffer>();
  const served: string[] = [];
  const server: Server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
    served.push(name);
    const body = files.get(name);
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, files, served, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Publishes a release as electron-builder does: the installer and its manifest. */
function publish(files: Map<string, Buffer>, manifest: string, version: string, notes: string, options: { corrupt?: boolean } = {}): Buffer {
  const installer = Buffer.from(`installer of ${version} `.repeat(5000));
  const sha512 = createHash('sha512').update(installer).digest('base64');
  const name = `Counterpart-${version}.AppImage`;
  files.set(name, options.corrupt ? Buffer.concat([installer, Buffer.from('tampered')]) : installer);
  files.set(
    manifest,
    Buffer.from(
      [`version: ${version}`, 'files:', `  - url: ${name}`, `    sha512: ${sha512}`, `    size: ${installer.length}`, `path: ${name}`, `sha512: ${sha512}`, "releaseDate: '2026-12-01T10:00:00.000Z'", 'releaseNotes: |', ...notes.split('\n').map((l) => `  ${l}`)].join('\n'),
    ),
  );
  return installer;
}

/** Waits for a status the service reports (the check runs in the background). */
function nextStatus(t: TestCore, state: UpdateStatus['state']): Promise<UpdateStatus> {
  return new Promise((resolve) => {
    const off = t.core.bus.onAny((event, payload) => {
      if (event === 'updateStatusChanged' && (payload as UpdateStatus).state === state) {
        off();
        resolve(payload as UpdateStatus);
      }
    });
  });
}

describe('updates against a local feed', () => {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const clean of cleanups.splice(0).reverse()) await clean();
  });

  async function setup(options: { channel?: 'stable' | 'beta'; adapters?: ChannelAdapter[] } = {}) {
    const feed = await startFeed();
    cleanups.push(feed.close);
    const downloadDir = mkdtempSync(join(tmpdir(), 'counterpart-update-'));
    cleanups.push(() => rmSync(downloadDir, { recursive: true, force: true }));
    const installs: string[] = [];
    const updater = new HttpUpdateFeed({ baseUrl: feed.url, downloadDir, platform: 'linux', onInstall: (file) => installs.push(file) });
    const settings = memorySettings();
    if (options.channel) settings.update({ updateChannel: options.channel });
    const t = createTestCore({ updater, settings, adapters: options.adapters, version: '1.0.0' });
    cleanups.push(() => t.dispose());
    return { feed, t, installs, downloadDir, updater };
  }

  it('finds a new version on start, downloads and verifies it, and offers it with its notes', async () => {
    const { feed, t, installs, downloadDir } = await setup();
    const installer = publish(feed.files, 'latest-linux.yml', '1.1.0', 'Faster drafts.\nFixes the price list import.');
    const ready = nextStatus(t, 'ready');
    t.core.updates.start();
    const status = await ready;
    expect(status).toMatchObject({ state: 'ready', version: '1.1.0', channel: 'stable', notes: 'Faster drafts.\nFixes the price list import.' });
    expect(feed.served).toEqual(['latest-linux.yml', 'Counterpart-1.1.0.AppImage']);
    expect(readFileSync(join(downloadDir, 'Counterpart-1.1.0.AppImage'))).toEqual(installer);
    expect(await t.call('getUpdateStatus')).toEqual(status);
    // Nothing installs on its own; the owner restarts.
    expect(installs).toEqual([]);
    expect(await t.call('restartToUpdate')).toEqual({ restarting: true });
    expect(installs).toEqual([join(downloadDir, 'Counterpart-1.1.0.AppImage')]);
  });

  it('checks again a day later and finds what was published meanwhile', async () => {
    const { feed, t } = await setup();
    publish(feed.files, 'latest-linux.yml', '1.0.0', 'The running version.');
    t.core.updates.start();
    await t.call('checkForUpdates'); // joins the start check
    expect(t.core.updates.getStatus()).toMatchObject({ state: 'idle' });
    expect(feed.served).toEqual(['latest-linux.yml']);
    publish(feed.files, 'latest-linux.yml', '1.0.1', 'Small fixes.');
    const ready = nextStatus(t, 'ready');
    expect(t.timers.advance(UPDATE_CHECK_INTERVAL_MS - 1)).toBe(0);
    expect(t.timers.advance(1)).toBe(1);
    expect(await ready).toMatchObject({ version: '1.0.1' });
    // And the day after that again.
    expect(t.timers.size).toBe(1);
  });

  it('keeps no file whose sha512 does not match the feed, and reports the failure', async () => {
    const { feed, t, downloadDir, installs } = await setup();
    publish(feed.files, 'latest-linux.yml', '1.1.0', 'Tampered.', { corrupt: true });
    const status = await t.call<UpdateStatus>('checkForUpdates');
    expect(status.state).toBe('error');
    expect(status.error).toMatch(/sha512/);
    expect(readdirSync(downloadDir)).toEqual([]);
    expect(await t.call('restartToUpdate')).toEqual({ restarting: false, reason: 'not_ready' });
    expect(installs).toEqual([]);
  });

  it('ignores betas on the stable channel and offers them on the beta channel', async () => {
    const stable = await setup();
    publish(stable.feed.files, 'beta-linux.yml', '1.2.0-beta.1', 'Beta.');
    // A prerelease in latest*.yml (a mis-tagged release) is not offered on stable either.
    publish(stable.feed.files, 'latest-linux.yml', '1.1.0-beta.3', 'Mis-tagged.');
    expect(await stable.t.call('checkForUpdates')).toMatchObject({ state: 'idle', channel: 'stable' });
    expect(stable.feed.served).toEqual(['latest-linux.yml']);

    const beta = await setup({ channel: 'beta' });
    publish(beta.feed.files, 'beta-linux.yml', '1.2.0-beta.1', 'Beta.');
    expect(await beta.t.call('checkForUpdates')).toMatchObject({ state: 'ready', channel: 'beta', version: '1.2.0-beta.1' });
    // Switching back to stable: a newer stable is offered, the beta feed is not read.
    beta.t.core.settings.update({ updateChannel: 'stable' });
    publish(beta.feed.files, 'latest-linux.yml', '1.2.0', 'Stable.');
    expect(await beta.t.call('checkForUpdates')).toMatchObject({ state: 'ready', channel: 'stable', version: '1.2.0' });
    expect(beta.feed.served.filter((n) => n.endsWith('.yml'))).toEqual(['beta-linux.yml', 'latest-linux.yml']);
  });

  it('never installs while a reply is being sent; installs once it is delivered', async () => {
    let release: (result: SendResult) => void = () => {};
    const sent: string[] = [];
    const held: ChannelAdapter = {
      kind: 'practice',
      send: (request) =>
        new Promise((resolve) => {
          sent.push(request.text);
          release = resolve;
        }),
    };
    const { feed, t, installs } = await setup({ adapters: [held] });
    publish(feed.files, 'latest-linux.yml', '1.1.0', 'Fixes.');
    expect(await t.call('checkForUpdates')).toMatchObject({ state: 'ready' });

    await t.call('loadDemoShop');
    await t.call('sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'opening hours?' });
    await t.core.inbox.idle();
    const [item] = (await t.call<{ items: QueueItem[] }>('listQueue')).items;
    await t.call('approveDraft', { draftId: item!.draftId, text: item!.draft });
    const delivered = t.core.outbox.kick();
    await expect.poll(() => sent.length).toBe(1);

    expect(await t.call('restartToUpdate')).toEqual({ restarting: false, reason: 'sending' });
    expect(installs).toEqual([]);
    release({ ok: true });
    await delivered;
    expect(await t.call('restartToUpdate')).toEqual({ restarting: true });
    expect(installs).toHaveLength(1);
  });

  it('the headless shell (no updater) says the package manager updates it, and never checks', async () => {
    const t = createTestCore();
    cleanups.push(() => t.dispose());
    await t.core.start();
    expect(await t.call('getUpdateStatus')).toEqual({ currentVersion: '0.0.0-test', channel: 'stable', state: 'managed' });
    expect(await t.call('checkForUpdates')).toMatchObject({ state: 'managed' });
    expect(await t.call('restartToUpdate')).toEqual({ restarting: false, reason: 'not_ready' });
  });
});
