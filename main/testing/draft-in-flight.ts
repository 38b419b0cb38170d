/**
 * Test script: opens a plain-Node core on the data folder given as argument, loads the demo shop
 * and feeds customer messages through an inbox whose drafter never finishes (a model call that
 * hangs) — except for one chat, drafted at once — then prints `in flight <n>` with the number of
 * drafts still being written and waits to be killed: a crash in the middle of drafting.
 */
import type { Drafter, DraftInput, DraftOutcome } from '../core/assistant/drafter';
import { createDispatch } from '../core/handlers';
import { InboxService, type InboundMessage } from '../core/inbox/inbox-service';
import { silentLogger } from '../core/platform/logger';
import { createNodeCore } from '../node/node-core';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: draft-in-flight.ts DATA_DIR');
const core = createNodeCore({ owner: { kind: 'command', command: 'draft-in-flight' }, dataDir, logger: silentLogger() });
const loaded = await createDispatch(core, 'browser')('loadDemoShop', {});
if (!loaded.ok) throw new Error(loaded.error.message);

let inFlight = 0;
let announce = () => {};
/** Mia's chat is drafted at once; every other draft hangs until the process is killed. */
const drafter: Drafter = {
  draft(input: DraftInput): Promise<DraftOutcome> {
    if (input.customerName === 'Mia') return Promise.resolve({ route: 'answer', text: 'We open at 9.', sources: [], reasons: [], drafter: 'test' });
    inFlight += 1;
    announce();
    return new Promise<DraftOutcome>(() => {});
  },
};
const { db, clock, audit, conversations, drafts, bus } = core;
const inbox = new InboxService({ db, clock, logger: silentLogger(), audit, conversations, drafts, drafter, bus });

const t0 = Date.UTC(2026, 11, 7, 15, 0, 0);
const message = (name: string, id: string, text: string, at: number): InboundMessage => ({
  channel: 'practice',
  chatId: `practice:${name.toLowerCase()}`,
  messageId: id,
  customerName: name,
  language: name === 'Luis' ? 'es' : 'en',
  text,
  at: t0 + at,
});

await inbox.receive(message('Mia', 'mia-1', 'What time do you open on Saturday?', 0)).drafted;
// Two chats whose drafts are in flight when the process dies; Luis wrote twice (one turn).
inbox.receive(message('Ana', 'ana-1', 'Do you deliver to Zapopan?', 1_000));
inbox.receive(message('Luis', 'luis-1', 'hola', 2_000));
inbox.receive(message('Luis', 'luis-2', '¿cuánto cuesta la lavanda?', 3_000));
await new Promise<void>((resolve) => {
  announce = () => inFlight === 2 && resolve();
  announce();
});
console.log(`in flight ${inFlight}`);
// Kept alive until a signal ends the process; the core is never closed on purpose.
setInterval(() => {}, 60_000);
