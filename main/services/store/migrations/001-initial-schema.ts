import type { Migration } from '../../sqlite/open-database';

/** The cache: server snapshots kept apart from the agent's pending changes (the outbox). */
export const initialSchema: Migration = {
  version: 1,
  name: '001-initial-schema',
  up(db) {
    db.exec(`
      CREATE TABLE agents (
        id TEXT PRIMARY KEY,
        json TEXT NOT NULL
      );

      CREATE TABLE customers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        first_name TEXT NOT NULL,
        email TEXT NOT NULL,
        user_id TEXT NOT NULL,
        language TEXT NOT NULL,
        country TEXT NOT NULL,
        kyc_level INTEGER NOT NULL
      );

      -- Effective columns (server state with pending changes replayed) drive the queue;
      -- server_json keeps the last state the backend sent, untouched by local changes.
      CREATE TABLE tickets (
        id TEXT PRIMARY KEY,
        subject TEXT NOT NULL,
        status TEXT NOT NULL,
        priority TEXT NOT NULL,
        topic TEXT NOT NULL,
        language TEXT NOT NULL,
        customer_id TEXT NOT NULL,
        assignee_id TEXT,
        tags TEXT NOT NULL,
        security INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        first_response_at INTEGER,
        last_customer_message_at INTEGER NOT NULL,
        version INTEGER NOT NULL,
        active INTEGER NOT NULL,
        due_at INTEGER,
        due_sort INTEGER NOT NULL,
        server_json TEXT NOT NULL
      );
      CREATE INDEX tickets_queue ON tickets (active, security DESC, due_sort, created_at, id);
      CREATE INDEX tickets_assignee_queue ON tickets (assignee_id, active, security DESC, due_sort, created_at, id);

      CREATE TABLE messages (
        id TEXT PRIMARY KEY,
        ticket_id TEXT NOT NULL,
        author_type TEXT NOT NULL,
        author_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        client_key TEXT
      );
      CREATE INDEX messages_by_ticket ON messages (ticket_id, created_at);
      CREATE INDEX messages_by_client_key ON messages (client_key) WHERE client_key IS NOT NULL;

      CREATE TABLE macros (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        json TEXT NOT NULL
      );

      CREATE TABLE drafts (
        ticket_id TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );

      -- The durable queue of agent changes, written in the same transaction as their optimistic
      -- effect on the ticket's effective columns.
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        key TEXT NOT NULL UNIQUE,
        ticket_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        base_version INTEGER NOT NULL,
        urgent INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at INTEGER NOT NULL DEFAULT 0,
        acked_version INTEGER,
        created_at INTEGER NOT NULL,
        delivered_at INTEGER
      );
      CREATE INDEX outbox_by_ticket ON outbox (ticket_id, id);
      CREATE INDEX outbox_drain ON outbox (state, urgent DESC, id);

      CREATE TABLE sync_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        actor_id TEXT NOT NULL,
        action TEXT NOT NULL,
        ticket_id TEXT,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

      -- Full-text search over subjects and message bodies (external content, kept by triggers).
      CREATE VIRTUAL TABLE tickets_fts USING fts5 (
        subject, content='tickets', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN
        INSERT INTO tickets_fts (rowid, subject) VALUES (new.rowid, new.subject);
      END;
      CREATE TRIGGER tickets_fts_delete AFTER DELETE ON tickets BEGIN
        INSERT INTO tickets_fts (tickets_fts, rowid, subject) VALUES ('delete', old.rowid, old.subject);
      END;
      CREATE TRIGGER tickets_fts_update AFTER UPDATE OF subject ON tickets BEGIN
        INSERT INTO tickets_fts (tickets_fts, rowid, subject) VALUES ('delete', old.rowid, old.subject);
        INSERT INTO tickets_fts (rowid, subject) VALUES (new.rowid, new.subject);
      END;

      CREATE VIRTUAL TABLE messages_fts USING fts5 (
        body, content='messages', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts (rowid, body) VALUES (new.rowid, new.body);
      END;
      CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
      END;
      CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
        INSERT INTO messages_fts (rowid, body) VALUES (new.rowid, new.body);
      END;
    `);
  },
};
