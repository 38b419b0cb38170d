/**
 * One client connection to the fake WhatsApp server: the Noise handshake, then binary nodes in
 * both directions. What the nodes mean is the server's business (`NodeHandler`).
 */
import { decodeBinaryNode, encodeBinaryNode, type BinaryNode, type KeyPair, type proto } from 'baileys';
import type { WebSocket } from 'ws';
import { NoiseResponder } from './noise-responder';

/** What the server does with a logged-in (or registering) session's traffic. */
export interface NodeHandler {
  onHello(session: FakeSession, payload: proto.ClientPayload): void;
  onNode(session: FakeSession, node: BinaryNode): Promise<void> | void;
  onClose(session: FakeSession): void;
  onError(session: FakeSession, error: unknown): void;
}

/** A connected client. */
export class FakeSession {
  private readonly noise: NoiseResponder;
  private stage: 'hello' | 'finish' | 'ready' = 'hello';
  private chain: Promise<void> = Promise.resolve();
  /** What the client said about itself in the handshake. */
  payload: proto.ClientPayload | null = null;
  /** "user:device" once logged in. */
  deviceKey: string | null = null;
  closed = false;

  constructor(
    private readonly ws: WebSocket,
    serverStatic: KeyPair,
    private readonly handler: NodeHandler,
  ) {
    this.noise = new NoiseResponder(serverStatic);
    ws.on('message', (data: Buffer) => {
      this.chain = this.chain.then(() => this.receive(data)).catch((error: unknown) => handler.onError(this, error));
    });
    ws.on('close', () => {
      this.closed = true;
      handler.onClose(this);
    });
  }

  /** The client's noise static public key (base64), as the QR shows it. */
  get noiseKey(): string | null {
    return this.noise.clientStatic ? Buffer.from(this.noise.clientStatic).toString('base64') : null;
  }

  get registering(): boolean {
    return !!this.payload?.devicePairingData;
  }

  send(node: BinaryNode): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(this.noise.frame(encodeBinaryNode(node)));
  }

  /** Closes the socket (after any stanza just sent). */
  end(): void {
    if (!this.closed) this.ws.close();
  }

  /** Drops the TCP connection without a close handshake. */
  terminate(): void {
    if (!this.closed) this.ws.terminate();
  }

  private async receive(data: Buffer): Promise<void> {
    for (const frame of this.noise.frames(data)) {
      if (this.stage === 'hello') {
        this.ws.send(Buffer.from(this.noise.frame(this.noise.serverHello(frame))));
        this.stage = 'finish';
      } else if (this.stage === 'finish') {
        this.payload = this.noise.clientFinish(frame);
        this.stage = 'ready';
        this.handler.onHello(this, this.payload);
      } else {
        await this.handler.onNode(this, await decodeBinaryNode(frame));
      }
    }
  }
}
