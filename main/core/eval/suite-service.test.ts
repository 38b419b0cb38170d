import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueItem } from '../../contract/schemas';
import type { SuiteCase, SuiteRun, SuiteRunView } from '../../contract/suite-schemas';
import { draftJson, startFakeOpenAI, type FakeOpenAI } from '../../testing/fake-openai/fake-openai-server';
import { REPO_ROOT, createTestCore, type TestCore } from '../../testing/test-core';
import { parseSuite } from './suite';

const DEMO_SUITE = readFileSync(join(REPO_ROOT, 'main', 'core', 'knowledge', 'fixtures', 'demo-shop-suite.jsonl'), 'utf8');

const hours = { id: null, caseId: 'hours', message: 'What are your opening hours?', lang: 'en', expect: { route: 'answer', sources: ['faq:hours'], flags: [], mustNotContain: [] } };
// Designed to fail twice over: the demo shop answers this from faq:hours.
const wrong = {
  id: null,
  caseId: 'hours-wrong',
  message: 'What are your opening hours?',
  lang: 'en',
  expect: { route: 'handoff', sources: ['faq:returns'], flags: null, mustNotContain: ['09:00'] },
};

describe('the owner’s test suite', () => {
  let t: TestCore;
  afterEach(async () => {
    await t?.core.suite.idle();
    t?.dispose();
  });

  const progress = () => {
    const seen: Array<{ runId: number; status: string; done: number; total: number }> = [];
    t.core.bus.onAny((event, payload) => {
      if (event === 'suiteRunProgress') seen.push(payload as (typeof seen)[number]);
    });
    return seen;
  };

  it('adds, edits and deletes cases; refuses a second case with the same id', async () => {
    t = createTestCore();
    const added = await t.call<SuiteCase>('saveSuiteCase', { ...hours, caseId: '' });
    expect(added).toMatchObject({ caseId: 'test-1', message: 'What are your opening hours?', expect: { route: 'answer', sources: ['faq:hours'] } });
    const edited = await t.call<SuiteCase>('saveSuiteCase', { ...hours, id: added.id, caseId: 'hours', message: 'when do you open?' });
    expect(edited).toMatchObject({ id: added.id, caseId: 'hours', message: 'when do you open?' });
    const other = await t.call<SuiteCase>('saveSuiteCase', wrong);
    expect(await t.dispatch('saveSuiteCase', { ...wrong, id: other.id, caseId: 'hours' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await t.dispatch('saveSuiteCase', { ...hours, id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await t.dispatch('saveSuiteCase', { ...hours, id: null, caseId: 'has space' })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(await t.call('deleteSuiteCase', { id: added.id })).toEqual({ deleted: 1 });
    expect((await t.call<{ items: SuiteCase[] }>('listSuiteCases')).items.map((c) => c.caseId)).toEqual(['hours-wrong']);
  });

  it('imports a JSONL suite all or nothing, with line numbers, and exports it back unchanged', async () => {
    t = createTestCore();
    const bad = [JSON.stringify({ id: 'a', message: 'hi', expect: { route: 'answer' } }), '', '{not json', JSON.stringify({ id: 'b', message: 'x', expect: { route: 'maybe' } })].join('\n');
    const refused = await t.call<{ added: number; problems: Array<{ line: number; reason: string }> }>('importSuite', { text: bad });
    expect(refused.added).toBe(0);
    expect(refused.problems.map((p) => p.line)).toEqual([3, 4]);
    expect(refused.problems[1]!.reason).toContain('expect.route');
    expect((await t.call<{ items: SuiteCase[] }>('listSuiteCases')).items).toEqual([]);

    expect(await t.call('importSuite', { text: DEMO_SUITE })).toEqual({ added: 43, updated: 0, removed: 0, problems: [] });
    const exported = await t.call<{ fileName: string; text: string; cases: number }>('exportSuite');
    expect(exported.fileName).toBe('counterpart-tests-2026-11-25.jsonl');
    expect(exported.cases).toBe(43);
    const original = parseSuite(DEMO_SUITE);
    const again = parseSuite(exported.text);
    expect(again.ok && original.ok && again.cases).toEqual(original.ok && original.cases);

    // Re-importing two lines with replace keeps exactly those two, updated in place.
    const two = exported.text.split('\n').slice(0, 2).join('\n').replace('"route":"answer"', '"route":"handoff"');
    expect(await t.call('importSuite', { text: two, replace: true })).toEqual({ added: 0, updated: 2, removed: 41, problems: [] });
    expect((await t.call<{ items: SuiteCase[] }>('listSuiteCases')).items[0]!.expect.route).toBe('handoff');
  });

  it('runs the cases through the offline drafter on the demo shop: a real pass, a real failure with its reason, and nothing in the queue', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    await t.call('saveSuiteCase', hours);
    await t.call('saveSuiteCase', wrong);
    const seen = progress();

    const run = await t.call<SuiteRun>('startSuiteRun');
    expect(run).toMatchObject({ status: 'running', drafter: 'offline', done: 0, total: 2 });
    expect(await t.dispatch('startSuiteRun', {})).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('already') } });
    await t.core.suite.idle();

    expect(seen.map((s) => `${s.status}:${s.done}/${s.total}`)).toEqual(['running:0/2', 'running:1/2', 'running:2/2', 'done:2/2']);
    const view = await t.call<SuiteRunView>('getSuiteRun');
    expect(view.run).toMatchObject({ id: run.id, status: 'done', done: 2 });
    expect(view.summary).toMatchObject({ cases: 2, passed: 1, routeAccuracy: 0.5, sourceCases: 2, sourceHitRate: 0.5, mustNotContainViolations: 1 });
    const [pass, fail] = view.results;
    expect(pass).toMatchObject({ caseId: 'hours', pass: true, why: '', route: 'answer', sources: ['faq:hours'], drafter: 'offline' });
    expect(pass!.draft).toContain('09:00');
    expect(fail).toMatchObject({ caseId: 'hours-wrong', pass: false, route: 'answer', expectedRoute: 'handoff', expectedSources: ['faq:returns'] });
    expect(fail!.why).toBe('route answer, expected handoff; first source faq:hours, expected faq:returns; draft contains "09:00"');
    // The autopilot column: both drafts would go out alone, one of them where a person was expected.
    expect(view.results.map((r) => r.autoSend)).toEqual([true, true]);
    // coverage is sent / answer cases, as FORMAT.md defines it (so a send where a person was expected counts too).
    expect(view.summary!.autopilot).toEqual({ sent: 2, correct: 1, precision: 0.5, coverage: 2, sentOnNonAnswer: 1 });

    // A run never touches real conversations or the review queue.
    expect((await t.call<{ items: QueueItem[] }>('listQueue')).items).toEqual([]);
    expect((await t.call<{ items: unknown[] }>('listConversations', {})).items).toEqual([]);

    // Results survive a restart.
    t.close();
    t = createTestCore({ dataDir: t.dataDir });
    expect((await t.call<SuiteRunView>('getSuiteRun')).summary).toMatchObject({ passed: 1, cases: 2 });
  });

  it('stops a run after the case in progress when cancelled, and can run again', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    await t.call('importSuite', { text: DEMO_SUITE });
    const seen = progress();
    t.core.bus.onAny((event, payload) => {
      if (event === 'suiteRunProgress' && (payload as { done: number }).done === 3) void t.dispatch('cancelSuiteRun', {});
    });
    await t.call('startSuiteRun');
    await t.core.suite.idle();
    expect(seen.at(-1)).toMatchObject({ status: 'cancelled', done: 3, total: 43 });
    const view = await t.call<SuiteRunView>('getSuiteRun');
    expect(view.results).toHaveLength(3);
    expect(view.summary!.cases).toBe(3);
    expect(await t.dispatch('cancelSuiteRun', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await t.dispatch('startSuiteRun', {})).toMatchObject({ ok: true });
  });

  it('marks a run cut short by a shutdown as interrupted, and refuses to run an empty suite', async () => {
    t = createTestCore();
    expect(await t.dispatch('startSuiteRun', {})).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    await t.call('loadDemoShop');
    await t.call('importSuite', { text: DEMO_SUITE });
    await t.call('startSuiteRun');
    t.close();
    await t.core.suite.idle();
    t = createTestCore({ dataDir: t.dataDir });
    expect((await t.call<SuiteRunView>('getSuiteRun')).run).toMatchObject({ status: 'interrupted', done: 0 });
  });

  it('prefills a case from a reviewed draft, which then passes', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    await t.call('sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'How much is the Monstera Deliciosa?' });
    await t.core.inbox.idle();
    const [item] = (await t.call<{ items: QueueItem[] }>('listQueue')).items;
    const prefilled = await t.call<Record<string, unknown>>('suiteCaseFromDraft', { draftId: item!.draftId });
    expect(prefilled).toEqual({
      id: null,
      caseId: '',
      message: 'How much is the Monstera Deliciosa?',
      lang: 'en',
      history: [],
      expect: { route: 'answer', sources: ['product:CV-001'], flags: null, mustNotContain: [] },
      fromDraftId: item!.draftId,
    });
    await t.call('saveSuiteCase', prefilled);
    // Copied from Ana's chat: linked to her, so forgetting her deletes it.
    expect(t.core.db.prepare('SELECT cu.name FROM suite_cases s JOIN customers cu ON cu.id = s.customer_id').all()).toEqual([{ name: 'Ana' }]);
    await t.call('startSuiteRun');
    await t.core.suite.idle();
    expect((await t.call<SuiteRunView>('getSuiteRun')).results).toMatchObject([{ caseId: 'test-1', pass: true }]);
  });
});

type CostDay = {
  day: string;
  drafts: number;
  promptTokens: number;
  completionTokens: number;
  usd: number;
  tests: { drafts: number; promptTokens: number; completionTokens: number; usd: number };
};

const HOURS_DRAFT = draftJson({
  reply: 'We are open Monday to Saturday, 09:00 to 19:00.',
  sources: ['faq:hours'],
  claims: [{ text: 'Monday to Saturday, 09:00 to 19:00', sourceId: 'faq:hours' }],
});
const MONSTERA_DRAFT = draftJson({ reply: 'The Monstera Deliciosa is 549.00 MXN.', sources: ['product:CV-001'] });
const monstera = { ...hours, caseId: 'monstera', message: 'How much is the Monstera Deliciosa?', expect: { ...hours.expect, sources: ['product:CV-001'] } };
// gpt-4o-mini list price: US$0.15 in, 0.60 out per million tokens.
const usdOf = (prompt: number, completion: number) => (prompt * 0.15 + completion * 0.6) / 1e6;

describe('test runs with a model', () => {
  let t: TestCore;
  let fake: FakeOpenAI | undefined;
  afterEach(async () => {
    await t?.core.suite.idle();
    await fake?.close();
    fake = undefined;
    t?.dispose();
  });

  /** The demo shop, the two cases, and a hosted-priced model on the fake server that never times out by itself. */
  const setup = async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    fake = await startFakeOpenAI();
    await t.call('saveModelConfig', { provider: 'openai', baseUrl: fake.baseUrl, model: 'gpt-4o-mini', apiKey: 'sk-test', timeoutMs: 300_000 });
    await t.call('saveSuiteCase', hours);
    await t.call('saveSuiteCase', monstera);
    return fake;
  };
  const cost = async () => (await t.call<{ days: CostDay[] }>('getCostSummary', { days: 7 })).days;

  it('counts the tokens a run spends in the cost meter, apart from live drafting', async () => {
    const server = await setup();
    server.script({ kind: 'content', content: MONSTERA_DRAFT, usage: { prompt: 800, completion: 60 } });
    await t.call('sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'How much is the monstera?' });
    await t.core.inbox.idle();

    server.script(
      { kind: 'content', content: HOURS_DRAFT, usage: { prompt: 1000, completion: 50 } },
      { kind: 'content', content: MONSTERA_DRAFT, usage: { prompt: 900, completion: 40 } },
    );
    expect(await t.call<SuiteRun>('startSuiteRun')).toMatchObject({ drafter: 'model:gpt-4o-mini' });
    await t.core.suite.idle();
    const view = await t.call<SuiteRunView>('getSuiteRun');
    expect(view.run).toMatchObject({ status: 'done', done: 2 });
    expect(view.results.map((r) => [r.caseId, r.pass, r.drafter])).toEqual([
      ['hours', true, 'model:gpt-4o-mini'],
      ['monstera', true, 'model:gpt-4o-mini'],
    ]);

    const [today, ...older] = await cost();
    expect(older).toEqual([]);
    // The day's totals are the true spend, live and test; `tests` is the test runs' part of them.
    expect(today).toMatchObject({ drafts: 3, promptTokens: 2700, completionTokens: 150, tests: { drafts: 2, promptTokens: 1900, completionTokens: 90 } });
    expect(today!.usd).toBeCloseTo(usdOf(2700, 150), 9);
    expect(today!.tests.usd).toBeCloseTo(usdOf(1900, 90), 9);

    // Spend outlives the runs: results are pruned after a few runs, the meter keeps counting.
    t.core.db.exec('DELETE FROM suite_runs');
    expect((await cost())[0]).toMatchObject({ drafts: 3, tests: { drafts: 2 } });
  });

  it('cancel aborts the model call in progress: the run ends cancelled at once, with no half result', async () => {
    const server = await setup();
    server.script({ kind: 'content', content: HOURS_DRAFT, usage: { prompt: 1000, completion: 50 } }, { kind: 'hang' });
    const run = await t.call<SuiteRun>('startSuiteRun');
    // The second case's model call is being held by the server; nothing would ever answer it.
    await server.whenHangs('held', 1);
    expect(await t.call<SuiteRun>('cancelSuiteRun')).toMatchObject({ id: run.id, status: 'running', done: 1 });
    await t.core.suite.idle();
    await server.whenHangs('closedByClient', 1);
    expect(server.hangs()).toEqual({ held: 0, closedByClient: 1 });

    const view = await t.call<SuiteRunView>('getSuiteRun');
    expect(view.run).toMatchObject({ id: run.id, status: 'cancelled', done: 1, total: 2, error: null });
    expect(view.results.map((r) => [r.caseId, r.pass])).toEqual([['hours', true]]);
    // The aborted call fell back to nothing: no offline draft in its place, no retry.
    expect(server.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(2);
    expect((await cost())[0]).toMatchObject({ tests: { drafts: 1, promptTokens: 1000, completionTokens: 50 } });

    // Live drafting is untouched: the next practice message still reaches the model.
    server.script({ kind: 'content', content: MONSTERA_DRAFT, usage: { prompt: 800, completion: 60 } });
    await t.call('sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'How much is the monstera?' });
    await t.core.inbox.idle();
    expect((await t.call<{ items: QueueItem[] }>('listQueue')).items).toMatchObject([{ drafter: 'model:gpt-4o-mini', route: 'answer' }]);

    // And the suite runs again.
    server.script({ kind: 'content', content: HOURS_DRAFT }, { kind: 'content', content: MONSTERA_DRAFT });
    await t.call('startSuiteRun');
    await t.core.suite.idle();
    expect((await t.call<SuiteRunView>('getSuiteRun')).run).toMatchObject({ status: 'done', done: 2 });
  });

  it('a shutdown during a model call aborts it too; the run reads interrupted after the restart', async () => {
    const server = await setup();
    server.script({ kind: 'hang' });
    await t.call('startSuiteRun');
    await server.whenHangs('held', 1);
    t.close();
    await t.core.suite.idle();
    await server.whenHangs('closedByClient', 1);
    t = createTestCore({ dataDir: t.dataDir });
    expect((await t.call<SuiteRunView>('getSuiteRun')).run).toMatchObject({ status: 'interrupted', done: 0 });
  });
});
