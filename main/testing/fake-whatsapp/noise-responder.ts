/**
 * The server side of WhatsApp's Noise_XX_25519_AESGCM_SHA256 handshake and frame codec, built
 * from Baileys' own crypto exports. It mirrors the client's symmetric state step by step (both
 * sides share one handshake key), then splits into the transport keys the client derives.
 *
 * The certificate chain it presents only needs the right structure: Baileys 7.0.0-rc14 treats
 * any well-formed signature as valid and checks that the intermediate's issuerSerial is 0.
 */
import { aesDecryptGCM, aesEncryptGCM, Curve, hkdf, NOISE_MODE, NOISE_WA_HEADER, proto, sha256, type KeyPair } from 'baileys';

const IV_BYTES = 12;

function iv(counter: number): Uint8Array {
  const bytes = new Uint8Array(IV_BYTES);
  new DataView(bytes.buffer).setUint32(8, counter);
  return bytes;
}

/** One side's AES-GCM transport keys after the handshake. */
class Transport {
  private readCounter = 0;
  private writeCounter = 0;

  constructor(
    private readonly encKey: Uint8Array,
    private readonly decKey: Uint8Array,
  ) {}

  encrypt(plaintext: Uint8Array): Buffer {
    return aesEncryptGCM(plaintext, this.encKey, iv(this.writeCounter++), new Uint8Array(0));
  }

  decrypt(ciphertext: Uint8Array): Buffer {
    return aesDecryptGCM(ciphertext, this.decKey, iv(this.readCounter++), new Uint8Array(0));
  }
}

/** A structurally valid (not WhatsApp-signed) noise certificate chain for `serverStatic`. */
export function fakeCertChain(serverStatic: KeyPair): Uint8Array {
  const intermediateKey = Curve.generateKeyPair();
  const intermediateDetails = proto.CertChain.NoiseCertificate.Details.encode({
    serial: 1,
    issuerSerial: 0,
    key: intermediateKey.public,
    notBefore: 0,
    notAfter: 4_102_444_800,
  }).finish();
  const leafDetails = proto.CertChain.NoiseCertificate.Details.encode({
    serial: 2,
    issuerSerial: 1,
    key: serverStatic.public,
    notBefore: 0,
    notAfter: 4_102_444_800,
  }).finish();
  return proto.CertChain.encode({
    // Signed with a key of our own: right length and shape; WhatsApp's root never signed it.
    intermediate: { details: intermediateDetails, signature: Curve.sign(intermediateKey.private, intermediateDetails) },
    leaf: { details: leafDetails, signature: Curve.sign(intermediateKey.private, leafDetails) },
  }).finish();
}

/** Server-side handshake state for one connection. */
export class NoiseResponder {
  private hash: Buffer;
  private salt: Buffer;
  private key: Buffer;
  private counter = 0;
  private transport: Transport | null = null;
  private readonly ephemeral = Curve.generateKeyPair();
  private pending = Buffer.alloc(0);
  private introSeen = false;
  /** The client's static (noise) public key, known after its ClientFinish. */
  clientStatic: Uint8Array | null = null;

  constructor(private readonly serverStatic: KeyPair) {
    const mode = Buffer.from(NOISE_MODE);
    this.hash = mode.length === 32 ? mode : sha256(mode);
    this.salt = this.hash;
    this.key = this.hash;
    this.authenticate(NOISE_WA_HEADER);
  }

  get ready(): boolean {
    return this.transport !== null;
  }

  /** Splits incoming bytes into frames (the first one follows the 4-byte intro header). */
  frames(data: Uint8Array): Buffer[] {
    this.pending = Buffer.concat([this.pending, data]);
    if (!this.introSeen) {
      if (this.pending.length < NOISE_WA_HEADER.length) return [];
      if (!this.pending.subarray(0, NOISE_WA_HEADER.length).equals(NOISE_WA_HEADER)) throw new Error('unexpected intro header');
      this.pending = this.pending.subarray(NOISE_WA_HEADER.length);
      this.introSeen = true;
    }
    const out: Buffer[] = [];
    while (this.pending.length >= 3) {
      const size = (this.pending[0]! << 16) | (this.pending[1]! << 8) | this.pending[2]!;
      if (this.pending.length < size + 3) break;
      const frame = this.pending.subarray(3, size + 3);
      this.pending = this.pending.subarray(size + 3);
      out.push(this.transport ? this.transport.decrypt(frame) : Buffer.from(frame));
    }
    return out;
  }

  /** Wraps bytes as one outgoing frame (encrypted once the transport is up). */
  frame(data: Uint8Array): Buffer {
    const body = this.transport ? this.transport.encrypt(data) : Buffer.from(data);
    const header = Buffer.from([(body.length >>> 16) & 0xff, (body.length >>> 8) & 0xff, body.length & 0xff]);
    return Buffer.concat([header, body]);
  }

  /** Answers the ClientHello with a ServerHello (ephemeral, encrypted static, certificate). */
  serverHello(clientHello: Uint8Array): Uint8Array {
    const hello = proto.HandshakeMessage.decode(clientHello).clientHello;
    if (!hello?.ephemeral) throw new Error('ClientHello without ephemeral key');
    this.authenticate(hello.ephemeral);
    this.authenticate(this.ephemeral.public);
    this.mixIntoKey(Curve.sharedKey(this.ephemeral.private, hello.ephemeral));
    const staticEnc = this.encrypt(this.serverStatic.public);
    this.mixIntoKey(Curve.sharedKey(this.serverStatic.private, hello.ephemeral));
    const payload = this.encrypt(fakeCertChain(this.serverStatic));
    return proto.HandshakeMessage.encode({ serverHello: { ephemeral: this.ephemeral.public, static: staticEnc, payload } }).finish();
  }

  /** Reads the ClientFinish, switches to transport keys and returns the client's payload. */
  clientFinish(message: Uint8Array): proto.ClientPayload {
    const finish = proto.HandshakeMessage.decode(message).clientFinish;
    if (!finish?.static || !finish.payload) throw new Error('ClientFinish incomplete');
    this.clientStatic = this.decrypt(finish.static);
    this.mixIntoKey(Curve.sharedKey(this.ephemeral.private, this.clientStatic));
    const payload = proto.ClientPayload.decode(this.decrypt(finish.payload));
    const keys = hkdf(new Uint8Array(0), 64, { salt: this.salt, info: '' });
    // The client encrypts with the first half and decrypts with the second; we do the opposite.
    this.transport = new Transport(keys.subarray(32), keys.subarray(0, 32));
    return payload;
  }

  private authenticate(data: Uint8Array): void {
    if (!this.transport) this.hash = sha256(Buffer.concat([this.hash, data]));
  }

  private mixIntoKey(data: Uint8Array): void {
    const derived = Buffer.from(hkdf(data, 64, { salt: this.salt, info: '' }));
    this.salt = derived.subarray(0, 32);
    this.key = derived.subarray(32);
    this.counter = 0;
  }

  private encrypt(plaintext: Uint8Array): Buffer {
    const result = aesEncryptGCM(plaintext, this.key, iv(this.counter++), this.hash);
    this.authenticate(result);
    return result;
  }

  private decrypt(ciphertext: Uint8Array): Buffer {
    const result = aesDecryptGCM(ciphertext, this.key, iv(this.counter++), this.hash);
    this.authenticate(ciphertext);
    return result;
  }
}
