import { CHANNEL_NAMES, EVENT_NAMES } from '../../../main/contract/channel-names';
import type { Channel, CounterpartApi, EventName, Result } from '../../../main/contract/contract';
import { UNAVAILABLE_MESSAGE, fail, resultOf } from './http-result';

type Listener = (payload: unknown) => void;

/** Sent and total bytes of a request body on its way. */
export type UploadProgress = (sent: number, total: number) => void;

/** What the HTTP api adds: a call that reports how much of a large input has been sent. */
export type UploadingApi = {
  upload(channel: Channel, input: unknown, onProgress: UploadProgress): Promise<Result<unknown>>;
};

/**
 * The `CounterpartApi` over HTTP, for the headless shell served on the same origin.
 *
 * Calls are `POST /rpc/<channel>` with a bearer token (the session token, once the printed
 * link has been exchanged for it); push events arrive over one Server-Sent Events stream opened
 * while at least one listener is subscribed.
 */
export function createHttpApi(session: Promise<string | null>): CounterpartApi & UploadingApi {
  const listeners = new Map<EventName, Set<Listener>>();
  let source: EventSource | null = null;
  let token: string | null = null;
  const ready = session.then((value) => {
    token = value;
    if ([...listeners.values()].some((set) => set.size > 0)) openSource();
  });

  async function post(channel: string, input: unknown): Promise<Result<unknown>> {
    await ready;
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    try {
      const response = await fetch(`/rpc/${channel}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
      return resultOf(response.status, await response.text());
    } catch {
      return fail('unavailable', UNAVAILABLE_MESSAGE);
    }
  }

  /** Like `post`, through XMLHttpRequest: fetch cannot report upload progress. */
  async function upload(channel: Channel, input: unknown, onProgress: UploadProgress): Promise<Result<unknown>> {
    await ready;
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `/rpc/${channel}`);
      xhr.setRequestHeader('Content-Type', 'application/json');
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(event.loaded, event.total);
      };
      xhr.onload = () => resolve(resultOf(xhr.status, xhr.responseText));
      xhr.onerror = () => resolve(fail('unavailable', UNAVAILABLE_MESSAGE));
      xhr.send(JSON.stringify(input ?? {}));
    });
  }

  function dispatch(event: EventName, data: string): void {
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return;
    }
    for (const listener of listeners.get(event) ?? []) listener(payload);
  }

  function openSource(): void {
    if (source || !token) return;
    source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
    for (const event of EVENT_NAMES) {
      source.addEventListener(event, (message) => dispatch(event, String((message as MessageEvent).data)));
    }
  }

  function closeSourceIfIdle(): void {
    const active = [...listeners.values()].some((set) => set.size > 0);
    if (!active && source) {
      source.close();
      source = null;
    }
  }

  const api: Record<string, unknown> = { upload };
  for (const channel of CHANNEL_NAMES) api[channel] = (input: unknown) => post(channel, input);
  api.subscribe = (event: EventName, listener: Listener) => {
    let set = listeners.get(event);
    if (!set) {
      set = new Set();
      listeners.set(event, set);
    }
    set.add(listener);
    openSource();
    return () => {
      set.delete(listener);
      closeSourceIfIdle();
    };
  };
  return api as CounterpartApi & UploadingApi;
}
