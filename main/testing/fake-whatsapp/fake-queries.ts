/**
 * Answers to the iq queries Baileys makes once logged in: pre-key count and upload, key digest,
 * Signal pre-key bundles, usync (devices, LIDs, contacts) and app-state sync. Anything else gets
 * an empty result, which Baileys tolerates.
 */
import type { BinaryNode } from 'baileys';
import type { FakePeer } from './fake-peer';
import { child, children, iqResult } from './fake-stanzas';
import type { FakeWhatsAppServer, LinkedDevice } from './fake-whatsapp-server';

/** The user part of a JID (no device, no server). */
function userOf(jid: string): string {
  return jid.split('@')[0]!.split(':')[0]!;
}

/** Who a JID belongs to in the fake world. */
function person(server: FakeWhatsAppServer, jid: string): { peer: FakePeer; pn: string; lid: string | null; devices: number[] } | null {
  const user = userOf(jid);
  if (user === server.account.user || user === server.account.lid) {
    const companions = [...server.devices.values()].filter((d) => !d.removed).map((d) => d.device);
    return { peer: server.phone, pn: `${server.account.user}@s.whatsapp.net`, lid: `${server.account.lid}@lid`, devices: [0, ...companions] };
  }
  const contact = server.contacts.get(user);
  return contact ? { peer: contact.peer, pn: contact.pn, lid: contact.lid, devices: [0] } : null;
}

function usync(server: FakeWhatsAppServer, node: BinaryNode): BinaryNode {
  const query = child(node, 'usync');
  const protocols = children(child(query, 'query')).map((p) => p.tag);
  const users = children(child(query, 'list')).map((user): BinaryNode => {
    const phone = child(user, 'contact')?.content;
    const jid = user.attrs.jid ?? `${String(phone ?? '').replace(/\D/g, '')}@s.whatsapp.net`;
    const who = person(server, jid);
    const content: BinaryNode[] = [];
    if (protocols.includes('devices')) {
      const devices = (who?.devices ?? []).map((id): BinaryNode => ({ tag: 'device', attrs: id === 0 ? { id: '0' } : { id: String(id), 'key-index': '1' } }));
      content.push({ tag: 'devices', attrs: {}, content: [{ tag: 'device-list', attrs: {}, content: devices }] });
    }
    if (protocols.includes('lid') && who?.lid && !jid.endsWith('@lid')) content.push({ tag: 'lid', attrs: { val: who.lid } });
    if (protocols.includes('contact')) content.push({ tag: 'contact', attrs: { type: who ? 'in' : 'out' } });
    return { tag: 'user', attrs: { jid: who && !jid.endsWith('@lid') ? who.pn : jid }, content };
  });
  return iqResult(node.attrs.id!, [{ tag: 'usync', attrs: { ...query?.attrs }, content: [{ tag: 'list', attrs: {}, content: users }] }]);
}

async function keyBundles(server: FakeWhatsAppServer, node: BinaryNode): Promise<BinaryNode> {
  const users: BinaryNode[] = [];
  for (const user of children(child(node, 'key'))) {
    const jid = user.attrs.jid!;
    const who = person(server, jid);
    if (who) users.push(await who.peer.bundle(jid));
  }
  return iqResult(node.attrs.id!, [{ tag: 'list', attrs: {}, content: users }]);
}

/** The answer to one query, or null for "an empty result is fine". */
export async function answerQuery(server: FakeWhatsAppServer, node: BinaryNode, device: LinkedDevice | undefined): Promise<BinaryNode | null> {
  const id = node.attrs.id!;
  switch (node.attrs.xmlns) {
    case 'encrypt': {
      if (child(node, 'count')) return iqResult(id, [{ tag: 'count', attrs: { value: String(device?.preKeys ?? 0) } }]);
      const upload = child(node, 'list');
      if (upload && node.attrs.type === 'set') {
        if (device) device.preKeys += children(upload).length;
        return null;
      }
      if (child(node, 'digest')) return iqResult(id, [{ tag: 'digest', attrs: {} }]);
      if (child(node, 'key')) return keyBundles(server, node);
      return null;
    }
    case 'usync':
      return usync(server, node);
    case 'w:sync:app:state': {
      const collections = children(child(node, 'sync')).map((c) => ({ tag: 'collection', attrs: { name: c.attrs.name!, version: c.attrs.version ?? '0' } }));
      return iqResult(id, [{ tag: 'sync', attrs: {}, content: collections }]);
    }
    case 'md':
      if (child(node, 'remove-companion-device')) for (const d of server.devices.values()) d.removed = true;
      return null;
    default:
      return null;
  }
}
