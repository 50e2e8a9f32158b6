import type { Migration } from '../../services/sqlite/open-database';

/**
 * The backend's own audit log of security actions, hash-chained like the desk's. Triggers make
 * it append-only for anything that goes through SQLite; the chain shows edits made around it.
 */
export const backendAuditLog: Migration = {
  version: 2,
  name: '002-backend-audit-log',
  up(db) {
    db.exec(`
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
      CREATE INDEX audit_log_by_ticket ON audit_log (ticket_id, id);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    `);
  },
};
