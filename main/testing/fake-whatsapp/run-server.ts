/**
 * The fake WhatsApp server as its own process, for browser end-to-end tests (test-only,
 * loopback only). Prints one JSON line `{wsUrl, controlUrl}`; the control endpoint plays the
 * shop owner's phone and a customer:
 *   POST /scan {qr}        the phone scans the QR the console shows
 *   POST /customer {text}  the customer "Ana" writes to the shop
 *   GET  /sent             texts the shop sent to Ana, decrypted as her phone would
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { child, children } from './fake-stanzas';
import { FakeWhatsAppServer } from './fake-whatsapp-server';

async function main(): Promise<void> {
  const server = await FakeWhatsAppServer.start();
  const ana = server.contact('5511987654321', { name: 'Ana' });
  const users = [ana.pn, ana.lid].map((j) => j.split('@')[0]);

  // A Signal message decrypts once (the ratchet moves on), so keep what was read by message id.
  const read = new Map<string, string>();
  const sentToAna = async (): Promise<string[]> => {
    for (const node of server.sentMessages()) {
      if (read.has(node.attrs.id!)) continue;
      const to = children(child(node, 'participants')).find((p) => users.includes(p.attrs.jid!.split('@')[0]!.split(':')[0]));
      const enc = child(to, 'enc');
      if (!enc) continue;
      const device = [...server.devices.keys()].at(-1)!;
      const message = await ana.peer.decrypt(server.deviceJids(device).lid, enc.attrs.type as 'pkmsg' | 'msg', enc.content as Uint8Array);
      read.set(node.attrs.id!, message.extendedTextMessage?.text ?? message.conversation ?? '');
    }
    return [...read.values()];
  };

  const control = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => reply(res, 500, { error: String(error) }));
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = req.method === 'POST' ? (JSON.parse((await readBody(req)) || '{}') as { qr?: string; text?: string }) : {};
    if (req.method === 'POST' && req.url === '/scan') {
      server.scan(body.qr ?? '');
      return reply(res, 200, { ok: true });
    }
    if (req.method === 'POST' && req.url === '/customer') return reply(res, 200, { id: server.customerSays(ana, body.text ?? '') });
    if (req.method === 'GET' && req.url === '/sent') return reply(res, 200, { texts: await sentToAna() });
    reply(res, 404, { error: 'unknown' });
  }
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  const { port } = control.address() as AddressInfo;
  console.log(JSON.stringify({ wsUrl: server.url, controlUrl: `http://127.0.0.1:${port}` }));
  const stop = () => {
    control.close();
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

void main();
