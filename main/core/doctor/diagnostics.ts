/**
 * Diagnostics an installer can paste into a support request: versions, platform, the data
 * folder, the database's health, the WhatsApp link, the model, recent failures. Read-only and
 * safe beside a running app (the database is opened read-only; no lock is taken).
 *
 * What it never prints: secrets, API keys, tokens, customer text. It reads no message, draft or
 * knowledge text at all — only counts, states and codes — and a last pass (`scrub`) removes
 * anything shaped like a key, token, phone number or e-mail address that got through.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { release } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createJsonModelConfigStore } from '../assistant/model/model-config';
import { HOLDER_FILE } from '../storage/data-folder-lock';
import { MIGRATIONS } from '../storage/migrations';

export type DiagnosticsOptions = {
  dataDir: string;
  version: string;
  now: number;
  /** Ask the model server whether it answers (no key sent); off: say it was not checked. */
  probeModel?: (baseUrl: string) => Promise<string>;
  /** A pino log (JSON lines) to take the last errors from, e.g. the headless shell's redirected stderr. */
  logFile?: string;
};

/** Collects the diagnostics as one pasteable text. */
export async function collectDiagnostics(options: DiagnosticsOptions): Promise<string> {
  const lines: string[] = ['Counterpart diagnostics', `Generated: ${new Date(options.now).toISOString()}`, ''];
  const section = (title: string, rows: Array<[string, string]>) => {
    lines.push(`## ${title}`, ...rows.map(([k, v]) => `${k}: ${v}`), '');
  };

  section('Versions', [
    ['Counterpart', options.version],
    ['Node', process.versions.node],
    ['Electron', process.versions.electron ?? 'not running under Electron'],
    ['SQLite', process.versions.sqlite ?? 'unknown'],
  ]);
  section('Platform', [
    ['OS', `${process.platform} ${release()}`],
    ['Architecture', process.arch],
  ]);
  section('Data folder', dataFolderRows(options.dataDir));
  const database = join(options.dataDir, 'counterpart.db');
  const db = existsSync(database) ? new DatabaseSync(database, { readOnly: true }) : null;
  try {
    section('Database', db ? databaseRows(db) : [['State', 'no database yet (the app has not been started on this folder)']]);
    section('WhatsApp', db ? whatsappRows(db) : [['Link', 'not linked']]);
    section('Model', await modelRows(options));
    section('Recent failures', [...(db ? auditFailureRows(db) : []), ...logErrorRows(options.logFile)]);
  } finally {
    db?.close();
  }
  return scrub(lines.join('\n'));
}

function dataFolderRows(dataDir: string): Array<[string, string]> {
  if (!existsSync(dataDir)) return [['Location', dataDir], ['State', 'does not exist']];
  const { bytes, files } = folderSize(dataDir);
  const rows: Array<[string, string]> = [
    ['Location', dataDir],
    ['Size', `${formatBytes(bytes)} in ${files} files`],
  ];
  const backups = join(dataDir, 'backups');
  rows.push(['Backups', existsSync(backups) ? `${readdirSync(backups).filter((n) => n.endsWith('.db')).length}` : '0']);
  const holder = readJson(join(dataDir, HOLDER_FILE)) as { kind?: unknown; pid?: unknown; startedAt?: unknown } | null;
  // The holder file may be stale (a crash leaves it); the OS lock decides, but this says who last ran.
  rows.push(['Last started by', holder && typeof holder.kind === 'string' ? `${holder.kind} (pid ${String(holder.pid)}, ${typeof holder.startedAt === 'number' ? new Date(holder.startedAt).toISOString() : 'unknown time'})` : 'unknown']);
  return rows;
}

