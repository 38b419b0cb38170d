import { CHANNEL_NAMES, EVENT_NAMES } from '../../../main/contract/channel-names';
import type { CounterpartApi, EventName, Result } from '../../../main/contract/contract';
import { FORBIDDEN_MESSAGE, UNAVAILABLE_MESSAGE, codeForStatus, fail, isResult } from './http-result';

type Listener = (payload: unknown) => void;

/**
 * The `CounterpartApi` over HTTP, for the headless shell served on the same origin.
 *
 * Calls are `POST /rpc/<channel>` with a bearer token; push events arrive over one
 * Server-Sent Events stream opened while at least one listener is subscribed.
 */
export function createHttpApi(token: string | null): CounterpartApi {
  const listeners = new Map<EventName, Set<Listener>>();
  let source: EventSource | null = null;

  async function post(channel: string, input: unknown): Promise<Result<unknown>> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetch(`/rpc/${channel}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return fail('unavailable', UNAVAILABLE_MESSAGE);
    }
    if (response.status === 401) return fail('forbidden', FORBIDDEN_MESSAGE);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return fail(codeForStatus(response.status), `Unexpected response from Counterpart (HTTP ${response.status}).`);
    }
    if (isResult(body)) return body;
    return fail(codeForStatus(response.status), `Malformed response from Counterpart (HTTP ${response.status}).`);
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

  const api: Record<string, unknown> = {};
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
  return api as CounterpartApi;
}
