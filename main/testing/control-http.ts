/**
 * A tiny loopback JSON control endpoint for the fake servers run as their own processes in the
 * browser end-to-end tests (test-only). Routes are `'METHOD /path'` → handler(body) → JSON.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A control route: gets the parsed JSON body (`{}` for GET) and returns the JSON reply. */
export type ControlRoute = (body: Record<string, unknown>) => unknown;

/**
 * Serves the routes on 127.0.0.1 (a free port), prints `{...ready, controlUrl}` as one JSON line
 * for the test that spawned the process, and on SIGTERM/SIGINT closes and runs `close`.
 */
export async function serveControl(routes: Record<string, ControlRoute>, ready: Record<string, string>, close: () => Promise<void>): Promise<void> {
  const control = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const route = routes[`${req.method} ${req.url}`];
    if (!route) return send(404, { error: 'unknown' });
    readBody(req)
      .then(async (text) => send(200, await route(text ? (JSON.parse(text) as Record<string, unknown>) : {})))
      .catch((error: unknown) => send(500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  const { port } = control.address() as AddressInfo;
  console.log(JSON.stringify({ ...ready, controlUrl: `http://127.0.0.1:${port}` }));
  const stop = () => {
    control.close();
    void close().then(() => process.exit(0));
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
