/**
 * Runs the fake WhatsApp server (main/testing/fake-whatsapp/run-server.ts) as its own process
 * and drives its control endpoint: the owner's phone scanning a QR, a customer writing, and
 * what the shop sent.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A running fake WhatsApp. */
export type FakeWhatsApp = {
  wsUrl: string;
  /** The phone scans a QR shown as a PNG data URL (decoded like a camera would). */
  scan(qrDataUrl: string): Promise<void>;
  /** The owner types the pairing code on the phone (the account's number is +1 555 000 1111). */
  enterCode(code: string): Promise<void>;
  /** Ana writes; with `ad`, her message says she came from that click-to-WhatsApp ad. Returns its id. */
  customerSays(text: string, ad?: { title: string; body: string; url: string }): Promise<string>;
  /** Ana sends a photo with a caption; returns its id. */
  customerPhoto(caption: string): Promise<string>;
  /** Ana reacts to, edits or deletes (for everyone) one of her messages. */
  react(id: string, emoji: string): Promise<void>;
  edit(id: string, text: string): Promise<void>;
  remove(id: string): Promise<void>;
  /** The owner answers the customer from the phone (a takeover: the assistant pauses). */
  ownerSays(text: string): Promise<void>;
  /** The connection drops silently; the app reconnects with backoff. */
  drop(): Promise<void>;
  /** Ends the session with a stream error: 'replaced' (another WhatsApp Web), 403 (banned)… */
  kick(code: number | 'replaced'): Promise<void>;
  /** The owner removes this computer under Linked devices on the phone. */
  removeDevice(): Promise<void>;
  sentTexts(): Promise<string[]>;
  stop(): Promise<void>;
};

/** Starts the fake server process and waits for its address line. */
export async function startFakeWhatsApp(): Promise<FakeWhatsApp> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/testing/fake-whatsapp/run-server.ts'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const { wsUrl, controlUrl } = await new Promise<{ wsUrl: string; controlUrl: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the fake WhatsApp server did not start in 30 s')), 30_000);
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve(JSON.parse(line) as { wsUrl: string; controlUrl: string });
    });
    child.once('exit', (code) => reject(new Error(`the fake WhatsApp server exited (${code})`)));
  });
  const post = async (route: string, body: unknown): Promise<{ id?: string }> => {
    const res = await fetch(`${controlUrl}${route}`, { method: 'POST', body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${route}: ${await res.text()}`);
    return (await res.json()) as { id?: string };
  };
  const sent = async (route: string, body: unknown): Promise<string> => (await post(route, body)).id!;
  return {
    wsUrl,
    async scan(qrDataUrl) {
      const png = PNG.sync.read(Buffer.from(qrDataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      if (!code) throw new Error('the QR image could not be read');
      await post('/scan', { qr: code.data });
    },
    enterCode: async (code) => void (await post('/code', { code })),
    customerSays: (text, ad) => sent('/customer', { text, ad }),
    customerPhoto: (caption) => sent('/photo', { caption }),
    react: async (id, emoji) => void (await post('/react', { id, emoji })),
    edit: async (id, text) => void (await post('/edit', { id, text })),
    remove: async (id) => void (await post('/delete', { id })),
    ownerSays: async (text) => void (await post('/owner', { text })),
    drop: async () => void (await post('/drop', {})),
    kick: async (code) => void (await post('/kick', { code })),
    removeDevice: async () => void (await post('/remove-device', {})),
    async sentTexts() {
      const res = await fetch(`${controlUrl}/sent`);
      return ((await res.json()) as { texts: string[] }).texts;
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
