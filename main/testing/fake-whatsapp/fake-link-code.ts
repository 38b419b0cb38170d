/**
 * The phone's side of linking by pairing code, written from the companion side in Baileys rc14
 * (`requestPairingCode` and the `link_code_companion_reg` notification in messages-recv):
 *
 * 1. companion_hello (companion → server): its ephemeral public key, wrapped as
 *    salt(32) | iv(16) | AES-CTR(key, PBKDF2(code, salt)), and its noise key.
 * 2. The owner types the code on the phone: the phone unwraps that key with the code, wraps its
 *    own ephemeral key the same way and notifies the companion with its identity key and a ref.
 * 3. companion_finish (companion → server): salt(32) | iv(12) | AES-GCM(companion identity |
 *    primary identity | random) under HKDF(ECDH(ephemerals), salt); both sides then derive the
 *    ADV secret from ECDH(ephemerals) | ECDH(identities) | random, which signs pair-success.
 *
 * A wrong code gives the phone a wrong companion key, so step 3 fails to decrypt (as it would
 * on WhatsApp): no pair-success is sent.
 */
import { randomBytes } from 'node:crypto';
import { aesDecryptCTR, aesDecryptGCM, aesEncryptCTR, Curve, derivePairingCodeKey, hkdf, type BinaryNode } from 'baileys';
import { child } from './fake-stanzas';

type KeyPair = { private: Uint8Array; public: Uint8Array };

/** What the phone keeps between the code being typed and companion_finish. */
export type CodeLink = { ref: Uint8Array; primaryEphemeral: KeyPair; companionEphemeral: Uint8Array; noiseKey: string };

/** The bytes of a named child of a node. */
function bytes(node: BinaryNode | undefined, tag: string): Buffer {
  const content = child(node, tag)?.content;
  if (!(content instanceof Uint8Array)) throw new Error(`link code: <${tag}> is missing`);
  return Buffer.from(content);
}

async function wrapWithCode(code: string, key: Uint8Array): Promise<Buffer> {
  const salt = randomBytes(32);
  const iv = randomBytes(16);
  return Buffer.concat([salt, iv, aesEncryptCTR(key, await derivePairingCodeKey(code, salt), iv)]);
}

async function unwrapWithCode(code: string, wrapped: Buffer): Promise<Buffer> {
  return aesDecryptCTR(wrapped.subarray(48, 80), await derivePairingCodeKey(code, wrapped.subarray(0, 32)), wrapped.subarray(32, 48));
}

/** Step 2: the owner typed `code`; returns the notification for the companion and what to keep. */
export async function phoneEntersCode(args: { code: string; hello: BinaryNode; identity: KeyPair; id: string; now: number }): Promise<{ notification: BinaryNode; link: CodeLink }> {
  const reg = child(args.hello, 'link_code_companion_reg');
  const companionEphemeral = await unwrapWithCode(args.code, bytes(reg, 'link_code_pairing_wrapped_companion_ephemeral_pub'));
  const primaryEphemeral = Curve.generateKeyPair();
  const ref = randomBytes(16);
  const notification: BinaryNode = {
    tag: 'notification',
    attrs: { from: 's.whatsapp.net', type: 'link_code_companion_reg', id: args.id, t: String(Math.floor(args.now / 1000)) },
    content: [
      {
        tag: 'link_code_companion_reg',
        attrs: {},
        content: [
          { tag: 'link_code_pairing_ref', attrs: {}, content: ref },
          { tag: 'primary_identity_pub', attrs: {}, content: Buffer.from(args.identity.public) },
          { tag: 'link_code_pairing_wrapped_primary_ephemeral_pub', attrs: {}, content: await wrapWithCode(args.code, primaryEphemeral.public) },
        ],
      },
    ],
  };
  const noiseKey = bytes(reg, 'companion_server_auth_key_pub').toString('base64');
  return { notification, link: { ref, primaryEphemeral, companionEphemeral, noiseKey } };
}

/** Step 3: checks companion_finish and derives the ADV secret; throws when it does not add up. */
export function finishCodeLink(link: CodeLink, finish: BinaryNode, identity: KeyPair): { advSecretKey: string; companionIdentity: Buffer } {
  const reg = child(finish, 'link_code_companion_reg');
  if (!bytes(reg, 'link_code_pairing_ref').equals(Buffer.from(link.ref))) throw new Error('link code: companion_finish names another pairing');
  const bundle = bytes(reg, 'link_code_pairing_wrapped_key_bundle');
  const ephemeralShared = Buffer.from(Curve.sharedKey(link.primaryEphemeral.private, link.companionEphemeral));
  const key = hkdf(ephemeralShared, 32, { salt: bundle.subarray(0, 32), info: 'link_code_pairing_key_bundle_encryption_key' });
  const plain = aesDecryptGCM(bundle.subarray(44), key, bundle.subarray(32, 44), Buffer.alloc(0));
  const companionIdentity = plain.subarray(0, 32);
  if (!companionIdentity.equals(bytes(reg, 'companion_identity_public'))) throw new Error('link code: the identity in the bundle differs');
  if (!plain.subarray(32, 64).equals(Buffer.from(identity.public))) throw new Error('link code: the bundle names another phone');
  const identityShared = Buffer.from(Curve.sharedKey(identity.private, companionIdentity));
  const advSecret = hkdf(Buffer.concat([ephemeralShared, identityShared, plain.subarray(64, 96)]), 32, { info: 'adv_secret' });
  return { advSecretKey: Buffer.from(advSecret).toString('base64'), companionIdentity: Buffer.from(companionIdentity) };
}
