/**
 * Bench section `scale`: ingest→draft at a busy shop's size — 10k products, 20k customers,
 * 200k messages, 100k decided drafts — with catalog questions in each customer language
 * (Hindi in Devanagari and romanised), a turn in a chat with history, and the model prompt's
 * preparation (retrieval, knowledge pack, budget; no network). The history tables are seeded
 * with bulk SQL; the questions then go through the core as a real message does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { prepareModelPrompt } from '../core/assistant/model/prepare';
import { loadLanguageDetector } from '../core/assistant/triage/language';
import { warmTriageRules } from '../core/assistant/triage/rules';
import type { Core } from '../core/composition';
import { syncCustomerNames } from '../core/inbox/customer-names';
import { readKnowledgeFolder } from '../core/knowledge/knowledge-folder';
import { silentLogger } from '../core/platform/logger';
import { transaction } from '../core/storage/database';
import { appRoot, createNodeCore } from '../node/node-core';
import type { BenchRow } from './bench';
import { syntheticCatalog, type SyntheticProduct } from './bench-catalog';
import { percentile } from './stats';

const SIZE = { products: 10_000, customers: 20_000, messagesPerCustomer: 10 };

type Asked = 'en' | 'es' | 'pt' | 'id' | 'vi' | 'hi' | 'hi-latn';

/** A catalog question about `name` in each language the bench asks in. */
const ASK: Record<Asked, (name: string) => string> = {
  en: (n) => `hi, do you have the ${n}? how much is it and can you ship it this week?`,
  es: (n) => `hola, ¿tienen ${n}? ¿cuánto cuesta y hacen envíos esta semana?`,
  pt: (n) => `oi, vocês têm ${n}? qual o preço e entregam esta semana?`,
  id: (n) => `halo kak, ada ${n}? harganya berapa dan bisa dikirim minggu ini?`,
  vi: (n) => `chào shop, có ${n} không? giá bao nhiêu và tuần này giao được không?`,
  hi: (n) => `नमस्ते, क्या ${n} मिलेगा? इसकी कीमत कितनी है और क्या इस हफ्ते भेज सकते हैं?`,
  'hi-latn': (n) => `namaste, ${n} milega kya? kitne ka hai aur is hafte bhej sakte ho?`,
};
const ASKED = Object.keys(ASK) as Asked[];

const FIRST = ['María', 'José', 'Ana', 'Lucía', 'João', 'Thiago', 'Priya', 'Rahul', 'Siti', 'Budi', 'Nguyễn', 'Linh', 'Sarah', 'James', 'Chloé', 'Zoë'];
const LAST = ['García', 'López', 'Silva', 'Souza', 'Sharma', 'Gupta', 'Wijaya', 'Santoso', 'Trần', 'Phạm', 'Smith', 'Brown', 'Müller', 'Núñez'];

