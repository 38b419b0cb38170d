/**
 * A fake WhatsApp peer device (a customer's phone, or the shop owner's phone): a Signal identity
 * whose pre-key bundle the fake server hands out, so the app's Baileys really encrypts to it,
 * and which decrypts what was sent to prove exactly what went out.
 */
import { addTransactionCapability, Curve, encodeBigEndian, initAuthCreds, KEY_BUNDLE_TYPE, proto, unpadRandomMax16 } from 'baileys';
import type { BinaryNode, SignalDataSet, SignalDataTypeMap, SignalKeyStore } from 'baileys';
import { makeLibSignalRepository } from 'baileys/lib/Signal/libsignal.js';
import { silentLogger } from '../../core/platform/logger';

/** A Signal key store in memory. */
export function memoryKeyStore(): SignalKeyStore {
  const data = new Map<string, unknown>();
  return {
    get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]) {
      const found: { [id: string]: SignalDataTypeMap[T] } = {};
      for (const id of ids) {
        const value = data.get(`${type}/${id}`);
        if (value !== undefined) found[id] = value as SignalDataTypeMap[T];
      }
      return found;
    },
    set(changes: SignalDataSet) {
      for (const [type, values] of Object.entries(changes)) {
        for (const [id, value] of Object.entries(values ?? {})) {
          if (value === null || value === undefined) data.delete(`${type}/${id}`);
          else data.set(`${type}/${id}`, value);
        }
      }
    },
  };
}

/** One peer device with a published pre-key bundle. */
export class FakePeer {
  private readonly creds = initAuthCreds();
  private readonly keys = addTransactionCapability(memoryKeyStore(), silentLogger(), { maxCommitRetries: 1, delayBetweenTriesMs: 0 });
  private readonly repository = makeLibSignalRepository({ creds: this.creds, keys: this.keys }, silentLogger());
  private nextPreKeyId = 1;

  /** The `<user>` node of a key fetch answer: identity, signed pre-key and a fresh one-time pre-key. */
  async bundle(jid: string): Promise<BinaryNode> {
    const id = this.nextPreKeyId++;
    const preKey = Curve.generateKeyPair();
    await this.keys.set({ 'pre-key': { [id]: preKey } });
    const { signedPreKey } = this.creds;
    return {
      tag: 'user',
      attrs: { jid },
      content: [
        { tag: 'registration', attrs: {}, content: encodeBigEndian(this.creds.registrationId) },
        { tag: 'type', attrs: {}, content: KEY_BUNDLE_TYPE },
        { tag: 'identity', attrs: {}, content: this.creds.signedIdentityKey.public },
        {
          tag: 'skey',
          attrs: {},
          content: [
            { tag: 'id', attrs: {}, content: encodeBigEndian(signedPreKey.keyId, 3) },
            { tag: 'value', attrs: {}, content: signedPreKey.keyPair.public },
            { tag: 'signature', attrs: {}, content: signedPreKey.signature },
          ],
        },
        {
          tag: 'key',
          attrs: {},
          content: [
            { tag: 'id', attrs: {}, content: encodeBigEndian(id, 3) },
            { tag: 'value', attrs: {}, content: preKey.public },
          ],
        },
      ],
    };
  }

  /** Decrypts an `<enc>` the app addressed to this device; `from` is the sending device's JID. */
  async decrypt(from: string, type: 'pkmsg' | 'msg', ciphertext: Uint8Array): Promise<proto.IMessage> {
    const plaintext = await this.repository.decryptMessage({ jid: from, type, ciphertext });
    const message = proto.Message.decode(unpadRandomMax16(plaintext));
    return message.deviceSentMessage?.message ?? message;
  }
}
