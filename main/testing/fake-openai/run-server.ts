/**
 * The fake OpenAI-compatible server as its own process, for browser end-to-end tests (test-only,
 * loopback only). Prints one JSON line `{baseUrl, controlUrl}`; the control endpoint scripts it:
 *   POST /script {replies: FakeReply[]}   replies for the next chat completions, in order
 *   POST /script-embeddings {replies}     replies for the next embeddings requests (default: vectors)
 *   GET  /requests                        how many chat completions (and embeddings) were asked for,
 *                                         and the hung requests held open / closed by the client
 * Models listed: `fake-small`, `fake-large`.
 */
import { serveControl } from '../control-http';
import { startFakeOpenAI, type FakeEmbeddingReply, type FakeReply } from './fake-openai-server';

async function main(): Promise<void> {
  const fake = await startFakeOpenAI({ models: ['fake-small', 'fake-large'] });
  await serveControl(
    {
      'POST /script': (body) => {
        fake.script(...((body.replies as FakeReply[] | undefined) ?? []));
        return { ok: true };
      },
      'POST /script-embeddings': (body) => {
        fake.scriptEmbeddings(...((body.replies as FakeEmbeddingReply[] | undefined) ?? []));
        return { ok: true };
      },
      'GET /requests': () => ({
        completions: fake.requests.filter((r) => r.path === '/v1/chat/completions').length,
        embeddings: fake.requests.filter((r) => r.path === '/v1/embeddings').length,
        hangs: fake.hangs(),
      }),
    },
    { baseUrl: fake.baseUrl },
    () => fake.close(),
  );
}

void main();
