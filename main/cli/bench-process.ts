/**
 * Bench sections measured on whole processes, as an owner meets them: `startup` (spawn
 * `counterpart serve --port 0` on a fresh data folder → first successful `getAppInfo` RPC;
 * `counterpart --help` until exit) and `burst` (1,000 practice messages over 200 chats, 8 RPCs
 * in flight, through the headless shell: acknowledged, drafted, RPC latency, lost, duplicated —
 * the last two read from the database after a clean stop).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DatabaseSync } from 'node:sqlite';
import { appRoot } from '../node/node-core';
import type { BenchRow } from './bench';
import { percentile } from './stats';

/** A running `counterpart serve`: its origin, the API token and the one-time link it printed. */
export type Shell = { child: ChildProcess; origin: string; token: string; link: string; exited: Promise<void> };

/** The `counterpart` command measured: this checkout's, or another build's (to compare two). */
const defaultBin = () => join(appRoot(), 'scripts', 'counterpart.mjs');

/** Starts `counterpart serve` on a free port; resolves once it printed its URL. */
export function startShell(dataDir: string, bin = defaultBin()): Promise<Shell> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, COUNTERPART_LOG_LEVEL: 'silent', COUNTERPART_DRAFT_WORKERS: '1' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      // The printed link carries a one-time link code; the API token is in the data folder,
      // written before the ready line.
      // Up to the line's end, so a link split across chunks is never taken half-read.
      const ready = /ready: ((http:\/\/[^/\s?]+)\S*)\r?\n/.exec(out);
      if (ready) resolve({ child, origin: ready[2]!, link: ready[1]!, token: readFileSync(join(dataDir, 'serve-token'), 'utf8').trim(), exited });
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}) before it was ready: ${out}${err}`)));
  });
}

export async function stopShell(shell: Shell): Promise<void> {
  shell.child.kill('SIGTERM');
  await shell.exited;
}

async function rpc(shell: Shell, channel: string, input: unknown = {}): Promise<{ ok: boolean; value?: unknown }> {
  const res = await fetch(`${shell.origin}/rpc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${shell.token}` },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; value?: unknown };
}

/** Whole-process start-up: serve → first RPC, and `--help`, `runs` times each. */
export async function startupBench(options: { runs: number }): Promise<BenchRow[]> {
  const serve: number[] = [];
  const help: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'counterpart-bench-start-'));
    try {
      const started = performance.now();
      const shell = await startShell(dir);
      const info = await rpc(shell, 'getAppInfo');
      if (!info.ok) throw new Error(`getAppInfo failed: ${JSON.stringify(info)}`);
      serve.push(performance.now() - started);
      await stopShell(shell);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const started = performance.now();
    const child = spawn(process.execPath, [defaultBin(), '--help'], { stdio: 'ignore' });
    await new Promise((resolve) => child.once('exit', resolve));
    help.push(performance.now() - started);
  }
  return [
    row('startup', 'serveToFirstRpcMs: spawn serve → first getAppInfo', serve, 'whole process, fresh data folder'),
    row('startup', 'counterpart --help, whole process', help, 'spawn → exit'),
  ];
}

/** 1,000 practice messages over 200 chats, 8 in flight, through the headless shell's RPC. */
export async function burstBench(options: { messages?: number; chats?: number; inFlight?: number; bin?: string } = {}): Promise<BenchRow[]> {
  const total = options.messages ?? 1000;
  const chats = options.chats ?? 200;
  const inFlight = options.inFlight ?? 8;
  const dir = mkdtempSync(join(tmpdir(), 'counterpart-bench-burst-'));
  const questions = ['do you have monstera in stock?', '¿A qué hora abren el sábado?', 'Quanto custa o frete?', 'ada pot keramik kak?', 'shop có giao hàng không', 'क्या आपके पास गमला है?', 'delivery kitne din mein hogi?', 'Can I return a pot I bought last week?'];
  try {
    const shell = await startShell(dir, options.bin);
    let acked: number[] = [];
    const latencies: number[] = [];
    let failed = 0;
    let ackedAt = 0;
    let draftedAt = 0;
    const db = new DatabaseSync(join(dir, 'counterpart.db'), { readOnly: true });
    try {
      if (!(await rpc(shell, 'loadDemoShop')).ok) throw new Error('loadDemoShop failed');
      const started = performance.now();
      let next = 0;
      const worker = async () => {
        while (next < total) {
          const i = next++;
          const sent = performance.now();
          const result = await rpc(shell, 'sendPracticeMessage', { customerName: `Burst ${i % chats}`, language: 'en', text: `${questions[i % questions.length]} (${i})` });
          latencies.push(performance.now() - sent);
          if (result.ok) acked.push((result.value as { messageId: number }).messageId);
          else failed++;
        }
      };
      await Promise.all(Array.from({ length: inFlight }, worker));
      ackedAt = performance.now() - started;
      // Drafted: every acknowledged message has its draft (read from a second, read-only connection).
      const count = db.prepare('SELECT count(*) AS n FROM drafts d JOIN messages m ON m.id = d.message_id WHERE m.external_id NOT LIKE ?');
      const deadline = performance.now() + 300_000;
      while ((count.get('seed-%') as { n: number }).n < acked.length && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      draftedAt = performance.now() - started;
    } finally {
      db.close();
      await stopShell(shell);
    }
    const after = new DatabaseSync(join(dir, 'counterpart.db'), { readOnly: true });
    let lost = 0;
    let duplicated = 0;
    try {
      acked = [...new Set(acked)];
      const drafts = after.prepare('SELECT count(*) AS n FROM drafts WHERE message_id = ?');
      for (const id of acked) {
        const n = (drafts.get(id) as { n: number }).n;
        if (n === 0) lost++;
        if (n > 1) duplicated++;
      }
    } finally {
      after.close();
    }
    const note = `${acked.length} acked, ${failed} refused; lost ${lost}, duplicated ${duplicated}`;
    return [
      { section: 'burst', name: `acked within: ${total} messages, ${chats} chats, ${inFlight} in flight`, n: 1, unit: 'ms', p50: round(ackedAt), p95: round(ackedAt), note: `${((total / ackedAt) * 1000).toFixed(1)} msg/s` },
      { section: 'burst', name: 'drafted within (every acked message has its draft)', n: 1, unit: 'ms', p50: round(draftedAt), p95: round(draftedAt), note },
      row('burst', 'sendPracticeMessage RPC during the burst', latencies, `max ${round(Math.max(...latencies))} ms`),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function row(section: string, name: string, samples: number[], note: string): BenchRow {
  return { section, name, n: samples.length, unit: 'ms', p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), note };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
