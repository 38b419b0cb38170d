/**
 * Bench section `insights`: the whole Insights screen's figures over a year of a busy shop —
 * 10,000 conversations (a fifth from five ads), 100,000 messages (five turns each, answered by a
 * person or the autopilot), 50,000 drafts with their outcomes and cost, auto sends, purchases,
 * callbacks and test-run spend — for the last 30 days and for a year. Seeded with bulk SQL (the
 * tables as the inbox, review and autopilot leave them); the figures then come from the core.
 * Also checks each aggregate's plan reads its big tables through an index.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { InsightsPeriod } from '../contract/insights-schemas';
import type { Core } from '../core/composition';
import { unindexedScans } from '../core/insights/insights-plan';
import { addDays } from '../core/insights/period';
import { localDay } from '../core/autopilot/hours';
import { readKnowledgeFolder } from '../core/knowledge/knowledge-folder';
import { silentLogger } from '../core/platform/logger';
import { transaction } from '../core/storage/database';
import { appRoot, createNodeCore } from '../node/node-core';
import type { BenchRow } from './bench';
import { percentile } from './stats';

const SIZE = { conversations: 10_000, messagesPerConversation: 10 };
const DAY = 86_400_000;

/** The insights rows: 30 days and a year, p50/p95 over `runs` computations each. */
export function insightsBench(options: { runs: number }): BenchRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'counterpart-bench-insights-'));
  const core = createNodeCore({ owner: { kind: 'command', command: 'bench' }, dataDir: dir, logger: silentLogger() });
  try {
    const seeded = performance.now();
    seedInsightsShop(core, Date.now());
    core.db.exec('ANALYZE');
    const seedSeconds = (performance.now() - seeded) / 1000;
    const unindexed = unindexedScans(core.db);
    if (unindexed.length > 0) throw new Error(`insights aggregates scan without an index: ${unindexed.join('; ')}`);
    const today = localDay(Date.now(), core.knowledge.profile()?.timezone ?? 'UTC');
    const periods: Array<[string, InsightsPeriod]> = [
      ['insights, last 30 days', { kind: 'preset', preset: 'last_30_days' }],
      ['insights, a year (365 days)', { kind: 'custom', from: addDays(today, -364), to: today }],
    ];
    return periods.map(([name, period]) => {
      core.insights.compute(period);
      const samples: number[] = [];
      for (let i = 0; i < options.runs; i++) {
        const started = performance.now();
        core.insights.compute(period);
        samples.push(performance.now() - started);
      }
      const load = loadavg().map((v) => v.toFixed(2)).join(' ');
      return row(name, samples, `10k conversations, 100k messages, 50k drafts; seeded in ${seedSeconds.toFixed(1)} s; load avg ${load}; goal ≤ 200 ms`);
    });
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Seeds the demo shop's profile and a year of chats ending at `now`. */
export function seedInsightsShop(core: Core, now: number): void {
  const demo = readKnowledgeFolder(join(appRoot(), 'assets', 'demo-shop'));
  core.knowledge.replaceAll({ profile: demo.ok ? demo.set.profile : null, products: demo.ok ? demo.set.products : [], faqs: demo.ok ? demo.set.faqs : [] });
  const db = core.db;
  transaction(db, () => {
    const customer = db.prepare(`INSERT INTO customers (id, channel, external_id, name, language, created_at) VALUES (?, 'whatsapp', ?, ?, 'en', ?)`);
    const conversation = db.prepare(`INSERT INTO conversations (id, customer_id, channel, started_by, created_at, last_message_at, referral) VALUES (?, ?, 'whatsapp', 'customer', ?, ?, ?)`);
    const message = db.prepare(`INSERT INTO messages (id, conversation_id, external_id, direction, author, text, status, at) VALUES (?, ?, ?, ?, ?, 'text', ?, ?)`);
    const draft = db.prepare(
      `INSERT INTO drafts (id, conversation_id, message_id, route, text, reasons, drafter, prompt_tokens, completion_tokens, cost_usd, status, final_text, created_at)
       VALUES (?, ?, ?, ?, 'Drafted', ?, 'model', 900, 80, ?, ?, ?, ?)`,
    );
    const outbox = db.prepare(`INSERT INTO outbox (id, conversation_id, draft_id, message_id, send_id, text, author, status, created_at) VALUES (?, ?, ?, ?, ?, 'text', ?, 'sent', ?)`);
    const autoSend = db.prepare(`INSERT INTO auto_sends (draft_id, conversation_id, message_id, outbox_id, rule, checks, at) VALUES (?, ?, ?, ?, 'price', '{}', ?)`);
    const purchase = db.prepare(
      `INSERT INTO customer_purchases (customer_id, conversation_id, product_name, amount_minor, currency, purchased_at, recorded_by, created_at) VALUES (?, ?, 'Pot', 2500, 'MXN', ?, 'Ana', ?)`,
    );
    const callback = db.prepare(`INSERT INTO callbacks (conversation_id, reason, after_message_id, due_at, state, sent_at, answered_at, created_at) VALUES (?, 'answered_quiet', ?, ?, ?, ?, ?, ?)`);
    const away = db.prepare(`INSERT INTO away_sends (conversation_id, kind, key, outbox_id, message_id, at) VALUES (?, 'away', ?, ?, ?, ?)`);
    const usage = db.prepare(`INSERT INTO model_usage (source, ref, prompt_tokens, completion_tokens, cost_usd, created_at) VALUES ('test_run', NULL, 900, 80, 0.0002, ?)`);
    const start = now - 365 * DAY;
    let m = 0;
    let d = 0;
    let o = 0;
    for (let c = 1; c <= SIZE.conversations; c++) {
      const created = start + Math.floor(((c - 0.5) / SIZE.conversations) * 365 * DAY);
      const ad = c % 5 === 0 ? JSON.stringify({ source: 'ad', app: 'facebook', title: `Ad ${c % 25}`, body: null, url: null, sourceId: `ad-${c % 25}`, sourceType: 'ad', ctwaClid: null }) : null;
      customer.run(c, `wa:${c}`, `Customer ${c}`, created);
      let at = created;
      let lastIn = 0;
      for (let i = 0; i < SIZE.messagesPerConversation; i++) {
        m++;
        if (i % 2 === 0) {
          if (i === 0) conversation.run(c, c, created, created, ad);
          message.run(m, c, `in-${m}`, 'in', `Customer ${c}`, 'received', at);
          lastIn = m;
          d++;
          const kind = (c + i) % 10;
          const route = kind === 9 ? 'handoff' : kind === 8 && i === 8 ? 'optout' : 'answer';
          const status = route !== 'answer' ? 'resolved' : kind < 4 ? 'sent' : kind < 6 ? 'approved' : kind === 6 ? 'rejected' : 'resolved';
          const reasons = route === 'handoff' ? JSON.stringify([{ code: ['no_knowledge', 'complaint', 'asked_for_person'][c % 3], message: '' }]) : '[]';
          draft.run(d, c, m, route, reasons, 0.0003, status, status === 'sent' || status === 'approved' ? (kind === 5 ? 'Edited' : 'Drafted') : null, at + 500);
          at += 30_000 + ((c * 7919 + i * 104_729) % 7_200_000);
        } else {
          // One chat in fifty gets an away notice where the first reply would be (not a reply).
          const notice = i === 1 && c % 50 === 1;
          const auto = notice || (c + i) % 10 < 4;
          message.run(m, c, `out-${m}`, 'out', auto ? 'Autopilot' : 'Ana', 'sent', at);
          o++;
          outbox.run(o, c, auto && !notice ? d : null, m, `send-${o}`, auto ? 'Autopilot' : 'Ana', at);
          if (notice) away.run(c, `day-${m}`, o, m, at);
          else if (auto) autoSend.run(d, c, lastIn, o, at);
          at += 60_000 + ((c * 31 + i * 17) % 86_400_000);
        }
      }
      db.prepare('UPDATE conversations SET last_message_at = ? WHERE id = ?').run(at, c);
      if (c % 10 === 0) purchase.run(c, c, at, at);
      if (c % 10 === 3) callback.run(c, lastIn, at, c % 20 === 3 ? 'answered' : 'sent', at, c % 20 === 3 ? at + 3_600_000 : null, at);
      if (c % 10 === 0) usage.run(created);
    }
  });
}

function row(name: string, samples: number[], note: string): BenchRow {
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return { section: 'insights', name, n: samples.length, unit: 'ms', p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), note };
}
