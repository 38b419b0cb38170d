/**
 * Test support: raw HTTP calls to the headless shell (fetch forbids setting Host, and cannot
 * show what a server answers before the upload ends).
 */
import { request } from 'node:http';

/** What the server answered. */
export type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** Options for one call; `chunks` are written one by one (chunked transfer, no Content-Length). */
export type CallOptions = { method?: string; headers?: Record<string, string>; body?: string; chunks?: Iterable<string> };

/** One HTTP call to 127.0.0.1:`port`. */
export function call(port: number, path: string, options: CallOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.chunks) for (const chunk of options.chunks) req.write(chunk);
    req.end(options.body);
  });
}

/**
 * Sends only the headers and the start of a body that declares `declaredBytes`, and resolves
 * with the answer the server gives before the rest arrives; then drops the connection.
 */
export function callDeclaringSize(port: number, path: string, headers: Record<string, string>, declaredBytes: number): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'POST', headers: { ...headers, 'content-length': String(declaredBytes) } },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
          req.destroy();
        });
      },
    );
    req.on('error', reject);
    req.write('{"catalog":"');
  });
}
