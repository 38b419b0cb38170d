/**
 * Numbered, append-only schema migrations. Never edit a shipped migration: add the next one.
 */
export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'knowledge, conversations, drafts, outbox, audit',
    sql: `
      CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        data TEXT NOT NULL
      );

      CREATE TABLE products (
        sku TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        price TEXT NOT NULL,
        currency TEXT NOT NULL,
        stock INTEGER,
        options TEXT NOT NULL DEFAULT '{}',
        tags TEXT NOT NULL DEFAULT '[]',
        active INTEGER NOT NULL DEFAULT 1,
        updated_at INTEGER NOT NULL
      );

      CREATE TABLE faqs (
        id TEXT PRIMARY KEY,
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('policy', 'info')),
        alternatives TEXT NOT NULL DEFAULT '[]',
        updated_at INTEGER NOT NULL
      );

      -- One search index over both kinds of knowledge; source_id is 'faq:<id>' or 'product:<sku>'.
      -- title: question or product name; alt: alternatives, or tags/options/sku; body: answer or description.
      CREATE VIRTUAL TABLE knowledge_fts USING fts5(
        source_id UNINDEXED,
        title,
        alt,
        body,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        channel TEXT NOT NULL CHECK (channel IN ('practice', 'whatsapp')),
        external_id TEXT NOT NULL,
        name TEXT NOT NULL,
        language TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        UNIQUE (channel, external_id)
      );

      CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id),
        channel TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'assistant' CHECK (state IN ('assistant', 'needs_person', 'paused')),
        started_by TEXT NOT NULL CHECK (started_by IN ('customer', 'shop')),
        created_at INTEGER NOT NULL,
        last_message_at INTEGER NOT NULL,
        UNIQUE (customer_id)
      );

      CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id),
        external_id TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
        author TEXT NOT NULL,
        text TEXT NOT NULL,
        status TEXT NOT NULL,
        at INTEGER NOT NULL,
        UNIQUE (conversation_id, external_id)
      );
      CREATE INDEX messages_by_conversation ON messages(conversation_id, at);

      CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id),
        message_id INTEGER NOT NULL UNIQUE REFERENCES messages(id),
        route TEXT NOT NULL CHECK (route IN ('answer', 'handoff', 'optout')),
        text TEXT NOT NULL,
        sources TEXT NOT NULL DEFAULT '[]',
        reasons TEXT NOT NULL DEFAULT '[]',
        drafter TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'approved', 'rejected', 'sent', 'resolved')),
        final_text TEXT,
        decided_by TEXT,
        decided_at INTEGER,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX drafts_pending ON drafts(status, created_at);

      -- Transactional outbox: written in the same transaction as the approval, sent by one worker.
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id),
        draft_id INTEGER UNIQUE REFERENCES drafts(id),
        message_id INTEGER NOT NULL UNIQUE REFERENCES messages(id),
        send_id TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        author TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        error TEXT,
        created_at INTEGER NOT NULL,
        sent_at INTEGER
      );
      CREATE INDEX outbox_pending ON outbox(status, id);

      CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX audit_by_time ON audit(at DESC);
    `,
  },
];
