/**
 * A fake OpenAI-compatible server for tests: `node:http` on 127.0.0.1 (port 0) speaking the real
 * wire format — `GET /v1/models`, `POST /v1/chat/completions` as JSON or as SSE chunks ending in
 * `data: [DONE]`, usage, json_schema answers — scripted per test, with fault injection (status
 * errors with retry-after, hangs, truncated streams, servers that reject `response_format`).
 * A hung request is held until the client gives up; the fake counts the ones the client closed,
 * so a test can tell "the app aborted the call" from "the app is still waiting".
 * `POST /v1/embeddings` answers with `hashedEmbedding` vectors, a test double (see that file),
 * and has its own fault script.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hashedEmbedding } from './hashed-embedding';

/** What the fake does with one chat completion request. */
export type FakeReply =
  /** Answers with `content` (streamed in small chunks when the client asks for a stream). */
  | { kind: 'content'; content: string; usage?: { prompt: number; completion: number } | null; finishReason?: string; chunkChars?: number }
  /** An HTTP error with an OpenAI-style error body. */
  | { kind: 'status'; status: number; message?: string; param?: string; headers?: Record<string, string> }
  /** Never answers: holds the request until the client times out or aborts (see `hangs`). */
  | { kind: 'hang' }
  /** Streams the first `afterChars` of `content`, then ends (`end`), resets (`destroy`) or stalls (`stall`). */
  | { kind: 'truncate'; content: string; afterChars: number; how: 'end' | 'destroy' | 'stall' };

/** What the fake does with one embeddings request: its hashed vectors (the default), an error, or nothing. */
export type FakeEmbeddingReply = { kind: 'vectors' } | Extract<FakeReply, { kind: 'status' }> | { kind: 'hang' };

/** A request the fake received. */
export type RecordedRequest = { method: string; path: string; headers: IncomingMessage['headers']; body: Record<string, unknown> | null };

/** How the fake behaves beyond its script. */
export type FakeOpenAIOptions = {
  /** Model ids `/v1/models` lists; null answers 404 (servers without the endpoint). */
  models?: string[] | null;
  /** Answer 400 to `response_format: json_schema` (and/or `json_object`), as many local servers do. */
  rejectJsonSchema?: boolean;
  rejectJsonObject?: boolean;
  /** Used when the script is empty. */
  fallback?: (request: RecordedRequest) => FakeReply;
  /** Length of the embedding vectors (default 64). */
  embeddingDims?: number;
};

/** A running fake server. */
export type FakeOpenAI = {
  /** `http://127.0.0.1:<port>/v1` */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Queues replies for the next chat completion requests, in order. */
  script(...replies: FakeReply[]): void;
  /** Queues replies for the next embeddings requests; when empty they get vectors. */
  scriptEmbeddings(...replies: FakeEmbeddingReply[]): void;
  /** Hung requests: how many are held open now, and how many the client closed itself. */
  hangs(): Hangs;
  /** Resolves once `hangs()[what]` reaches `count`. */
  whenHangs(what: keyof Hangs, count: number): Promise<void>;
  close(): Promise<void>;
};

/** Counts of hung requests (chat completions and embeddings). */
export type Hangs = { held: number; closedByClient: number };

/** The JSON a model returns for a draft; fields default to a confident, cited answer. */
export function draftJson(fields: { reply: string; sources?: string[]; claims?: Array<{ text: string; sourceId: string }>; language?: string; confidence?: number; needsPerson?: boolean; reason?: string }): string {
  return JSON.stringify({
    reply: fields.reply,
    language: fields.language ?? 'en',
    sources: fields.sources ?? [],
    claims: fields.claims ?? [],
    confidence: fields.confidence ?? 0.9,
    needsPerson: fields.needsPerson ?? false,
    reason: fields.reason ?? 'Answered from the knowledge.',
  });
}

