import { afterEach, describe, expect, it } from 'vitest';
import type { Insights } from '../../contract/insights-schemas';
import { seeder, utc } from '../../testing/insights-seed';
import { unindexedScans } from './insights-plan';
import { WAIT_IN_ORDER_SQL, WAIT_SORTED_SQL } from './insights-sql';
import { createTestCore, FakeClock, type TestCore } from '../../testing/test-core';

const PROFILE = { name: 'Tote & Co', about: '', currency: 'USD', languages: ['en'], hours: '', location: '', tone: '' };
// Around New York's change from EDT (−4) to EST (−5) at 02:00 local on 2026-11-01.
const PERIOD = { kind: 'custom', from: '2026-10-31', to: '2026-11-02' } as const;
const AD = { sourceId: '111', title: 'Winter sale' };

describe('Insights computed from a seeded database', () => {
  const cores: TestCore[] = [];
  afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

  async function seededShop() {
    const t = createTestCore({ clock: new FakeClock(utc('2026-11-20T12:00:00Z')) });
    cores.push(t);
    await t.call('saveProfile', { ...PROFILE, timezone: 'America/New_York' });
    const s = seeder(t.core.db);

    // c1 began on 30 Oct local (23:59 EDT): outside. Its 04:10Z message continues that turn, so
    // the 04:20Z reply answers a turn that started before the period and is left out; the 10:00Z
    // turn is inside (person, 15 min).
    const c1 = s.conversation(utc('2026-10-31T03:59:00Z'));
    const m1a = s.inbound(c1, utc('2026-10-31T03:59:00Z'));
    const m1b = s.inbound(c1, utc('2026-10-31T04:10:00Z'));
    s.outbound(c1, utc('2026-10-31T04:20:00Z'), 'Ana');
    const m1c = s.inbound(c1, utc('2026-10-31T10:00:00Z'));
    s.draft(c1, m1c, utc('2026-10-31T10:00:05Z'), { status: 'sent', edited: true });
    s.outbound(c1, utc('2026-10-31T10:15:00Z'), 'Ana');
    s.draft(c1, m1b, utc('2026-11-01T08:00:00Z'), { status: 'resolved' });

    // c2: the ad, at 00:00 EDT on 31 Oct (the period's first instant). Two messages, one turn
    // answered by a person after 5 min; then a turn the autopilot answered in 20 s.
    const c2 = s.conversation(utc('2026-10-31T04:00:00Z'), AD);
    const m2a = s.inbound(c2, utc('2026-10-31T04:00:00Z'));
    const m2b = s.inbound(c2, utc('2026-10-31T04:00:30Z'));
    s.outbound(c2, utc('2026-10-31T04:05:00Z'), 'Ana');
    const m2c = s.inbound(c2, utc('2026-10-31T05:05:00Z'));
    const d1 = s.draft(c2, m2c, utc('2026-10-31T05:05:05Z'), { status: 'sent', cost: 0.002 });
    s.autoSend(d1, s.outbound(c2, utc('2026-10-31T05:05:20Z'), 'Autopilot', { draftId: d1 }), m2c);
    s.purchase(c2, utc('2026-11-01T15:00:00Z'));
    s.draft(c2, m2a, utc('2026-11-01T06:00:00Z'), { status: 'approved' });
    s.draft(c2, m2b, utc('2026-11-01T07:00:00Z'), { route: 'optout', status: 'pending' });
    // An automatic send the kill switch stopped: its draft waits again, its message failed.
    const d11 = s.draft(c2, m2c, utc('2026-11-02T01:00:00Z'), { status: 'pending' });
    s.autoSend(d11, s.outbound(c2, utc('2026-11-02T01:00:10Z'), 'Autopilot', { draftId: d11, failed: true }), m2c, true);

    // c3: 23:30 EST on 1 Nov — 2 Nov in UTC. An away notice and a failed send are not replies;
    // the person's reply after 2 min is.
    const c3 = s.conversation(utc('2026-11-02T04:30:00Z'));
    const m3 = s.inbound(c3, utc('2026-11-02T04:30:00Z'));
    s.outbound(c3, utc('2026-11-02T04:30:01Z'), 'Autopilot');
    s.outbound(c3, utc('2026-11-02T04:30:10Z'), 'Ana', { failed: true });
    s.outbound(c3, utc('2026-11-02T04:32:00Z'), 'Ana');
    s.draft(c3, m3, utc('2026-11-02T04:30:02Z'), { status: 'sent', cost: 0.001 });
    s.draft(c3, m3, utc('2026-11-02T04:30:03Z'), { route: 'handoff', status: 'resolved', reasons: ['no_knowledge'] });

    // c4: the same ad at 00:00 EST on 2 Nov. Autopilot in 40 s; a purchase recorded before the
    // chat began does not count; a turn at 23:59 local answered after the period ends (61 min).
    const c4 = s.conversation(utc('2026-11-02T05:00:00Z'), AD);
    const m4a = s.inbound(c4, utc('2026-11-02T05:00:00Z'));
    const d2 = s.draft(c4, m4a, utc('2026-11-02T05:00:30Z'), { status: 'sent', cost: 0.003 });
    s.autoSend(d2, s.outbound(c4, utc('2026-11-02T05:00:40Z'), 'Autopilot', { draftId: d2 }), m4a);
    s.purchase(c4, utc('2026-11-02T04:00:00Z'));
    const m4b = s.inbound(c4, utc('2026-11-03T04:59:00Z'));
    s.draft(c4, m4b, utc('2026-11-03T04:59:30Z'), { status: 'rejected' });
    s.outbound(c4, utc('2026-11-03T06:00:00Z'), 'Ana');

    // c5: another ad (a title, no id), only an away notice: unanswered; two handoffs.
    const c5 = s.conversation(utc('2026-11-02T12:00:00Z'), { title: 'Tote bag' });
    const m5 = s.inbound(c5, utc('2026-11-02T12:00:00Z'));
    s.outbound(c5, utc('2026-11-02T12:00:01Z'), 'Autopilot');
    s.draft(c5, m5, utc('2026-11-02T12:00:02Z'), { route: 'handoff', status: 'pending', reasons: ['no_knowledge'] });
    s.draft(c5, m5, utc('2026-11-02T12:00:03Z'), { route: 'handoff', status: 'resolved', reasons: ['complaint', 'backlog'] });

    // c6: 00:00 EST on 3 Nov, the first instant after the period: nothing of it counts.
    const c6 = s.conversation(utc('2026-11-03T05:00:00Z'));
    const m6 = s.inbound(c6, utc('2026-11-03T05:00:00Z'));
    s.outbound(c6, utc('2026-11-03T05:01:00Z'), 'Ana');
    s.draft(c6, m6, utc('2026-11-03T05:00:10Z'), { status: 'sent', cost: 0.5 });

    s.callback(c2, m2c, 'answered', utc('2026-11-01T12:00:00Z'), utc('2026-11-01T13:00:00Z'));
    s.callback(c3, m3, 'sent', utc('2026-11-02T10:00:00Z'));
    s.callback(c4, m4a, 'planned', null);
    s.callback(c1, m1a, 'answered', utc('2026-10-30T12:00:00Z'), utc('2026-10-30T13:00:00Z'));
    s.usage(utc('2026-11-01T12:00:00Z'), 0.01);
    s.usage(utc('2026-10-30T12:00:00Z'), 1);
    return t;
  }

  it('buckets conversations by the shop-local day across a daylight-saving change, and by source', async () => {
    const t = await seededShop();
    const insights = await t.call<Insights>('getInsights', { period: PERIOD });
    expect(insights.period).toEqual({
      from: '2026-10-31',
      to: '2026-11-02',
      start: utc('2026-10-31T04:00:00Z'),
      end: utc('2026-11-03T05:00:00Z'),
      timeZone: 'America/New_York',
    });
    expect(insights.days).toEqual([
      { day: '2026-10-31', started: 1, organic: 0, ads: 1 },
      { day: '2026-11-01', started: 1, organic: 1, ads: 0 },
      { day: '2026-11-02', started: 2, organic: 0, ads: 2 },
    ]);
    expect(insights.sources).toEqual([
      { key: 'ad:111', kind: 'ad', title: 'Winter sale', adId: '111', started: 2, replied: 2, purchased: 1 },
      { key: 'ad:Tote bag', kind: 'ad', title: 'Tote bag', adId: null, started: 1, replied: 0, purchased: 0 },
      { key: 'organic', kind: 'organic', title: null, adId: null, started: 1, replied: 1, purchased: 0 },
    ]);
  });

  it('gives nearest-rank p50/p90 first-response times per responder over turns that start in the period', async () => {
    const t = await seededShop();
    const insights = await t.call<Insights>('getInsights', { period: PERIOD });
    // People: 120 s, 300 s, 900 s, 3660 s → p50 is the 2nd (300 s), p90 the 4th (3660 s).
    // Autopilot: 20 s, 40 s → p50 the 1st, p90 the 2nd.
    expect(insights.responseTimes).toEqual([
      { responder: 'person', turns: 4, p50Ms: 300_000, p90Ms: 3_660_000 },
      { responder: 'autopilot', turns: 2, p50Ms: 20_000, p90Ms: 40_000 },
    ]);
    // Seven turns began in the period; c5's got only an away notice.
    expect(insights.unansweredTurns).toBe(1);
  });

  it('reads the same ranks in wait order and by sorting the period (the two reads of a long and a short period)', async () => {
    const t = await seededShop();
    const params = { start: utc('2026-10-31T04:00:00Z'), end: utc('2026-11-03T05:00:00Z'), until: utc('2026-11-10T05:00:00Z') };
    const waits = (sql: string, auto: number, k: number) => t.core.db.prepare(sql).all({ ...params, auto, k }) as Array<{ wait: number }>;
    const read: number[][] = [];
    for (const auto of [0, 1]) {
      const n = auto === 0 ? 4 : 2;
      for (let k = 0; k <= n; k++) {
        expect(waits(WAIT_IN_ORDER_SQL, auto, k)).toEqual(waits(WAIT_SORTED_SQL, auto, k));
        read.push(waits(WAIT_SORTED_SQL, auto, k).map((r) => r.wait / 1000));
      }
    }
    expect(read).toEqual([[120], [300], [900], [3660], [], [20], [40], []]);
  });

  it('parts the drafts by outcome, counts handoff reasons, callbacks, and the model cost beside a per-resolution price', async () => {
    const t = await seededShop();
    const insights = await t.call<Insights>('getInsights', { period: PERIOD });
    expect(insights.drafts).toEqual({ total: 12, autoSent: 2, approvedUnedited: 2, edited: 1, rejected: 1, pending: 1, closed: 1, handedOff: 3, optedOut: 1 });
    expect(insights.handoffs).toEqual([
      { code: 'no_knowledge', count: 2 },
      { code: 'complaint', count: 1 },
    ]);
    expect(insights.callbacks).toEqual({ sent: 2, answered: 1 });
    expect(insights.cost.months).toEqual([
      { month: '2026-10', draftsUsd: 0.002, otherUsd: 0, replies: 2, resolutions: 2, perResolutionUsd: 1.98 },
      { month: '2026-11', draftsUsd: 0.004, otherUsd: 0.01, replies: 3, resolutions: 3, perResolutionUsd: 2.97 },
    ]);
    // c2 had replies in both months: one resolution in the period, as a per-resolution bill counts it.
    expect(insights.cost).toMatchObject({ draftsUsd: 0.006, otherUsd: 0.01, replies: 5, perReplyUsd: 0.0012, resolutions: 4, perResolutionUsd: 3.96 });
  });

  it('reads presets in the shop time zone and refuses a backwards or over-long period', async () => {
    // 03:00 UTC on Monday 2026-11-09 is still Sunday evening in New York.
    const t = createTestCore({ clock: new FakeClock(utc('2026-11-09T03:00:00Z')) });
    cores.push(t);
    await t.call('saveProfile', { ...PROFILE, timezone: 'America/New_York' });
    const week = await t.call<Insights>('getInsights', { period: { kind: 'preset', preset: 'this_week' } });
    expect([week.period.from, week.period.to]).toEqual(['2026-11-02', '2026-11-08']);
    const month = await t.call<Insights>('getInsights', { period: { kind: 'preset', preset: 'last_30_days' } });
    expect([month.period.from, month.period.to, month.days.length]).toEqual(['2026-10-10', '2026-11-08', 30]);
    const backwards = await t.dispatch('getInsights', { period: { kind: 'custom', from: '2026-11-08', to: '2026-11-01' } });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    const long = await t.dispatch('getInsights', { period: { kind: 'custom', from: '2025-01-01', to: '2026-01-02' } });
    expect(long).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    const empty = await t.call<Insights>('getInsights', { period: { kind: 'preset', preset: 'last_7_days' } });
    expect(empty.days.every((d) => d.started === 0)).toBe(true);
    expect(empty.responseTimes.map((r) => r.p50Ms)).toEqual([null, null]);
    expect(empty.cost.perReplyUsd).toBeNull();
  });

  it('exports a table as RFC 4180 CSV where an ad title cannot become a spreadsheet formula', async () => {
    const t = createTestCore({ clock: new FakeClock(utc('2026-11-20T12:00:00Z')) });
    cores.push(t);
    await t.call('saveProfile', { ...PROFILE, timezone: 'UTC' });
    const s = seeder(t.core.db);
    s.conversation(utc('2026-11-19T10:00:00Z'), { sourceId: '=HYPERLINK("http://x")', title: 'Sale, "50%" off\nnow' });
    const csv = await t.call<{ fileName: string; text: string; rows: number }>('exportInsights', { period: { kind: 'preset', preset: 'last_7_days' }, table: 'sources' });
    expect(csv.fileName).toBe('counterpart-insights-sources-2026-11-14-to-2026-11-20.csv');
    expect(csv.rows).toBe(1);
    expect(csv.text).toBe('source,ad_id,ad_title,started,replied,purchased\r\nad,"\'=HYPERLINK(""http://x"")","Sale, ""50%"" off\nnow",1,0,0\r\n');
    const days = await t.call<{ text: string; rows: number }>('exportInsights', { period: { kind: 'preset', preset: 'last_7_days' }, table: 'days' });
    expect(days.rows).toBe(7);
    expect(days.text.split('\r\n').slice(0, 2)).toEqual(['day,started,organic,from_ads', '2026-11-14,0,0,0']);
  });
});

describe('Insights queries', () => {
  it('read every growing table through an index (EXPLAIN QUERY PLAN)', () => {
    const t = createTestCore();
    try {
      t.core.db.exec('ANALYZE');
      expect(unindexedScans(t.core.db)).toEqual([]);
    } finally {
      t.dispose();
    }
  });
});
