import type { CounterpartApi } from '../../../main/contract/contract';
import { createHttpApi } from './http-api';
import { captureToken } from './token';

let cached: CounterpartApi | undefined;

/**
 * The API for whichever shell hosts the renderer.
 *
 * Electron's preload exposes `window.counterpart`; otherwise we are in the headless shell and
 * speak HTTP to the same origin. Either way the caller sees the same `CounterpartApi`.
 */
export function getApi(): CounterpartApi {
  cached ??= window.counterpart ?? createHttpApi(captureToken());
  return cached;
}