/** Starts a fake on a free loopback port. */
export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  const queue: FakeReply[] = [];
  const embeddingQueue: FakeEmbeddingReply[] = [];
  const hangs: Hangs = { held: 0, closedByClient: 0 };
  const waiters: Array<{ ready: () => boolean; resolve: () => void }> = [];
  let closing = false;
  const changed = () => {
    for (const w of [...waiters]) {
      if (!w.ready()) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  const until = (ready: () => boolean) =>
    new Promise<void>((resolve) => {
      waiters.push({ ready, resolve });
      changed();
    });
  /** Holds `res` open; when its connection closes before the fake closes, the client gave up. */
  const hold = (res: ServerResponse) => {
    hangs.held += 1;
    changed();
    res.once('close', () => {
      hangs.held -= 1;
      if (!closing) hangs.closedByClient += 1;
      changed();
    });
  };
  const server: Server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const recorded: RecordedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body };
      requests.push(recorded);
      route(recorded, res);
    });
  });

  const route = (request: RecordedRequest, res: ServerResponse) => {
    if (request.method === 'GET' && request.path === '/v1/models') {
      if (options.models === null) return sendError(res, { kind: 'status', status: 404, message: 'Not found' });
      return sendJson(res, 200, { object: 'list', data: (options.models ?? ['fake-model']).map((id) => ({ id, object: 'model', created: 0, owned_by: 'fake' })) });
    }
    if (request.method === 'POST' && request.path === '/v1/embeddings' && request.body) {
      const reply = embeddingQueue.shift() ?? { kind: 'vectors' };
      if (reply.kind === 'hang') return hold(res);
      return embed(request.body, reply, options.embeddingDims ?? 64, res);
    }
    if (request.method !== 'POST' || request.path !== '/v1/chat/completions' || !request.body) {
      return sendError(res, { kind: 'status', status: 404, message: `No route ${request.method} ${request.path}` });
    }
    const format = (request.body.response_format as { type?: string } | undefined)?.type;
    if ((format === 'json_schema' && options.rejectJsonSchema) || (format === 'json_object' && options.rejectJsonObject)) {
      return sendError(res, { kind: 'status', status: 400, message: `'response_format.type' ${format} is not supported by this server`, param: 'response_format' });
    }
    const reply = queue.shift() ?? options.fallback?.(request) ?? { kind: 'status', status: 500, message: 'The fake has no scripted reply.' };
    if (reply.kind === 'hang') return hold(res);
    answer(request.body, reply, res);
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...replies) => void queue.push(...replies),
    scriptEmbeddings: (...replies) => void embeddingQueue.push(...replies),
    hangs: () => ({ ...hangs }),
    whenHangs: (what, count) => until(() => hangs[what] >= count),
    close: async () => {
      closing = true;
      // Hung and stalled requests would keep the server open forever.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await until(() => hangs.held === 0);
    },
  };
}

function embed(body: Record<string, unknown>, reply: Exclude<FakeEmbeddingReply, { kind: 'hang' }>, dims: number, res: ServerResponse): void {
  if (reply.kind === 'status') return sendError(res, reply);
  const input = typeof body.input === 'string' ? [body.input] : Array.isArray(body.input) ? body.input.map(String) : [];
  const base64 = body.encoding_format === 'base64';
  const data = input.map((text, index) => {
    const vector = hashedEmbedding(text, dims);
    return { object: 'embedding', index, embedding: base64 ? Buffer.from(vector.buffer).toString('base64') : [...vector] };
  });
  const tokens = input.reduce((n, text) => n + Math.ceil(text.length / 4), 0);
  sendJson(res, 200, { object: 'list', model: body.model ?? 'fake-embed', data, usage: { prompt_tokens: tokens, total_tokens: tokens } });
}

function readBody(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  return new Promise((resolve) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => {
      try {
        resolve(parts.length ? (JSON.parse(Buffer.concat(parts).toString('utf8')) as Record<string, unknown>) : null);
      } catch {
        resolve(null);
      }
    });
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(value));
}

function sendError(res: ServerResponse, reply: Extract<FakeReply, { kind: 'status' }>): void {
  const type = reply.status === 429 ? 'rate_limit_exceeded' : reply.status >= 500 ? 'server_error' : 'invalid_request_error';
  sendJson(res, reply.status, { error: { message: reply.message ?? `Error ${reply.status}`, type, param: reply.param ?? null, code: null } }, reply.headers);
}

function answer(body: Record<string, unknown>, reply: Exclude<FakeReply, { kind: 'hang' }>, res: ServerResponse): void {
  if (reply.kind === 'status') return sendError(res, reply);
  const model = typeof body.model === 'string' ? body.model : 'fake-model';
  const content = reply.content;
  const usage = reply.kind === 'content' && reply.usage !== undefined ? reply.usage : { prompt: 100, completion: Math.ceil(content.length / 4) };
  const finishReason = reply.kind === 'content' ? (reply.finishReason ?? 'stop') : null;
  const wireUsage = usage ? { prompt_tokens: usage.prompt, completion_tokens: usage.completion, total_tokens: usage.prompt + usage.completion } : undefined;
  if (body.stream !== true) {
    return sendJson(res, 200, {
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: 0,
      model,
      choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: finishReason ?? 'stop' }],
      ...(wireUsage ? { usage: wireUsage } : {}),
    });
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const chunk = (delta: Record<string, unknown>, finish: string | null, extra: Record<string, unknown> = {}) =>
    `data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 0, model, choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`;
  const size = reply.kind === 'content' ? (reply.chunkChars ?? 12) : 12;
  const text = reply.kind === 'truncate' ? content.slice(0, reply.afterChars) : content;
  res.write(chunk({ role: 'assistant', content: '' }, null));
  for (let i = 0; i < text.length; i += size) res.write(chunk({ content: text.slice(i, i + size) }, null));
  if (reply.kind === 'truncate') {
    if (reply.how === 'end') res.end();
    // Let the chunks reach the client first, so the break comes mid-stream, not before it.
    else if (reply.how === 'destroy') setTimeout(() => res.socket?.destroy(), 30);
    return;
  }
  res.write(chunk({}, finishReason));
  const streamOptions = body.stream_options as { include_usage?: boolean } | undefined;
  if (streamOptions?.include_usage && wireUsage) {
    res.write(`data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 0, model, choices: [], usage: wireUsage })}\n\n`);
  }
  res.end('data: [DONE]\n\n');
}
