/**
 * The fake WhatsApp server as its own process, for browser end-to-end tests (test-only,
 * loopback only). Prints one JSON line `{wsUrl, controlUrl}`; the control endpoint plays the
 * shop owner's phone and a customer:
 *   POST /scan {qr}        the phone scans the QR the console shows
 *   POST /code {code}      the owner types the pairing code on the phone (+1 555 000 1111)
 *   POST /customer {text, ad?}  the customer "Ana" writes to the shop (from an ad: {title, body, url})
 *   POST /photo {caption}  Ana sends a photo (only its placeholder is stored; nothing is downloaded)
 *   POST /react {id, emoji}, /edit {id, text}, /delete {id}  Ana reacts to, edits or deletes a message of hers
 *   GET  /sent             texts the shop sent to Ana, decrypted as her phone would
 *   POST /owner {text}     the owner replies to Ana from the phone (the assistant pauses)
 *   POST /drop             the connection drops without a word (the client reconnects)
 *   POST /kick {code}      a stream error: 'replaced' (440), 403 (banned), 503…
 *   POST /remove-device    the owner removes this computer on the phone (logged out)
 */
import { proto } from 'baileys';
import { serveControl } from '../control-http';
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

  /** Runs a fire-and-forget action on the server and answers `{ok: true}`. */
  const act = (run: (body: Record<string, unknown>) => void) => (body: Record<string, unknown>) => (run(body), { ok: true });
  await serveControl(
    {
      'POST /scan': act((body) => server.scan(String(body.qr ?? ''))),
      'POST /code': async (body) => (await server.enterCode(String(body.code ?? '')), { ok: true }),
      'POST /customer': (body) => {
        const text = String(body.text ?? '');
        const ad = body.ad as { title?: string; body?: string; url?: string } | undefined;
        if (!ad) return { id: server.customerSays(ana, text) };
        const contextInfo = { conversionSource: 'FB_Ads', externalAdReply: { title: ad.title, body: ad.body, sourceUrl: ad.url, sourceType: 'ad', ctwaClid: 'e2e-click' } };
        return { id: server.customerSends(ana, { extendedTextMessage: { text, contextInfo } }) };
      },
      'POST /photo': (body) => ({ id: server.customerSends(ana, { imageMessage: { caption: String(body.caption ?? ''), mimetype: 'image/jpeg' } }) }),
      'POST /react': (body) => ({ id: server.customerSends(ana, { reactionMessage: { key: { remoteJid: ana.pn, fromMe: true, id: String(body.id) }, text: String(body.emoji) } }) }),
      'POST /edit': (body) => ({
        id: server.customerSends(ana, {
          protocolMessage: { type: proto.Message.ProtocolMessage.Type.MESSAGE_EDIT, key: { remoteJid: ana.pn, fromMe: true, id: String(body.id) }, editedMessage: { conversation: String(body.text) } },
        }),
      }),
      'POST /delete': (body) => ({
        id: server.customerSends(ana, { protocolMessage: { type: proto.Message.ProtocolMessage.Type.REVOKE, key: { remoteJid: ana.pn, fromMe: true, id: String(body.id) } } }),
      }),
      'GET /sent': async () => ({ texts: await sentToAna() }),
      'POST /owner': (body) => ({ id: server.ownerSays(ana, String(body.text ?? '')) }),
      'POST /drop': act(() => server.drop()),
      'POST /kick': act((body) => server.kick((body.code as number | 'replaced' | undefined) ?? 503)),
      'POST /remove-device': act(() => server.removeDevice()),
    },
    { wsUrl: server.url },
    () => server.close(),
  );
}

void main();
