/**
 * The headless/browser shell: serves the built renderer and the same contract over HTTP on
 * loopback. `POST /rpc/<channel>` (JSON in, `Result` out) and `GET /events` (SSE), both behind a
 * bearer token (the API token or a session token); `POST /session` spends the printed link's
 * one-time code for a session token (see access.ts). Static files are public (they hold no data).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type * as Http from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { ErrorCode, Result } from '../contract/contract';
import type { EventBus } from '../core/platform/events';
import type { Logger } from '../core/platform/ports';
import type { Dispatch } from '../core/handlers';
import { CONTENT_SECURITY_POLICY } from '../core/platform/csp';
import { createAccess } from './access';
import { bodyLimitFor, readBody } from './body-limit';

export type HttpShellOptions = {
  dispatch: Dispatch;
  bus: EventBus;
  logger: Logger;
  /** The API token (the `serve-token` file): valid for `/rpc` and `/events` until the shell stops. */
  token: string;
  rendererDir: string;
  host?: string;
  port?: number;
  /** Called with the next link once a browser has spent the current one. */
  onLinkUsed?: (link: string) => void;
};

export type HttpShell = {
  url: string;
  port: number;
  /** The link to open now: `url` plus a one-time code. */
  link(): string;
  close(): Promise<void>;
};

const HEARTBEAT_MS = 25_000;

/**
 * `node:http` as its CommonJS object. An ES `import` of it builds the module's ES facade, which
 * reads every export, and one of them (a lazy getter) loads Node's whole bundled `fetch`
 * (undici): about 85 ms of CPU on each `counterpart serve` start for nothing the shell uses.
 */
function loadHttp(): typeof Http {
  return process.getBuiltinModule('node:http');
}

const STATUS: Record<ErrorCode, number> = {
  bad_input: 400,
  forbidden: 403,
  too_large: 413,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
  internal: 500,
  owner_only: 403,
  wrong_pin: 403,
  rate_limited: 429,
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
  const access = createAccess(options.token);
  let port = 0;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const baseUrl = () => `http://${shownHost}:${port}/`;
  const link = () => `${baseUrl()}?token=${access.linkCode()}`;
  const server: Server = loadHttp().createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.logger.error({ err: error }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, failure('internal', 'Request failed.'));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    // DNS-rebinding guard: a page on another origin that resolves to 127.0.0.1 sends its own Host.
    if (!allowedHost(req.headers.host, port)) return sendJson(res, 421, failure('forbidden', 'Unexpected Host header.'));
    const url = parseUrl(req.url);
    // A malformed URL is the caller's mistake: a 400, not a logged stack trace per request.
    if (!url) return sendJson(res, 400, failure('bad_input', 'Malformed URL.'));
    if (url.pathname.startsWith('/rpc/')) return rpc(req, res, url.pathname.slice('/rpc/'.length));
    if (url.pathname === '/events') return events(req, res, url);
    if (url.pathname === '/session') return session(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, failure('bad_input', 'Method not allowed.'));
    return serveStatic(res, url.pathname);
  }

  /** Refuses a call from a page on another origin (CSRF); true when it answered. */
  function refusedCrossOrigin(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = req.headers.origin;
    if (!origin || allowedHost(safeHost(origin), port)) return false;
    sendJson(res, 403, failure('forbidden', 'Cross-origin call refused.'));
    return true;
  }

  async function rpc(req: IncomingMessage, res: ServerResponse, rawChannel: string): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, failure('bad_input', 'Use POST.'));
    if (!access.allows(bearer(req))) return sendJson(res, 401, failure('forbidden', 'Missing or wrong token.'));
    if (refusedCrossOrigin(req, res)) return;
    const channel = safeDecode(rawChannel);
    if (channel === null) return sendJson(res, 400, failure('bad_input', 'Malformed URL.'));
    const limit = bodyLimitFor(channel);
    const body = await readBody(req, limit);
    if (body.kind === 'aborted') return void res.destroy();
    if (body.kind === 'too_large') {
      const megabytes = Math.floor(limit / (1024 * 1024));
      return sendJson(res, 413, failure('too_large', `The request is larger than ${channel} accepts (${megabytes} MB).`));
    }
    let input: unknown;
    try {
      input = body.text.length === 0 ? {} : JSON.parse(body.text);
    } catch (error) {
      return sendJson(res, 400, failure('bad_input', `Body is not valid JSON: ${(error as Error).message}`));
    }
    const result = await options.dispatch(channel, input);
    sendJson(res, result.ok ? 200 : STATUS[result.error.code], result);
  }

  /** Spends the link's one-time code (sent as the bearer) for a session token. */
  function session(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'POST') return sendJson(res, 405, failure('bad_input', 'Use POST.'));
    if (refusedCrossOrigin(req, res)) return;
    const exchanged = access.exchange(bearer(req));
    if (exchanged.ok) {
      sendJson(res, 200, { ok: true, value: { token: exchanged.session } });
      options.onLinkUsed?.(link());
      return;
    }
    if (exchanged.reason === 'used') {
      return sendJson(res, 410, failure('forbidden', 'This link was already used: each link opens Counterpart once. Open the newest link printed by `counterpart serve`, or restart it.'));
    }
    sendJson(res, 401, failure('forbidden', 'This link is not valid (was `counterpart serve` restarted?). Open the newest link it printed.'));
  }

  function events(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (!access.allows(url.searchParams.get('token') ?? bearer(req))) {
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
    const decoded = safeDecode(pathname);
    if (decoded === null) return sendJson(res, 400, failure('bad_input', 'Malformed URL.'));
    const candidate = normalize(join(root, decoded));
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
    // A loopback client keeps its connection between calls; with Node's 5 s default, a client
    // slowed down by a busy machine reused a connection the server had just closed (ECONNRESET
    // during a burst). Clients close their idle connections well before this.
    server.keepAliveTimeout = 60_000;
    server.listen(options.port ?? 4319, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: baseUrl(),
    port,
    link,
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

function parseUrl(raw: string | undefined): URL | null {
  try {
    return new URL(raw ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function bearer(req: IncomingMessage): string | null {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : null;
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
