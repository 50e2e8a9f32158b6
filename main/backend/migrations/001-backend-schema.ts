import type { Migration } from '../../services/sqlite/open-database';

/**
 * The embedded backend's own database. Every change gets a row in `changes`: its seq is the
 * cursor clients pull from, so no change can be skipped while pages are read.
 */
export const backendSchema: Migration = {
  version: 1,
  name: '001-backend-schema',
  up(db) {
    db.exec(`
      CREATE TABLE agents (id TEXT PRIMARY KEY, json TEXT NOT NULL);
      CREATE TABLE customers (id TEXT PRIMARY KEY, json TEXT NOT NULL);
      CREATE TABLE tickets (id TEXT PRIMARY KEY, number INTEGER NOT NULL UNIQUE, version INTEGER NOT NULL, json TEXT NOT NULL);
      CREATE TABLE messages (
        id TEXT PRIMARY KEY, ticket_id TEXT NOT NULL, created_at INTEGER NOT NULL,
        client_key TEXT UNIQUE, json TEXT NOT NULL
      );
      CREATE INDEX messages_by_ticket ON messages (ticket_id, created_at);
      CREATE TABLE macros (id TEXT PRIMARY KEY, json TEXT NOT NULL);
      CREATE TABLE changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, ticket_id TEXT NOT NULL, message_id TEXT, customer_id TEXT
      );
      -- Responses by idempotency key: a retried request gets the first answer, not a second effect.
      CREATE TABLE idempotency (key TEXT PRIMARY KEY, status INTEGER NOT NULL, body TEXT NOT NULL, at INTEGER NOT NULL);
      -- What the backend applied on behalf of desks, in order: the audit trail tests inspect.
      CREATE TABLE applied_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, idempotency_key TEXT NOT NULL,
        ticket_id TEXT NOT NULL, kind TEXT NOT NULL, author_id TEXT NOT NULL, summary TEXT NOT NULL
      );
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `);
  },
};
