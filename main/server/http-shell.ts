/**
 * The headless/browser shell: serves the built renderer and the same contract over HTTP on
 * loopback. `POST /rpc/<channel>` (JSON in, `Result` out) and `GET /events` (SSE), both behind a
 * bearer token; static files are public (they hold no data).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { ErrorCode, Result } from '../contract/contract';
import type { EventBus } from '../core/platform/events';
import type { Logger } from '../core/platform/ports';
import type { Dispatch } from '../core/handlers';
import { CONTENT_SECURITY_POLICY } from '../core/platform/csp';
import { tokenMatches } from './token';

export type HttpShellOptions = {
  dispatch: Dispatch;
  bus: EventBus;
  logger: Logger;
  token: string;
  rendererDir: string;
  host?: string;
  port?: number;
};

export type HttpShell = { url: string; port: number; close(): Promise<void> };

const MAX_BODY = 1024 * 1024;
const HEARTBEAT_MS = 25_000;



const STATUS: Record<ErrorCode, number> = {
  bad_input: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
  internal: 500,
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Only loopback: the shell holds customer data and must never listen on the network. */
export function isLoopbackHost(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Starts the shell; resolves once it listens. */
export async function startHttpShell(options: HttpShellOptions): Promise<HttpShell> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) throw new Error(`Refusing to listen on ${host}: the headless shell is loopback-only.`);
  const sockets = new Set<ServerResponse>();
  let port = 0;
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.logger.error({ err: error }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, failure('internal', 'Request failed.'));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const url = new URL(req.url ?? '/', `http://${host}`);
    // DNS-rebinding guard: a page on another origin that resolves to 127.0.0.1 sends its own Host.
    if (!allowedHost(req.headers.host, port)) return sendJson(res, 421, failure('forbidden', 'Unexpected Host header.'));
    if (url.pathname.startsWith('/rpc/')) return rpc(req, res, url.pathname.slice('/rpc/'.length));
    if (url.pathname === '/events') return events(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, failure('bad_input', 'Method not allowed.'));
    return serveStatic(res, url.pathname);
  }

  async function rpc(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, failure('bad_input', 'Use POST.'));
    if (!tokenMatches(options.token, bearer(req))) return sendJson(res, 401, failure('forbidden', 'Missing or wrong token.'));
    const origin = req.headers.origin;
    if (origin && !allowedHost(safeHost(origin), port)) return sendJson(res, 403, failure('forbidden', 'Cross-origin call refused.'));
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch (error) {
      return sendJson(res, 400, failure('bad_input', `Body is not valid JSON: ${(error as Error).message}`));
    }
    const result = await options.dispatch(decodeURIComponent(channel), input);
    sendJson(res, result.ok ? 200 : STATUS[result.error.code], result);
  }

  function events(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (!tokenMatches(options.token, url.searchParams.get('token') ?? bearer(req))) {
      return sendJson(res, 401, failure('forbidden', 'Missing or wrong token.'));
    }
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    sockets.add(res);
    const unsubscribe = options.bus.onAny((event, payload) => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      sockets.delete(res);
    });
  }

  function serveStatic(res: ServerResponse, pathname: string): void {
    const root = normalize(options.rendererDir);
    const candidate = normalize(join(root, decodeURIComponent(pathname)));
    const inside = candidate === root || candidate.startsWith(root + sep);
    const file =
      inside && existsSync(candidate) && statSync(candidate).isFile() ? candidate : join(root, 'index.html');
    if (!existsSync(file)) return sendJson(res, 503, failure('unavailable', 'The renderer is not built: run `npm run build`.'));
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const immutable = file.includes(`${sep}assets${sep}`);
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4319, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of sockets) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function allowedHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostHeader);
  if (!match) return false;
  const name = match[1]!.replace(/^\[|\]$/g, '');
  return isLoopbackHost(name) && Number(match[2] ?? 80) === port;
}

function safeHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

function bearer(req: IncomingMessage): string | null {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : null;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function failure(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
}
