import type { Migration } from '../../services/sqlite/open-database';

/**
 * Protective actions on accounts and the requests to undo them (four eyes). A protection is
 * lifted, never deleted; a request is approved once. Both steps also go on the audit chain.
 */
export const accountProtections: Migration = {
  version: 4,
  name: '004-account-protections',
  up(db) {
    db.exec(`
      CREATE TABLE protections (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id TEXT NOT NULL,
        action TEXT NOT NULL,
        ticket_id TEXT NOT NULL,
        by_agent TEXT NOT NULL,
        reason TEXT NOT NULL,
        at INTEGER NOT NULL,
        lifted_at INTEGER,
        lifted_by_request TEXT
      );
      CREATE INDEX protections_by_account ON protections (user_id, lifted_at);
      CREATE TABLE undo_requests (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        ticket_id TEXT NOT NULL,
        undo TEXT NOT NULL,
        requested_by TEXT NOT NULL,
        reason TEXT NOT NULL,
        evidence TEXT NOT NULL,
        requested_at INTEGER NOT NULL,
        state TEXT NOT NULL,
        approved_by TEXT,
        approved_at INTEGER
      );
      CREATE INDEX undo_requests_by_state ON undo_requests (state, requested_at);
      CREATE INDEX undo_requests_by_account ON undo_requests (user_id, requested_at);
    `);
  },
};