function databaseRows(db: DatabaseSync): Array<[string, string]> {
  const integrity = (db.prepare('PRAGMA integrity_check').all() as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
  const level = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  const count = (sql: string): string => {
    try {
      return String((db.prepare(sql).get() as { n: number }).n);
    } catch {
      return 'n/a';
    }
  };
  return [
    ['Integrity', integrity.length === 1 && integrity[0] === 'ok' ? 'ok' : `${integrity.length} problems (first: ${integrity[0]?.slice(0, 120)})`],
    ['Migration level', `${level} of ${latest}${level < latest ? ' (upgrades when the app next starts)' : level > latest ? ' (made by a newer version of Counterpart)' : ''}`],
    ['Products', count('SELECT COUNT(*) AS n FROM products')],
    ['FAQ entries', count('SELECT COUNT(*) AS n FROM faqs')],
    ['Conversations', count('SELECT COUNT(*) AS n FROM conversations')],
    ['Drafts waiting for review', count("SELECT COUNT(*) AS n FROM drafts WHERE status = 'pending'")],
    ['Outbox', `${count("SELECT COUNT(*) AS n FROM outbox WHERE status = 'pending'")} pending, ${count("SELECT COUNT(*) AS n FROM outbox WHERE status = 'failed'")} failed`],
  ];
}

function whatsappRows(db: DatabaseSync): Array<[string, string]> {
  const creds = (db.prepare("SELECT COUNT(*) AS n FROM wa_auth WHERE kind = 'creds'").get() as { n: number }).n > 0;
  const last = db.prepare("SELECT action, at FROM audit WHERE action LIKE 'whatsapp.%' ORDER BY id DESC LIMIT 1").get() as { action: string; at: number } | undefined;
  return [
    ['Link', creds ? 'linked (credentials stored, encrypted)' : 'not linked'],
    ['Last link event', last ? `${last.action} at ${new Date(last.at).toISOString()}` : 'none'],
  ];
}

async function modelRows(options: DiagnosticsOptions): Promise<Array<[string, string]>> {
  const config = createJsonModelConfigStore(join(options.dataDir, 'model.json')).get();
  if (config.provider === 'none') return [['Provider', 'none (offline drafts from the knowledge)']];
  const origin = safeOrigin(config.baseUrl);
  const rows: Array<[string, string]> = [
    ['Provider', config.provider],
    ['Server', origin ?? 'not a valid URL'],
    ['Model', config.model || 'not set'],
    ['Embedding model', config.embeddingModel || 'none'],
    ['API key', 'kept in the secret store (never shown)'],
  ];
  if (!origin) return rows;
  rows.push(['Reachable', options.probeModel ? await options.probeModel(config.baseUrl).catch((e: unknown) => `no (${errorCode(e)})`) : 'not checked (--offline)']);
  return rows;
}

function auditFailureRows(db: DatabaseSync): Array<[string, string]> {
  // Only the action and its time: a failure's detail may quote a channel's error, which can name a chat.
  const rows = db
    .prepare("SELECT action, COUNT(*) AS n, MAX(at) AS last FROM audit WHERE action LIKE '%.failed' GROUP BY action ORDER BY last DESC")
    .all() as Array<{ action: string; n: number; last: number }>;
  if (rows.length === 0) return [['Audit', 'no failures recorded']];
  return rows.map((r) => [r.action, `${r.n} times, last at ${new Date(r.last).toISOString()}`]);
}

function logErrorRows(logFile: string | undefined): Array<[string, string]> {
  if (!logFile) return [];
  if (!existsSync(logFile)) return [['Log', `${logFile} not found`]];
  const errors: Array<[string, string]> = [];
  for (const line of readFileSync(logFile, 'utf8').split('\n')) {
    let entry: { level?: unknown; time?: unknown; msg?: unknown; err?: { type?: unknown; code?: unknown } };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      continue;
    }
    if (typeof entry.level !== 'number' || entry.level < 50) continue;
    // The message is the code's fixed text; no field values (they may hold ids or text), only the error's type and code.
    const kind = [entry.err?.type, entry.err?.code].filter((v) => typeof v === 'string').join(' ');
    errors.push([typeof entry.time === 'number' ? new Date(entry.time).toISOString() : 'log', `${String(entry.msg ?? '').slice(0, 160)}${kind ? ` [${kind}]` : ''}`]);
  }
  return errors.length === 0 ? [['Log', 'no errors']] : errors.slice(-10);
}

/**
 * Removes what must never leave the machine, whatever slipped through: keys and tokens (long
 * runs of key-like characters, `sk-…`, `Bearer …`), URL credentials and query strings,
 * e-mail addresses and phone numbers.
 */
export function scrub(text: string): string {
  return text
    .replace(/\b(Bearer|Basic)\s+\S+/gi, '$1 [removed]')
    .replace(/\bsk-[A-Za-z0-9_-]{6,}/g, '[key removed]')
    .replace(/[A-Za-z0-9+_=-]{32,}/g, '[removed]')
    .replace(/\/\/[^/\s:@]+:[^/\s@]+@/g, '//[removed]@')
    .replace(/[\w.+-]+@[\w-]+\.[\w.-]+/g, '[email removed]')
    // Nine digits or more, except an ISO date: OS releases and versions have fewer.
    .replace(/\+?\d[\d\s().-]{7,}\d/g, (run) => (/^\d{4}-\d{2}-\d{2}/.test(run) || run.replace(/\D/g, '').length < 9 ? run : '[number removed]'));
}

/** Asks the model server's /models without a key: any HTTP answer means it is reachable. */
export async function probeModelServer(baseUrl: string): Promise<string> {
  const url = `${baseUrl.replace(/\/+$/, '')}/models`;
  const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
  return `yes (HTTP ${response.status}${response.status === 401 ? ', as expected without the key' : ''})`;
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function errorCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' ? cause.code : (error as Error).name;
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isDirectory()) {
      const inner = folderSize(path);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}
