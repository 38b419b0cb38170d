import type { CounterpartApi } from '../../../main/contract/contract';
import { openBrowserSession, type BrowserAccess, type LinkRefusal } from './browser-session';
import { createHttpApi, type UploadingApi } from './http-api';

let cached: (CounterpartApi & Partial<UploadingApi>) | undefined;
let browserAccess: Promise<BrowserAccess> | undefined;

/**
 * The API for whichever shell hosts the renderer.
 *
 * Electron's preload exposes `window.counterpart`; otherwise we are in the headless shell and
 * speak HTTP to the same origin. Either way the caller sees the same `CounterpartApi` (the HTTP
 * one can also report upload progress).
 */
export function getApi(): CounterpartApi & Partial<UploadingApi> {
  if (cached) return cached;
  if (window.counterpart) {
    cached = window.counterpart;
  } else {
    browserAccess = openBrowserSession();
    cached = createHttpApi(browserAccess.then((access) => access.token));
  }
  return cached;
}

/**
 * Resolves once the API can be called: `refused` says the link this page was opened with does
 * not let it in (the app should explain instead of showing its screens).
 */
export async function whenApiReady(): Promise<{ refused: LinkRefusal | null }> {
  getApi();
  return { refused: browserAccess ? (await browserAccess).refused : null };
}
