/**
 * The embedding cache (migration 7): one Float32 vector per knowledge entry and model, valid
 * while the entry's content hash matches. Also the text each entry is embedded from.
 */
import { createHash } from 'node:crypto';
import { transaction, type Database } from '../../storage/database';

/** A knowledge entry as the embedder sees it. */
export type EntryText = { sourceId: string; text: string; hash: string };

/** Bump when `entryTexts` changes what it embeds, so every cached vector is recomputed. */
const TEXT_VERSION = 'v1';

type FaqRow = { id: string; question: string; answer: string; alternatives: string };
type ProductRow = { sku: string; name: string; description: string; options: string; tags: string };

/**
 * Every entry retrieval can return, with the text to embed: an FAQ's question, alternatives and
 * answer; an active product's name, tags, options and description (prices and stock say nothing
 * about meaning, and changing them must not cost a re-embed).
 */
export function entryTexts(db: Database): EntryText[] {
  const out: EntryText[] = [];
  for (const f of db.prepare('SELECT id, question, answer, alternatives FROM faqs ORDER BY id').all() as FaqRow[]) {
    const text = [f.question, ...(JSON.parse(f.alternatives) as string[]), f.answer].join('\n');
    out.push(entry(`faq:${f.id}`, text));
  }
  const products = db.prepare('SELECT sku, name, description, options, tags FROM products WHERE active = 1 ORDER BY sku').all() as ProductRow[];
  for (const p of products) {
    const options = Object.entries(JSON.parse(p.options) as Record<string, string[]>).map(([k, v]) => `${k}: ${v.join(', ')}`);
    const text = [p.name, (JSON.parse(p.tags) as string[]).join(', '), ...options, p.description].filter(Boolean).join('\n');
    out.push(entry(`product:${p.sku}`, text));
  }
  return out;
}

function entry(sourceId: string, text: string): EntryText {
  return { sourceId, text, hash: createHash('sha256').update(`${TEXT_VERSION}\n${text}`).digest('hex').slice(0, 32) };
}

/** All cached vectors of one model, as one contiguous matrix (row i = `ids[i]`). */
export type VectorMatrix = { model: string; dims: number; ids: string[]; data: Float32Array };

/** Reads and writes `knowledge_vectors`. */
export class VectorStore {
  constructor(private readonly db: Database) {}

  /** Content hash of every cached vector of `model`, by source id. */
  hashes(model: string): Map<string, string> {
    const rows = this.db.prepare('SELECT source_id, content_hash FROM knowledge_vectors WHERE model = ?').all(model) as Array<{ source_id: string; content_hash: string }>;
    return new Map(rows.map((r) => [r.source_id, r.content_hash]));
  }

  /** Stores vectors (replacing older ones of the same entry and model) in one transaction. */
  put(model: string, rows: ReadonlyArray<{ sourceId: string; hash: string; vector: Float32Array }>): void {
    const upsert = this.db.prepare(
      `INSERT INTO knowledge_vectors (source_id, model, content_hash, dims, vector) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (source_id, model) DO UPDATE SET content_hash = excluded.content_hash, dims = excluded.dims, vector = excluded.vector`,
    );
    transaction(this.db, () => {
      for (const r of rows) upsert.run(r.sourceId, model, r.hash, r.vector.length, new Uint8Array(r.vector.buffer, r.vector.byteOffset, r.vector.byteLength));
    });
  }

  /** Drops vectors of entries not in `keep` (any model) and of every model but `model`; returns how many. */
  prune(model: string, keep: ReadonlySet<string>): number {
    const remove = this.db.prepare('DELETE FROM knowledge_vectors WHERE source_id = ? AND model = ?');
    const rows = this.db.prepare('SELECT source_id, model FROM knowledge_vectors').all() as Array<{ source_id: string; model: string }>;
    let removed = 0;
    transaction(this.db, () => {
      for (const r of rows) {
        if (r.model === model && keep.has(r.source_id)) continue;
        removed += Number(remove.run(r.source_id, r.model).changes);
      }
    });
    return removed;
  }

  /** Every vector of `model`, in one matrix; vectors of another length than the first are skipped. */
  matrix(model: string): VectorMatrix {
    const rows = this.db.prepare('SELECT source_id, dims, vector FROM knowledge_vectors WHERE model = ? ORDER BY source_id').all(model) as Array<{
      source_id: string;
      dims: number;
      vector: Uint8Array;
    }>;
    const dims = rows[0]?.dims ?? 0;
    const usable = rows.filter((r) => r.dims === dims && r.vector.byteLength === dims * 4);
    const data = new Float32Array(usable.length * dims);
    usable.forEach((r, i) => data.set(new Float32Array(r.vector.buffer.slice(r.vector.byteOffset, r.vector.byteOffset + r.vector.byteLength)), i * dims));
    return { model, dims, ids: usable.map((r) => r.source_id), data };
  }
}
