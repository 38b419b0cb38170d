/**
 * Runs the fake WhatsApp server (main/testing/fake-whatsapp/run-server.ts) as its own process
 * and drives its control endpoint: the owner's phone scanning a QR, a customer writing, and
 * what the shop sent.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { startFakeProcess } from './fake-process';

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
  const fake = await startFakeProcess<{ wsUrl: string }>('fake WhatsApp server', 'main/testing/fake-whatsapp/run-server.ts');
  const post = async (route: string, body: unknown) => (await fake.post(route, body)) as { id?: string };
  const sent = async (route: string, body: unknown): Promise<string> => (await post(route, body)).id!;
  return {
    wsUrl: fake.ready.wsUrl,
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
    sentTexts: async () => ((await fake.get('/sent')) as { texts: string[] }).texts,
    stop: () => fake.stop(),
  };
}
