/**
 * Numbered, append-only schema migrations. Never edit a shipped migration: add the next one.
 */
import { RESPONSE_TURNS_MIGRATION_SQL } from './response-turns-migration';
export type Migration = {
  version: number;
  name: string;
  sql: string;
  /** Rebuilds a table others reference: run with foreign keys off, checked before commit. */
  rebuildsTables?: boolean;
};

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
        prompt_tokens INTEGER,
        completion_tokens INTEGER,
        cost_usd REAL,
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
  {
    version: 2,
    name: 'whatsapp: encrypted auth state, chat addresses, send attempts, message changes',
    sql: `
      -- Baileys auth state: kind 'creds' (id 'creds') or a Signal key type; data is AES-256-GCM
      -- (iv | tag | ciphertext) under a data key kept in the SecretStore, never in this file.
      CREATE TABLE wa_auth (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (kind, id)
      ) WITHOUT ROWID;

      -- Where a WhatsApp conversation is answered: the remoteJid as last received, plus the
      -- phone-number and LID addresses when known (customers are keyed by phone when known).
      CREATE TABLE wa_chats (
        conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id),
        reply_jid TEXT NOT NULL,
        pn_jid TEXT,
        lid_jid TEXT,
        updated_at INTEGER NOT NULL
      );

      -- A send id is written here just before its bytes go to WhatsApp: a send interrupted by a
      -- crash is reported, never repeated.
      CREATE TABLE wa_sends (
        send_id TEXT PRIMARY KEY,
        jid TEXT NOT NULL,
        attempted_at INTEGER NOT NULL,
        error TEXT
      );

      ALTER TABLE conversations ADD COLUMN referral TEXT;
      ALTER TABLE messages ADD COLUMN reaction TEXT;
      ALTER TABLE messages ADD COLUMN edited_at INTEGER;
      ALTER TABLE messages ADD COLUMN deleted_at INTEGER;
    `,
  },
  {
    version: 3,
    name: 'search index: analysed sources, FAQ phrasings, vocabulary for typo tolerance',
    sql: `
      -- Derived from products and faqs (see main/core/knowledge/search/). Triggers queue every
      -- change in search_dirty; the retriever re-analyses queued sources before it searches, so
      -- no writer has to remember the index. Texts here are analysed terms (folded, stemmed).
      CREATE TABLE search_source (
        id INTEGER PRIMARY KEY,
        source_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        alts TEXT NOT NULL,
        tags TEXT NOT NULL,
        body TEXT NOT NULL,
        len_name INTEGER NOT NULL,
        len_alts INTEGER NOT NULL,
        len_tags INTEGER NOT NULL,
        len_body INTEGER NOT NULL
      );
      -- Terms are pre-analysed and space-separated: only white space separates tokens.
      CREATE VIRTUAL TABLE search_docs USING fts5(
        name, alts, tags, body,
        content = '', contentless_delete = 1,
        tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M* P* S*'"
      );
      CREATE VIRTUAL TABLE search_docs_vocab USING fts5vocab(search_docs, 'row');

      -- Each FAQ question and alternative on its own, so a message can match one phrasing.
      CREATE TABLE search_phrasing (
        id INTEGER PRIMARY KEY,
        source_id TEXT NOT NULL,
        text TEXT NOT NULL,
        len INTEGER NOT NULL
      );
      CREATE INDEX search_phrasing_by_source ON search_phrasing(source_id);
      CREATE VIRTUAL TABLE search_phrasings USING fts5(
        text,
        content = '', contentless_delete = 1,
        tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M* P* S*'"
      );
      CREATE VIRTUAL TABLE search_phrasings_vocab USING fts5vocab(search_phrasings, 'row');

      -- Words the knowledge has used, by trigram, to correct typos in messages.
      CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
      CREATE VIRTUAL TABLE search_terms_tri USING fts5(term, tokenize = 'trigram');

      -- No UNIQUE here: an upsert's conflict policy would override OR IGNORE inside the triggers.
      CREATE TABLE search_dirty (source_id TEXT NOT NULL);
      CREATE INDEX search_dirty_by_source ON search_dirty(source_id);
      CREATE TRIGGER search_products_ai AFTER INSERT ON products BEGIN
        INSERT INTO search_dirty SELECT 'product:' || new.sku WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE source_id = 'product:' || new.sku);
      END;
      CREATE TRIGGER search_products_au AFTER UPDATE ON products BEGIN
        INSERT INTO search_dirty SELECT 'product:' || old.sku WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE source_id = 'product:' || old.sku);
        INSERT INTO search_dirty SELECT 'product:' || new.sku WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE source_id = 'product:' || new.sku);
      END;
      CREATE TRIGGER search_products_ad AFTER DELETE ON products BEGIN
        INSERT INTO search_dirty SELECT 'product:' || old.sku WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE source_id = 'product:' || old.sku);
      END;
      CREATE TRIGGER search_faqs_ai AFTER INSERT ON faqs BEGIN
        INSERT INTO search_dirty SELECT 'faq:' || new.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE source_id = 'faq:' || new.id);
      END;
      CREATE TRIGGER search_faqs_au AFTER UPDATE ON faqs BEGIN
        INSERT INTO search_dirty SELECT 'faq:' || old.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE source_id = 'faq:' || old.id);
        INSERT INTO search_dirty SELECT 'faq:' || new.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE source_id = 'faq:' || new.id);
      END;
      CREATE TRIGGER search_faqs_ad AFTER DELETE ON faqs BEGIN
        INSERT INTO search_dirty SELECT 'faq:' || old.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE source_id = 'faq:' || old.id);
      END;
      INSERT INTO search_dirty SELECT 'product:' || sku FROM products;
      INSERT INTO search_dirty SELECT 'faq:' || id FROM faqs;
    `,
  },
  {
    version: 4,
    name: 'catalog filter: accent- and case-folded text per product',
    sql: `
      -- sku, name, tags and description folded (lower case, no accents) by KnowledgeRepo, so the
      -- catalog filter finds "Ñandú" from "nandu"; LIKE alone folds ASCII letters only. Rows
      -- written before this migration are filled in on the first listing (the partial index
      -- finds them without a scan).
      ALTER TABLE products ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
      CREATE INDEX products_without_search_text ON products(sku) WHERE search_text = '';
    `,
  },
  {
    version: 5,
    name: 'test my assistant: the owner\'s test cases and their runs',
    sql: `
      -- The owner's suite (FORMAT.md cases). history and expect are JSON as the format writes them.
      CREATE TABLE suite_cases (
        id INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL UNIQUE,
        message TEXT NOT NULL,
        lang TEXT,
        history TEXT NOT NULL DEFAULT '[]',
        expect TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );

      CREATE TABLE suite_runs (
        id INTEGER PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('running', 'done', 'cancelled', 'failed', 'interrupted')),
        drafter TEXT NOT NULL,
        total INTEGER NOT NULL,
        done INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        started_at INTEGER NOT NULL,
        finished_at INTEGER
      );

      -- Each case as it was when run (a snapshot: later edits do not rewrite old results) and
      -- what the assistant did; the report is recomputed from these by the pure eval report.
      CREATE TABLE suite_results (
        run_id INTEGER NOT NULL REFERENCES suite_runs(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        case_json TEXT NOT NULL,
        outcome_json TEXT NOT NULL,
        PRIMARY KEY (run_id, position)
      );
    `,
  },
  {
    version: 6,
    name: 'durable offline backlog; a message may have more than one draft over time; media kind; sends by time',
    rebuildsTables: true,
    sql: `
      -- Customer messages that arrived while the app was away (WhatsApp's offline backlog) are
      -- stored at once and listed here until their chat is triaged (one backlog draft per chat),
      -- so a crash or a close before triage still yields the backlog drafts after the restart.
      CREATE TABLE backlog_pending (
        message_id INTEGER PRIMARY KEY REFERENCES messages(id),
        at INTEGER NOT NULL
      );

      -- A customer who edits a message gets a new draft for the edited text; the stale one stays
      -- (resolved) for the record. So a message may have several drafts, but one pending at most.
      CREATE TABLE drafts_rebuilt (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id),
        message_id INTEGER NOT NULL REFERENCES messages(id),
        route TEXT NOT NULL CHECK (route IN ('answer', 'handoff', 'optout')),
        text TEXT NOT NULL,
        sources TEXT NOT NULL DEFAULT '[]',
        reasons TEXT NOT NULL DEFAULT '[]',
        drafter TEXT NOT NULL,
        prompt_tokens INTEGER,
        completion_tokens INTEGER,
        cost_usd REAL,
        status TEXT NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'approved', 'rejected', 'sent', 'resolved')),
        final_text TEXT,
        decided_by TEXT,
        decided_at INTEGER,
        created_at INTEGER NOT NULL
      );
      INSERT INTO drafts_rebuilt (id, conversation_id, message_id, route, text, sources, reasons, drafter, prompt_tokens,
          completion_tokens, cost_usd, status, final_text, decided_by, decided_at, created_at)
        SELECT id, conversation_id, message_id, route, text, sources, reasons, drafter, prompt_tokens,
          completion_tokens, cost_usd, status, final_text, decided_by, decided_at, created_at FROM drafts;
      DROP TABLE drafts;
      ALTER TABLE drafts_rebuilt RENAME TO drafts;
      CREATE INDEX drafts_pending ON drafts(status, created_at);
      CREATE INDEX drafts_by_message ON drafts(message_id);
      CREATE UNIQUE INDEX drafts_one_pending_per_message ON drafts(message_id) WHERE status = 'pending';

      -- What a non-text message carried (photo, voice…): its text is a placeholder.
      ALTER TABLE messages ADD COLUMN media TEXT;

      -- The send rate limits are read from the send attempts of the last hour (survive restarts).
      CREATE INDEX wa_sends_by_time ON wa_sends(attempted_at);
    `,
  },
  {
    version: 7,
    name: 'embedding cache: one vector per knowledge entry and embedding model',
    sql: `
      -- Optional semantic retrieval (main/core/knowledge/embeddings/). A vector is valid while the
      -- entry's content hash matches; the sync re-embeds only entries whose hash changed or that
      -- have no vector for the current model, and drops vectors of entries that are gone.
      -- vector holds Float32 values in the machine's byte order (little-endian on every platform
      -- Electron ships for), normalised to length 1. A rowid table, not WITHOUT ROWID: rows of
      -- 1.5–6 KB are what the SQLite docs advise against clustering on the key.
      CREATE TABLE knowledge_vectors (
        id INTEGER PRIMARY KEY,
        source_id TEXT NOT NULL,
        model TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        dims INTEGER NOT NULL,
        vector BLOB NOT NULL,
        UNIQUE (source_id, model)
      );
      CREATE INDEX knowledge_vectors_by_model ON knowledge_vectors(model);
    `,
  },
  {
    version: 8,
    name: 'cost meter: model spend that is not a queue draft (test runs)',
    sql: `
      -- Live drafts keep their tokens and cost on their own row (drafts). Model calls that leave no
      -- draft behind are metered here, one row per call, so the owner's cost meter shows the true
      -- spend and can tell its sources apart. source: 'test_run' ("Test my assistant"); ref names
      -- what spent it (suite_run:<id>) with no foreign key: the spend stays when old runs are pruned.
      CREATE TABLE model_usage (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        ref TEXT,
        prompt_tokens INTEGER NOT NULL,
        completion_tokens INTEGER NOT NULL,
        cost_usd REAL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX model_usage_by_time ON model_usage(created_at);
    `,
  },
  {
    version: 9,
    name: 'customer name index: other customers found by the words of a reply, not by reading them all',
    sql: `
      -- The private-data guard asks "which other customers are named in this reply?". Reading every
      -- customer's name per draft grows with the customer base; this table keys each customer by the
      -- first word of their folded name (the guard's own word test), so a lookup reads only the
      -- customers whose first name the reply uses. Folding is JavaScript (knowledge/text.ts fold()),
      -- so triggers only queue changed customers in customer_names_dirty and
      -- inbox/customer-names.ts folds the queued ones before it looks up (like search_dirty).
      CREATE TABLE customer_names (
        customer_id INTEGER PRIMARY KEY,
        first_token TEXT NOT NULL,
        folded TEXT NOT NULL
      );
      CREATE INDEX customer_names_by_token ON customer_names(first_token);
      CREATE TABLE customer_names_dirty (customer_id INTEGER PRIMARY KEY);
      INSERT INTO customer_names_dirty SELECT id FROM customers;
      CREATE TRIGGER customer_names_ai AFTER INSERT ON customers BEGIN
        INSERT OR IGNORE INTO customer_names_dirty VALUES (new.id);
      END;
      CREATE TRIGGER customer_names_au AFTER UPDATE OF name ON customers WHEN old.name IS NOT new.name BEGIN
        INSERT OR IGNORE INTO customer_names_dirty VALUES (new.id);
      END;
      CREATE TRIGGER customer_names_ad AFTER DELETE ON customers BEGIN
        DELETE FROM customer_names WHERE customer_id = old.id;
        DELETE FROM customer_names_dirty WHERE customer_id = old.id;
      END;
    `,
  },
  {
    version: 10,
    name: 'durable drafting: customer messages waiting for their turn to be drafted; the turn a draft answers',
    sql: `
      -- A live customer message is listed here in the transaction that stores it, and leaves in the
      -- transaction that stores its turn's draft (main/core/inbox/turns.ts). A crash while the
      -- draft is being written (a model call can take seconds) leaves the row, and the next start
      -- drafts the turn: no stored customer message is left without a draft or a handoff.
      -- No conversation column: a message can move to another conversation (customer re-keying).
      CREATE TABLE draft_jobs (
        message_id INTEGER PRIMARY KEY REFERENCES messages(id),
        at INTEGER NOT NULL
      );

      -- A draft answers a turn: the customer's messages from turn_from to message_id (its latest).
      -- The review card shows them all. NULL (drafts stored before): just message_id.
      ALTER TABLE drafts ADD COLUMN turn_from INTEGER;
    `,
  },
  {
    version: 11,
    name: 'console: one row per conversation with what it needs, kept in step by triggers; search over names and messages',
    sql: `
      -- The console's inbox (main/core/console/) pages conversations by what they need. That
      -- need is derived from messages, drafts, the chat's state and the read mark; it is defined
      -- once, in console_row_view, and copied into console_rows by triggers on every table it
      -- reads, so a page is one indexed range read however many conversations there are.
      -- need: optout (the latest draft was an opt-out), draft_ready / handed_off (a pending
      -- answer / handoff draft), needs_reply (the customer spoke last and no one answered,
      -- rejected, or marked it handled; or the last reply failed to send), paused, resolved.
      CREATE TABLE console_reads (
        conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
        message_id INTEGER NOT NULL
      );
      CREATE INDEX console_messages_by_direction ON messages(conversation_id, direction, id);
      CREATE INDEX console_drafts_by_conversation ON drafts(conversation_id, status, id);

      CREATE VIEW console_row_view AS
      SELECT x.conversation_id, x.channel,
        CASE
          WHEN x.latest_route = 'optout' THEN 'optout'
          WHEN x.pending_route = 'answer' THEN 'draft_ready'
          WHEN x.pending_route IS NOT NULL THEN 'handed_off'
          WHEN x.last_direction = 'in' AND NOT EXISTS (
            SELECT 1 FROM drafts d WHERE d.conversation_id = x.conversation_id AND d.status = 'resolved'
              AND d.message_id >= x.last_in_id) THEN 'needs_reply'
          WHEN x.last_direction = 'out' AND x.last_status = 'failed' THEN 'needs_reply'
          WHEN x.state = 'paused' THEN 'paused'
          WHEN x.state = 'needs_person' AND x.last_direction = 'in' THEN 'handed_off'
          ELSE 'resolved'
        END AS need,
        x.last_at, x.last_message_id,
        (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = x.conversation_id AND m.direction = 'in'
           AND m.id > COALESCE((SELECT r.message_id FROM console_reads r WHERE r.conversation_id = x.conversation_id), 0)) AS unread
      FROM (
        SELECT c.id AS conversation_id, c.channel, c.state, c.last_message_at AS last_at,
          (SELECT m.id FROM messages m WHERE m.conversation_id = c.id ORDER BY m.at DESC, m.id DESC LIMIT 1) AS last_message_id,
          (SELECT m.direction FROM messages m WHERE m.conversation_id = c.id ORDER BY m.at DESC, m.id DESC LIMIT 1) AS last_direction,
          (SELECT m.status FROM messages m WHERE m.conversation_id = c.id ORDER BY m.at DESC, m.id DESC LIMIT 1) AS last_status,
          (SELECT MAX(m.id) FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'in') AS last_in_id,
          (SELECT d.route FROM drafts d WHERE d.conversation_id = c.id AND d.status = 'pending' ORDER BY d.id DESC LIMIT 1) AS pending_route,
          (SELECT d.route FROM drafts d WHERE d.conversation_id = c.id ORDER BY d.id DESC LIMIT 1) AS latest_route
        FROM conversations c
      ) x;

      CREATE TABLE console_rows (
        conversation_id INTEGER PRIMARY KEY,
        channel TEXT NOT NULL,
        need TEXT NOT NULL,
        last_at INTEGER NOT NULL,
        last_message_id INTEGER,
        unread INTEGER NOT NULL
      );
      -- Newest first, optionally narrowed by channel and/or need: each filter has its index.
      CREATE INDEX console_rows_by_time ON console_rows(last_at, conversation_id);
      CREATE INDEX console_rows_by_need ON console_rows(need, last_at, conversation_id);
      CREATE INDEX console_rows_by_channel ON console_rows(channel, last_at, conversation_id);
      CREATE INDEX console_rows_by_channel_need ON console_rows(channel, need, last_at, conversation_id);

      -- Delete then insert (never INSERT OR REPLACE): an outer upsert's DO NOTHING would turn a
      -- trigger's OR REPLACE into OR IGNORE and leave the row stale.
      CREATE TRIGGER console_conversations_ai AFTER INSERT ON conversations BEGIN
        DELETE FROM console_rows WHERE conversation_id = new.id;
        INSERT INTO console_rows SELECT * FROM console_row_view WHERE conversation_id = new.id;
        DELETE FROM console_name_fts WHERE rowid = new.id;
        INSERT INTO console_name_fts (rowid, name) SELECT new.id, name FROM customers WHERE id = new.customer_id;
      END;
      CREATE TRIGGER console_conversations_au AFTER UPDATE OF state, last_message_at ON conversations BEGIN
        DELETE FROM console_rows WHERE conversation_id = new.id;
        INSERT INTO console_rows SELECT * FROM console_row_view WHERE conversation_id = new.id;
      END;
      CREATE TRIGGER console_conversations_ad AFTER DELETE ON conversations BEGIN
        DELETE FROM console_rows WHERE conversation_id = old.id;
        DELETE FROM console_name_fts WHERE rowid = old.id;
      END;
      CREATE TRIGGER console_customers_au AFTER UPDATE OF name ON customers BEGIN
        DELETE FROM console_name_fts WHERE rowid IN (SELECT id FROM conversations WHERE customer_id = new.id);
        INSERT INTO console_name_fts (rowid, name) SELECT id, new.name FROM conversations WHERE customer_id = new.id;
      END;
      CREATE TRIGGER console_messages_ai AFTER INSERT ON messages BEGIN
        DELETE FROM console_rows WHERE conversation_id = new.conversation_id;
        INSERT INTO console_rows SELECT * FROM console_row_view WHERE conversation_id = new.conversation_id;
        INSERT INTO console_message_fts (rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER console_messages_au AFTER UPDATE OF conversation_id, direction, status, at ON messages BEGIN
        DELETE FROM console_rows WHERE conversation_id IN (old.conversation_id, new.conversation_id);
        INSERT INTO console_rows SELECT * FROM console_row_view WHERE conversation_id IN (old.conversation_id, new.conversation_id);
      END;
      CREATE TRIGGER console_messages_text_au AFTER UPDATE OF text ON messages BEGIN
        DELETE FROM console_message_fts WHERE rowid = old.id;
        INSERT INTO console_message_fts (rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER console_messages_ad AFTER DELETE ON messages BEGIN
        DELETE FROM console_rows WHERE conversation_id = old.conversation_id;
        INSERT INTO console_rows SELECT * FROM console_row_view WHERE conversation_id = old.conversation_id;
        DELETE FROM console_message_fts WHERE rowid = old.id;
      END;
      CREATE TRIGGER console_drafts_ai AFTER INSERT ON drafts BEGIN
        DELETE FROM console_rows WHERE conversation_id = new.conversation_id;
        INSERT INTO console_rows SELECT * FROM console_row_view WHERE conversation_id = new.conversation_id;
      END;
      CREATE TRIGGER console_drafts_au AFTER UPDATE OF conversation_id, status, route ON drafts BEGIN
        DELETE FROM console_rows WHERE conversation_id IN (old.conversation_id, new.conversation_id);
        INSERT INTO console_rows SELECT * FROM console_row_view WHERE conversation_id IN (old.conversation_id, new.conversation_id);
      END;
      CREATE TRIGGER console_drafts_ad AFTER DELETE ON drafts BEGIN
        DELETE FROM console_rows WHERE conversation_id = old.conversation_id;
        INSERT INTO console_rows SELECT * FROM console_row_view WHERE conversation_id = old.conversation_id;
      END;
      CREATE TRIGGER console_reads_ai AFTER INSERT ON console_reads BEGIN
        DELETE FROM console_rows WHERE conversation_id = new.conversation_id;
        INSERT INTO console_rows SELECT * FROM console_row_view WHERE conversation_id = new.conversation_id;
      END;
      CREATE TRIGGER console_reads_au AFTER UPDATE ON console_reads BEGIN
        DELETE FROM console_rows WHERE conversation_id = new.conversation_id;
        INSERT INTO console_rows SELECT * FROM console_row_view WHERE conversation_id = new.conversation_id;
      END;

      -- Search: customer names (rowid = conversation id) and message texts (rowid = message id),
      -- accents folded, matched by word prefix. Contentless: the text stays in its own table.
      CREATE VIRTUAL TABLE console_name_fts USING fts5(
        name, content = '', contentless_delete = 1, tokenize = "unicode61 remove_diacritics 2"
      );
      CREATE VIRTUAL TABLE console_message_fts USING fts5(
        text, content = '', contentless_delete = 1, tokenize = "unicode61 remove_diacritics 2"
      );

      INSERT INTO console_rows SELECT * FROM console_row_view;
      INSERT INTO console_name_fts (rowid, name) SELECT c.id, cu.name FROM conversations c JOIN customers cu ON cu.id = c.customer_id;
      INSERT INTO console_message_fts (rowid, text) SELECT id, text FROM messages;
    `,
  },
  {
    version: 12,
    name: 'staff, current operator, setup progress',
    sql: `
      -- People who use the app. The PIN is an scrypt hash with its own salt (hex); never sent out.
      CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('owner', 'staff')),
        pin_hash TEXT,
        pin_salt TEXT,
        failed_tries INTEGER NOT NULL DEFAULT 0,
        locked_until INTEGER,
        created_at INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX staff_name ON staff (name COLLATE NOCASE);
      -- Who is at the desk now (one row at most).
      CREATE TABLE staff_current (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        staff_id INTEGER NOT NULL REFERENCES staff (id)
      );
      -- The first-run setup: where the installer is, which steps are done or skipped. An existing
      -- install that already has knowledge starts finished, so it never sees the wizard.
      CREATE TABLE setup_progress (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        step TEXT NOT NULL,
        steps TEXT NOT NULL DEFAULT '{}',
        finished_at INTEGER
      );
      INSERT INTO setup_progress (id, step, steps, finished_at)
        SELECT 1, 'profile', '{}',
          CASE WHEN EXISTS (SELECT 1 FROM products) OR EXISTS (SELECT 1 FROM faqs) OR EXISTS (SELECT 1 FROM profile) THEN 0 ELSE NULL END;
    `,
  },
  {
    version: 13,
    name: 'quick replies; undo window on the outbox; audit rows by conversation for the Activity filters',
    sql: `
      -- The owner's quick replies: a /shortcut and its text per customer language ({"en": "…"}).
      CREATE TABLE quick_replies (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        shortcut TEXT NOT NULL UNIQUE COLLATE NOCASE,
        texts TEXT NOT NULL DEFAULT '{}',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );

      -- A person's send waits until send_after so it can be undone; what undoing must restore
      -- (the drafts the send closed, the chat's state before it) is kept with it.
      ALTER TABLE outbox ADD COLUMN send_after INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE outbox ADD COLUMN closed_drafts TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE outbox ADD COLUMN prior_state TEXT;

      -- Activity is filtered by customer and paged by (at, id): each entry knows its conversation.
      ALTER TABLE audit ADD COLUMN conversation_id INTEGER;
      UPDATE audit SET conversation_id = CAST(substr(subject, 14) AS INTEGER) WHERE subject LIKE 'conversation:%';
      UPDATE audit SET conversation_id = (SELECT d.conversation_id FROM drafts d WHERE d.id = CAST(substr(audit.subject, 7) AS INTEGER))
        WHERE subject LIKE 'draft:%';
      UPDATE audit SET conversation_id = json_extract(detail, '$.conversationId')
        WHERE conversation_id IS NULL AND json_valid(detail) AND typeof(json_extract(detail, '$.conversationId')) = 'integer';
      CREATE INDEX audit_by_time_id ON audit(at, id);
      CREATE INDEX audit_by_conversation ON audit(conversation_id, at, id);
      CREATE INDEX audit_by_actor ON audit(actor, at, id);
    `,
  },
  {
    version: 14,
    name: 'conversation status (open, pending, resolved, snoozed), labels; the inbox rows carry status, source and snooze time',
    sql: `
      -- A person's status for a chat. No row = open. A customer message reopens a pending,
      -- resolved or snoozed chat (trigger below), so no status can hide a new message.
      CREATE TABLE conversation_status (
        conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('open', 'pending', 'resolved', 'snoozed')),
        snoozed_until INTEGER,
        changed_at INTEGER NOT NULL,
        changed_by TEXT NOT NULL,
        CHECK ((status = 'snoozed') = (snoozed_until IS NOT NULL))
      );
      -- The wake-up timer reads the earliest snooze.
      CREATE INDEX conversation_status_snoozed ON conversation_status(snoozed_until) WHERE status = 'snoozed';

      CREATE TABLE labels (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE,
        color TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE conversation_labels (
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        label_id INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
        PRIMARY KEY (conversation_id, label_id)
      ) WITHOUT ROWID;
      CREATE INDEX conversation_labels_by_label ON conversation_labels(label_id, conversation_id);

      ALTER TABLE console_rows ADD COLUMN status TEXT NOT NULL DEFAULT 'open';
      ALTER TABLE console_rows ADD COLUMN snoozed_until INTEGER;
      ALTER TABLE console_rows ADD COLUMN source TEXT NOT NULL DEFAULT 'organic';
      CREATE INDEX console_rows_by_source ON console_rows(source, last_at, conversation_id);

      -- As migration 11's view, plus: a snoozed chat needs nothing until it wakes, a resolved one
      -- nothing until the customer writes (both after opt-out, which always shows); the status,
      -- snooze time and source (ad / organic) ride along for filters and badges.
      DROP VIEW console_row_view;
      CREATE VIEW console_row_view AS
      SELECT x.conversation_id, x.channel,
        CASE
          WHEN x.latest_route = 'optout' THEN 'optout'
          WHEN x.status = 'snoozed' THEN 'snoozed'
          WHEN x.status = 'resolved' THEN 'resolved'
          WHEN x.pending_route = 'answer' THEN 'draft_ready'
          WHEN x.pending_route IS NOT NULL THEN 'handed_off'
          WHEN x.last_direction = 'in' AND NOT EXISTS (
            SELECT 1 FROM drafts d WHERE d.conversation_id = x.conversation_id AND d.status = 'resolved'
              AND d.message_id >= x.last_in_id) THEN 'needs_reply'
          WHEN x.last_direction = 'out' AND x.last_status = 'failed' THEN 'needs_reply'
          WHEN x.state = 'paused' THEN 'paused'
          WHEN x.state = 'needs_person' AND x.last_direction = 'in' THEN 'handed_off'
          ELSE 'resolved'
        END AS need,
        x.last_at, x.last_message_id,
        (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = x.conversation_id AND m.direction = 'in'
           AND m.id > COALESCE((SELECT r.message_id FROM console_reads r WHERE r.conversation_id = x.conversation_id), 0)) AS unread,
        x.status, x.snoozed_until,
        CASE WHEN x.referral IS NULL THEN 'organic' ELSE 'ad' END AS source
      FROM (
        SELECT c.id AS conversation_id, c.channel, c.state, c.last_message_at AS last_at, c.referral,
          COALESCE(s.status, 'open') AS status, s.snoozed_until,
          (SELECT m.id FROM messages m WHERE m.conversation_id = c.id ORDER BY m.at DESC, m.id DESC LIMIT 1) AS last_message_id,
          (SELECT m.direction FROM messages m WHERE m.conversation_id = c.id ORDER BY m.at DESC, m.id DESC LIMIT 1) AS last_direction,
          (SELECT m.status FROM messages m WHERE m.conversation_id = c.id ORDER BY m.at DESC, m.id DESC LIMIT 1) AS last_status,
          (SELECT MAX(m.id) FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'in') AS last_in_id,
          (SELECT d.route FROM drafts d WHERE d.conversation_id = c.id AND d.status = 'pending' ORDER BY d.id DESC LIMIT 1) AS pending_route,
          (SELECT d.route FROM drafts d WHERE d.conversation_id = c.id ORDER BY d.id DESC LIMIT 1) AS latest_route
        FROM conversations c LEFT JOIN conversation_status s ON s.conversation_id = c.id
      ) x;

      -- The referral (ad / organic) is now part of the row.
      DROP TRIGGER console_conversations_au;
      CREATE TRIGGER console_conversations_au AFTER UPDATE OF state, last_message_at, referral ON conversations BEGIN
        DELETE FROM console_rows WHERE conversation_id = new.id;
        INSERT INTO console_rows SELECT * FROM console_row_view WHERE conversation_id = new.id;
      END;
      CREATE TRIGGER console_status_ai AFTER INSERT ON conversation_status BEGIN
        DELETE FROM console_rows WHERE conversation_id = new.conversation_id;
        INSERT INTO console_rows SELECT * FROM console_row_view WHERE conversation_id = new.conversation_id;
      END;
      CREATE TRIGGER console_status_au AFTER UPDATE ON conversation_status BEGIN
        DELETE FROM console_rows WHERE conversation_id IN (old.conversation_id, new.conversation_id);
        INSERT INTO console_rows SELECT * FROM console_row_view WHERE conversation_id IN (old.conversation_id, new.conversation_id);
      END;
      CREATE TRIGGER console_status_ad AFTER DELETE ON conversation_status BEGIN
        DELETE FROM console_rows WHERE conversation_id = old.conversation_id;
        INSERT INTO console_rows SELECT * FROM console_row_view WHERE conversation_id = old.conversation_id;
      END;

      -- Whatever the path a customer message comes in by (WhatsApp, practice, backlog, a re-keyed
      -- chat's import), it reopens the chat: a status never hides a message. Audited here for the
      -- same reason.
      CREATE TRIGGER conversation_status_reopen AFTER INSERT ON messages
      WHEN new.direction = 'in' AND EXISTS (
        SELECT 1 FROM conversation_status WHERE conversation_id = new.conversation_id AND status <> 'open')
      BEGIN
        INSERT INTO audit (at, actor, action, subject, detail, conversation_id)
          SELECT new.at, 'customer', 'conversation.reopened', 'conversation:' || new.conversation_id,
            json_object('conversationId', new.conversation_id, 'why', 'customer_wrote', 'from', status), new.conversation_id
          FROM conversation_status WHERE conversation_id = new.conversation_id;
        UPDATE conversation_status SET status = 'open', snoozed_until = NULL, changed_at = new.at, changed_by = 'customer'
          WHERE conversation_id = new.conversation_id;
      END;

      DELETE FROM console_rows;
      INSERT INTO console_rows SELECT * FROM console_row_view;
    `,
  },
  {
    version: 15,
    name: 'autopilot: settings, topics with their earned streaks, draft topics, automatic sends',
    sql: `
      -- The owner's autopilot settings (one row, JSON): global mode, streak needed, hours, limits.
      CREATE TABLE autopilot_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        data TEXT NOT NULL
      );

      -- One row per topic the owner set or a person decided on: the owner's mode (NULL follows the
      -- global one), the clean approvals in a row, and the last time it fell back and why.
      CREATE TABLE autopilot_topics (
        topic TEXT PRIMARY KEY,
        mode TEXT CHECK (mode IS NULL OR mode IN ('off', 'suggest', 'auto')),
        streak INTEGER NOT NULL DEFAULT 0,
        dropped_why TEXT,
        dropped_at INTEGER,
        dropped_draft INTEGER,
        updated_at INTEGER NOT NULL
      );

      -- The topics of each answer draft, so a person's decision counts for them.
      CREATE TABLE draft_topics (
        draft_id INTEGER PRIMARY KEY REFERENCES drafts(id),
        topics TEXT NOT NULL
      );

      -- Every reply the autopilot sent (or queued) alone: the rule that sent it and the gate's
      -- evidence; cancelled_at when the kill switch stopped it before WhatsApp had it.
      CREATE TABLE auto_sends (
        draft_id INTEGER PRIMARY KEY REFERENCES drafts(id),
        conversation_id INTEGER NOT NULL REFERENCES conversations(id),
        message_id INTEGER NOT NULL,
        outbox_id INTEGER NOT NULL,
        rule TEXT NOT NULL,
        checks TEXT NOT NULL,
        at INTEGER NOT NULL,
        cancelled_at INTEGER
      );
      CREATE INDEX auto_sends_by_conversation ON auto_sends(conversation_id, at);
      CREATE INDEX auto_sends_by_time ON auto_sends(at);
      CREATE UNIQUE INDEX auto_sends_by_outbox ON auto_sends(outbox_id);
    `,
  },
  {
    version: 16,
    name: 'product variants and owner-written translations',
    sql: `
      -- A product's option combinations with their own price and stock (size L costs more).
      -- Each has its own SKU, unique across variants; it goes with its product.
      CREATE TABLE product_variants (
        sku TEXT PRIMARY KEY,
        product_sku TEXT NOT NULL REFERENCES products(sku) ON DELETE CASCADE ON UPDATE CASCADE,
        position INTEGER NOT NULL,
        options TEXT NOT NULL DEFAULT '{}',
        price TEXT NOT NULL,
        stock INTEGER
      );
      CREATE INDEX product_variants_by_product ON product_variants(product_sku, position);
      -- A variant's option values are searched with its product: re-index the product.
      CREATE TRIGGER search_variants_ai AFTER INSERT ON product_variants BEGIN
        INSERT INTO search_dirty SELECT 'product:' || new.product_sku WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE source_id = 'product:' || new.product_sku);
      END;
      CREATE TRIGGER search_variants_au AFTER UPDATE ON product_variants BEGIN
        INSERT INTO search_dirty SELECT 'product:' || old.product_sku WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE source_id = 'product:' || old.product_sku);
        INSERT INTO search_dirty SELECT 'product:' || new.product_sku WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE source_id = 'product:' || new.product_sku);
      END;
      CREATE TRIGGER search_variants_ad AFTER DELETE ON product_variants BEGIN
        INSERT INTO search_dirty SELECT 'product:' || old.product_sku WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE source_id = 'product:' || old.product_sku);
      END;
      -- The owner's translations by language code: {"es": {"name": …, "description": …}} and
      -- {"es": {"question": …, "answer": …}}. Searched, and quoted to customers writing in them.
      ALTER TABLE products ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE faqs ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
    `,
  },
  {
    version: 17,
    name: 'greeting, away and holding messages; AI disclosure',
    sql: `
      -- The owner's greeting, away and holding messages and disclosure line (one row, JSON).
      CREATE TABLE away_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        data TEXT NOT NULL
      );
      -- Every owner-written message sent alone, once per (chat, kind, key): the key is 'first'
      -- for a greeting, the shop's local day for an away message, the handoff's draft id for a
      -- holding reply, 'first' for a first-contact disclosure. The UNIQUE index makes it once.
      CREATE TABLE away_sends (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id),
        kind TEXT NOT NULL CHECK (kind IN ('greeting', 'away', 'holding', 'disclosure')),
        key TEXT NOT NULL,
        outbox_id INTEGER,
        message_id INTEGER,
        at INTEGER NOT NULL,
        cancelled_at INTEGER
      );
      CREATE UNIQUE INDEX away_sends_once ON away_sends(conversation_id, kind, key);
    `,
  },
  {
    version: 18,
    name: 'conversation assignment',
    sql: `
      -- Who on the staff looks after a chat (at most one person). Apart from console_rows, so
      -- the row triggers stay as they are; the inbox probes it per row like labels.
      CREATE TABLE conversation_assignments (
        conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        at INTEGER NOT NULL
      );
      CREATE INDEX conversation_assignments_by_staff ON conversation_assignments(staff_id);
    `,
  },
  {
    version: 19,
    name: 'customer relationships: card, facts, purchases, notes, forget, callbacks',
    sql: `
      -- What the shop calls a customer (customers.name is the name they gave themselves).
      ALTER TABLE customers ADD COLUMN shop_name TEXT;
      -- Notes by staff about a customer.
      CREATE TABLE customer_notes (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        author TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX customer_notes_by_customer ON customer_notes(customer_id, created_at);
      -- Facts the assistant may use about one customer ("size M", "allergic to lilies"). A fact
      -- the model proposed waits ('proposed') until a person approves it; only 'approved' facts
      -- reach a prompt or a draft, and only the customer's own. message_id: where it came from.
      CREATE TABLE customer_facts (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('proposed', 'approved')),
        source TEXT NOT NULL CHECK (source IN ('staff', 'model')),
        message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
        added_by TEXT NOT NULL,
        approved_by TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX customer_facts_by_customer ON customer_facts(customer_id, status);
      -- Purchases recorded by staff. amount in minor units of the shop's currency.
      CREATE TABLE customer_purchases (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
        product_sku TEXT,
        product_name TEXT NOT NULL,
        variant TEXT,
        quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
        amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
        currency TEXT NOT NULL,
        purchased_at INTEGER NOT NULL,
        recorded_by TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX customer_purchases_by_customer ON customer_purchases(customer_id, purchased_at);
      CREATE INDEX customer_purchases_by_time ON customer_purchases(purchased_at);
      -- Warm callbacks: at most one per conversation (UNIQUE), from planned to drafted to sent,
      -- skipped (with why) or answered. The draft waits in the queue like any other.
      CREATE TABLE callbacks (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL UNIQUE REFERENCES conversations(id) ON DELETE CASCADE,
        reason TEXT NOT NULL CHECK (reason IN ('answered_quiet', 'ad_dropped')),
        after_message_id INTEGER NOT NULL,
        due_at INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('planned', 'drafted', 'sent', 'answered', 'skipped')),
        skip_reason TEXT,
        draft_id INTEGER,
        sent_at INTEGER,
        answered_at INTEGER,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX callbacks_due ON callbacks(state, due_at);
      -- Indexes the insights aggregates read (start time per conversation, messages by time).
      CREATE INDEX conversations_by_created ON conversations(created_at);
    `,
  },
  {
    version: 20,
    name: 'warm callbacks: the owner\'s switch and delay; what a callback said, re-read before it is sent',
    sql: `
      -- The owner's callback settings (one row; absent: on, 3 hours after the shop's answer).
      CREATE TABLE callback_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        enabled INTEGER NOT NULL,
        delay_minutes INTEGER NOT NULL
      );
      -- The facts a drafted callback states (JSON: product sku and the sentence with its price and
      -- stock as read at drafting). Re-read when it is approved and sent: a changed price, a product
      -- gone or out of stock stops it (main/core/callbacks/).
      ALTER TABLE callbacks ADD COLUMN facts TEXT;
      -- The outbox and the review look up the callback of a draft before it is approved and sent.
      CREATE INDEX callbacks_by_draft ON callbacks(draft_id) WHERE draft_id IS NOT NULL;
    `,
  },
  {
    version: 21,
    name: 'insights: indexes its aggregates read',
    sql: `
      -- First-response times read a period's messages chat by chat in time order, with who sent
      -- them and whether they left: covering, and in the window's order, so a year of messages is
      -- read from the index with no sort and never the texts.
      CREATE INDEX messages_insights ON messages(conversation_id, at, id, direction, status, author);
      -- Owner-written notices (greeting, away, holding) are not replies: looked up by message.
      CREATE INDEX away_sends_by_message ON away_sends(message_id) WHERE message_id IS NOT NULL;
      -- Draft outcomes and cost per period: covering for counts and sums; the texts (edited or not)
      -- and reasons are read only for the rows that need them.
      CREATE INDEX drafts_insights ON drafts(created_at, route, status, conversation_id, cost_usd);
      -- Callbacks sent in a period.
      CREATE INDEX callbacks_by_sent ON callbacks(sent_at) WHERE sent_at IS NOT NULL;
    `,
  },
  {
    version: 22,
    name: 'insights: customer turns and their first response, kept on write (response-turns-migration.ts); facts proposed in the background: how far each chat was read',
    sql: `${RESPONSE_TURNS_MIGRATION_SQL}
      -- One row per chat whose facts the model was asked for in the background: up to which
      -- customer message, so each new stretch of customer messages costs at most one call. Goes
      -- with the chat (forget, merge).
      CREATE TABLE fact_proposal_runs (
        conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
        through_message_id INTEGER NOT NULL,
        at INTEGER NOT NULL
      );
    `,
  },
  {
    version: 23,
    name: 'test cases copied from a customer\'s chat name that customer',
    sql: `
      -- "Add to my tests" copies a customer's words (and the chat before them) into the owner's
      -- suite; forgetting the customer deletes those cases (customers/customer-forget.ts), and a
      -- merged chat moves them (inbox/conversations-repo.ts). NULL: written by the owner, imported,
      -- or copied before this column (forget matches those on the customer's message texts).
      ALTER TABLE suite_cases ADD COLUMN customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL;
      CREATE INDEX suite_cases_by_customer ON suite_cases(customer_id) WHERE customer_id IS NOT NULL;
    `,
  },
];
