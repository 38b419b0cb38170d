import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueItem } from '../../contract/schemas';
import type { SuiteCase, SuiteRun, SuiteRunView } from '../../contract/suite-schemas';
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
    });
    await t.call('saveSuiteCase', prefilled);
    await t.call('startSuiteRun');
    await t.core.suite.idle();
    expect((await t.call<SuiteRunView>('getSuiteRun')).results).toMatchObject([{ caseId: 'test-1', pass: true }]);
  });
});
