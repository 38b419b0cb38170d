/**
 * Runs the fake OpenAI-compatible server (main/testing/fake-openai/run-server.ts) as its own
 * process and scripts its replies through the control endpoint.
 */
import type { FakeReply, Hangs } from '../../main/testing/fake-openai/fake-openai-server';
import { startFakeProcess } from './fake-process';

/** A running fake model server. */
export type FakeOpenAIProcess = {
  /** `http://127.0.0.1:<port>/v1` */
  baseUrl: string;
  script(...replies: FakeReply[]): Promise<void>;
  completions(): Promise<number>;
  /** How many embeddings requests the fake answered or refused. */
  embeddings(): Promise<number>;
  /** Hung requests held open now, and how many the app closed itself (aborted or timed out). */
  hangs(): Promise<Hangs>;
  stop(): Promise<void>;
};

type Requests = { completions: number; embeddings: number; hangs: Hangs };

/** Starts the fake model server and waits for its address line. */
export async function startFakeOpenAI(): Promise<FakeOpenAIProcess> {
  const fake = await startFakeProcess<{ baseUrl: string }>('fake OpenAI server', 'main/testing/fake-openai/run-server.ts');
  return {
    baseUrl: fake.ready.baseUrl,
    script: async (...replies) => void (await fake.post('/script', { replies })),
    completions: async () => ((await fake.get('/requests')) as Requests).completions,
    embeddings: async () => ((await fake.get('/requests')) as Requests).embeddings,
    hangs: async () => ((await fake.get('/requests')) as Requests).hangs,
    stop: () => fake.stop(),
  };
}
