/**
 * Serves the built renderer from `app://counterpart/` with the strict CSP header, never a dev
 * server in production. Paths cannot escape the renderer folder.
 */
import { net, protocol } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../core/platform/csp';
import { APP_SCHEME } from './window-options';

/** Must run before `app.ready`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Installs the handler; call after `app.ready`. */
export function handleAppProtocol(rendererDir: string): void {
  const root = normalize(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const { pathname } = new URL(request.url);
    const candidate = normalize(join(root, decodeURIComponent(pathname)));
    const inside = candidate.startsWith(root + sep);
    const file = inside && !pathname.endsWith('/') ? candidate : join(root, 'index.html');
    const response = await net.fetch(pathToFileURL(file).toString()).catch(() => null);
    const found = response && response.ok ? response : await net.fetch(pathToFileURL(join(root, 'index.html')).toString());
    const headers = new Headers(found.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(found.body, { status: 200, headers });
  });
}
