import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, transaction, type Database } from '../storage/database';
import { ConversationsRepo } from './conversations-repo';
import { syncCustomerNames } from './customer-names';

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

describe('ConversationsRepo customer keys and names', () => {
  let dir: string;
  let db: Database;
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const open = () => {
    dir = mkdtempSync(join(tmpdir(), 'cp-conv-names-'));
    db = openDatabase(join(dir, 'test.db'));
    return new ConversationsRepo(db);
  };
  const names = () => db.prepare('SELECT cu.external_id AS key, cu.name, n.folded FROM customers cu LEFT JOIN customer_names n ON n.customer_id = cu.id ORDER BY cu.id').all();
  const dirty = () => (db.prepare('SELECT COUNT(*) AS n FROM customer_names_dirty').get() as { n: number }).n;

  it('re-keys a LID chat to its phone number and takes the name the customer now gives, before the name index caught up', () => {
    const repo = open();
    // Stored under the LID, not yet folded into the name index (the guard folds lazily).
    const id = repo.ensureConversation({ channel: 'whatsapp', externalId: '901@lid', name: 'Ana', language: 'es', at: 1_000 });
    expect(dirty()).toBe(1);
    const survivor = transaction(db, () => repo.rekeyCustomer('whatsapp', '901@lid', '5215550001@s.whatsapp.net'));
    expect(survivor).toBe(id);
    // The next message arrives under the phone number with another push name.
    expect(repo.ensureConversation({ channel: 'whatsapp', externalId: '5215550001@s.whatsapp.net', name: 'Ana María', language: 'es', at: 2_000 })).toBe(id);
    expect(syncCustomerNames(db)).toBe(1);
    expect(names()).toEqual([{ key: '5215550001@s.whatsapp.net', name: 'Ana María', folded: 'ana maria' }]);
    expect(dirty()).toBe(0);
  });

  it('merges a LID chat into its phone chat: test cases copied from the LID chat follow the customer', () => {
    const repo = open();
    repo.ensureConversation({ channel: 'whatsapp', externalId: '901@lid', name: 'Ana', language: 'es', at: 1_000 });
    const phone = repo.ensureConversation({ channel: 'whatsapp', externalId: '5215550001@s.whatsapp.net', name: 'Ana', language: 'es', at: 1_000 });
    const customerOf = (key: string) => (db.prepare('SELECT id FROM customers WHERE external_id = ?').get(key) as { id: number }).id;
    const lidCustomer = customerOf('901@lid');
    db.prepare("INSERT INTO suite_cases (case_id, message, history, expect, created_at, updated_at, customer_id) VALUES ('t1', 'precio?', '[]', '{}', 0, 0, ?)").run(lidCustomer);
    expect(transaction(db, () => repo.rekeyCustomer('whatsapp', '901@lid', '5215550001@s.whatsapp.net'))).toBe(phone);
    expect(db.prepare('SELECT customer_id FROM suite_cases').all()).toEqual([{ customer_id: customerOf('5215550001@s.whatsapp.net') }]);
  });

  it('renames a customer twice before the index catches up, and after it: the index follows the last name', () => {
    const repo = open();
    repo.ensureConversation({ channel: 'practice', externalId: 'p:1', name: 'Bea', language: 'en', at: 1 });
    repo.ensureConversation({ channel: 'practice', externalId: 'p:1', name: 'Beatriz', language: 'en', at: 2 });
    repo.ensureConversation({ channel: 'practice', externalId: 'p:1', name: 'Beatriz Lugo', language: 'es', at: 3 });
    syncCustomerNames(db);
    repo.ensureConversation({ channel: 'practice', externalId: 'p:1', name: 'Bea Lugo', language: 'es', at: 4 });
    expect(dirty()).toBe(1);
    syncCustomerNames(db);
    expect(names()).toEqual([{ key: 'p:1', name: 'Bea Lugo', folded: 'bea lugo' }]);
    expect(db.prepare('SELECT language FROM customers').get()).toEqual({ language: 'es' });
  });
});
