import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../storage/database';
import { ConversationsRepo } from './conversations-repo';

describe('ConversationsRepo message order', () => {
  let dir: string;
  let db: Database;
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const setup = () => {
    dir = mkdtempSync(join(tmpdir(), 'cp-conv-'));
    db = openDatabase(join(dir, 'test.db'));
    const repo = new ConversationsRepo(db);
    const id = repo.ensureConversation({ channel: 'whatsapp', externalId: '5511@s.whatsapp.net', name: 'Ana', language: 'en', at: 1_000 });
    return { repo, id };
  };

  it('keeps a reply below the message it answers when this computer’s clock is behind the server', () => {
    const { repo, id } = setup();
    repo.insertMessage({ conversationId: id, externalId: 'in-1', direction: 'in', author: 'Ana', text: 'Open today?', status: 'received', at: 50_000 });
    repo.insertMessage({ conversationId: id, externalId: 'out-1', direction: 'out', author: 'Owner', text: 'Yes, until 6.', status: 'sent', at: 20_000 });
    const thread = repo.messages(id);
    expect(thread.map((m) => m.text)).toEqual(['Open today?', 'Yes, until 6.']);
    expect(thread[1]!.at).toBe(50_000);
    expect(repo.get(id)!.lastMessageText).toBe('Yes, until 6.');
  });

  it('keeps the channel’s own time for customer messages, even when they arrive late', () => {
    const { repo, id } = setup();
    repo.insertMessage({ conversationId: id, externalId: 'out-1', direction: 'out', author: 'Owner', text: 'Hi!', status: 'sent', at: 80_000 });
    repo.insertMessage({ conversationId: id, externalId: 'in-1', direction: 'in', author: 'Ana', text: 'Earlier question', status: 'received', at: 60_000 });
    expect(repo.messages(id).map((m) => [m.text, m.at])).toEqual([
      ['Earlier question', 60_000],
      ['Hi!', 80_000],
    ]);
  });
});