/** Every scale row: per-language ingest→draft, a turn with history, and prompt preparation. */
export async function scaleBench(options: { runs: number }): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'counterpart-bench-scale-'));
  // Inline: this section measures the drafting pipeline's own cost (`burst` measures the workers).
  const core = createNodeCore({ owner: { kind: 'command', command: 'bench' }, dataDir: dir, logger: silentLogger(), inlineDrafting: true });
  try {
    const seeded = performance.now();
    const catalog = seedScaleShop(core);
    const seedSeconds = (performance.now() - seeded) / 1000;
    // What the core's warm-up does after start: rule tables, the detector, the name index.
    warmTriageRules();
    loadLanguageDetector();
    syncCustomerNames(core.db);
    core.retriever.search('warm up');

    const rows: BenchRow[] = [];
    const perLanguage = Math.max(20, Math.round(options.runs / 3));
    const all: number[] = [];
    let n = 0;
    for (const lang of ASKED) {
      const samples: number[] = [];
      for (let i = 0; i < perLanguage; i++) {
        const product = catalog[(i * 7919 + lang.length * 131) % catalog.length]!;
        // A new chat per question: what one question costs, with no history.
        samples.push(await timeIngest(core, `scale-${lang}-${i}`, `Scale ${lang} ${i}`, ASK[lang](product.product.name), `s-${n++}`));
      }
      all.push(...samples);
      rows.push(row(`ingest → draft, ${lang === 'hi-latn' ? 'hi (romanised)' : lang === 'hi' ? 'hi (Devanagari)' : lang} catalog question`, samples, 'new chat; 10k products, 20k customers, 200k messages'));
    }
    rows.unshift(row('ingest → draft, all languages', all, `seeded in ${seedSeconds.toFixed(1)} s; offline drafter`));

    const history: number[] = [];
    for (let i = 0; i < perLanguage * 2; i++) {
      const lang = ASKED[i % ASKED.length]!;
      const product = catalog[(i * 104_729) % catalog.length]!;
      // A seeded chat: ten earlier messages, a decided draft among them.
      const customer = 1 + ((i * 7_919) % SIZE.customers);
      history.push(await timeIngest(core, `wa:${customer}`, scaleCustomerName(customer), ASK[lang](product.product.name), `h-${i}`, 'whatsapp'));
    }
    rows.push(row('ingest → draft, turn in a chat with history', history, '10 earlier messages; languages in turn'));

    const prepared: number[] = [];
    for (let i = 0; i < perLanguage * 2; i++) {
      const lang = ASKED[i % ASKED.length]!;
      const message = ASK[lang](catalog[(i * 31) % catalog.length]!.product.name);
      const started = performance.now();
      prepareModelPrompt(core, { message, customerName: 'Customer', history: [{ from: 'customer', text: 'hello' }] }, lang === 'hi-latn' ? 'hi' : lang);
      prepared.push(performance.now() - started);
    }
    rows.push(row('model prompt preparation (no network)', prepared, 'retrieval + knowledge pack + budget'));
    return rows;
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timeIngest(core: Core, chatId: string, name: string, text: string, messageId: string, channel: 'practice' | 'whatsapp' = 'practice'): Promise<number> {
  const started = performance.now();
  const result = await core.inbox.ingest({ channel, chatId, messageId, customerName: name, language: 'en', text, at: Date.now() });
  const ms = performance.now() - started;
  // A chat handed to a person stops drafting; hand it back so every sample is a full draft.
  if (result.draftId === null && !result.duplicate) core.conversations.setState(result.conversationId, 'assistant');
  return ms;
}

/** The name of seeded customer `i`. */
export function scaleCustomerName(i: number): string {
  return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
}

/** Seeds the demo shop plus 10k products; 20k customers with 10 messages each; half the inbound ones decided. */
export function seedScaleShop(core: Core): SyntheticProduct[] {
  const demo = readKnowledgeFolder(join(appRoot(), 'assets', 'demo-shop'));
  const catalog = syntheticCatalog(SIZE.products);
  core.knowledge.replaceAll({ profile: demo.ok ? demo.set.profile : null, products: catalog.map((c) => c.product), faqs: demo.ok ? demo.set.faqs : [] });
  const db = core.db;
  const texts = ['hola, ¿tienen envío gratis?', 'do you have this in blue?', 'ok thanks!', 'kitne ka hai?', 'có giao hàng không', 'harganya berapa kak?', 'quanto custa o frete?', 'क्या यह मिलेगा?'];
  transaction(db, () => {
    const customer = db.prepare(`INSERT INTO customers (id, channel, external_id, name, language, created_at) VALUES (?, 'whatsapp', ?, ?, 'en', 0)`);
    const conversation = db.prepare(`INSERT INTO conversations (id, customer_id, channel, started_by, created_at, last_message_at) VALUES (?, ?, 'whatsapp', 'customer', 0, ?)`);
    const message = db.prepare(`INSERT INTO messages (id, conversation_id, external_id, direction, author, text, status, at) VALUES (?, ?, ?, ?, ?, ?, 'received', ?)`);
    const draft = db.prepare(
      `INSERT INTO drafts (conversation_id, message_id, route, text, drafter, status, final_text, decided_by, decided_at, created_at)
       VALUES (?, ?, 'answer', ?, 'offline', ?, ?, 'owner', ?, ?)`,
    );
    let messageId = 0;
    const base = Date.now() - 90 * 86_400_000;
    for (let c = 1; c <= SIZE.customers; c++) {
      customer.run(c, `wa:${c}`, scaleCustomerName(c));
      conversation.run(c, c, base);
      for (let m = 0; m < SIZE.messagesPerCustomer; m++) {
        messageId++;
        const inbound = m % 2 === 0;
        const at = base + c * 1000 + m;
        message.run(messageId, c, `seed-${messageId}`, inbound ? 'in' : 'out', inbound ? scaleCustomerName(c) : 'shop', texts[(c + m) % texts.length]!, at);
        if (inbound) draft.run(c, messageId, 'Thanks for writing!', m % 4 === 0 ? 'sent' : 'rejected', 'Thanks for writing!', at + 1, at);
      }
    }
  });
  return catalog;
}

function row(name: string, samples: number[], note: string): BenchRow {
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return { section: 'scale', name, n: samples.length, unit: 'ms', p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), note };
}
