import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../storage/database';
import { ConversationsRepo } from './conversations-repo';

describe('ConversationsRepo history pages', () => {
  let dir: string;
  let db: Database;
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  /** A chat of `count` customer messages, three to a timestamp, plus another chat in between. */
  const setup = (count: number) => {
    dir = mkdtempSync(join(tmpdir(), 'cp-pages-'));
    db = openDatabase(join(dir, 'test.db'));
    const repo = new ConversationsRepo(db);
    const id = repo.ensureConversation({ channel: 'whatsapp', externalId: '5511@s.whatsapp.net', name: 'Ana', language: 'en', at: 1_000 });
    const other = repo.ensureConversation({ channel: 'whatsapp', externalId: '5522@s.whatsapp.net', name: 'Bo', language: 'en', at: 1_000 });
    for (let i = 0; i < count; i++) {
      const at = 10_000 + Math.floor(i / 3) * 1_000;
      repo.insertMessage({ conversationId: id, externalId: `in-${i}`, direction: 'in', author: 'Ana', text: `m${i}`, status: 'received', at });
      repo.insertMessage({ conversationId: other, externalId: `o-${i}`, direction: 'in', author: 'Bo', text: `o${i}`, status: 'received', at });
    }
    return { repo, id };
  };

  it('opens on the newest page, oldest first, and says where the older ones start', () => {
    const { repo, id } = setup(10);
    const page = repo.messagePage(id, null, 4);
    expect(page.messages.map((m) => m.text)).toEqual(['m6', 'm7', 'm8', 'm9']);
    expect(page.older).toEqual({ at: page.messages[0]!.at, id: page.messages[0]!.id });
  });

  it('walks back through equal timestamps without repeating or skipping a message', () => {
    const { repo, id } = setup(23);
    const seen: string[] = [];
    let before: { at: number; id: number } | null = null;
    let pages = 0;
    do {
      const page = repo.messagePage(id, before, 4);
      seen.unshift(...page.messages.map((m) => m.text));
      before = page.older;
      pages++;
    } while (before && pages < 20);
    expect(pages).toBe(6);
    expect(seen).toEqual(repo.messages(id).map((m) => m.text));
    expect(new Set(seen).size).toBe(23);
  });

  it('ends with no older cursor when the chat fits one page', () => {
    const { repo, id } = setup(3);
    const page = repo.messagePage(id, null, 80);
    expect(page.messages).toHaveLength(3);
    expect(page.older).toBeNull();
  });

  it('reads a page through the conversation index, with no sort and no scan', () => {
    const { id } = setup(3);
    const plan = (sql: string, ...args: number[]) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
    const select = 'SELECT id, text FROM messages WHERE conversation_id = ?';
    const first = plan(`${select} ORDER BY at DESC, id DESC LIMIT 81`, id);
    const older = plan(`${select} AND (at < ? OR (at = ? AND id < ?)) ORDER BY at DESC, id DESC LIMIT 81`, id, 11_000, 11_000, 5);
    for (const detail of [first, older]) {
      expect(detail).toMatch(/USING INDEX messages_by_conversation/);
      expect(detail).not.toMatch(/TEMP B-TREE|SCAN messages/);
    }
  });
});
