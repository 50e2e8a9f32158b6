import type { Migration } from '../../sqlite/open-database';

/** Escalation state on tickets, and the security desk's order: longest-waiting escalation first. */
export const escalationsAndAudit: Migration = {
  version: 7,
  name: '007-escalations-and-audit',
  up(db) {
    db.exec(`
      ALTER TABLE tickets ADD COLUMN escalated_at INTEGER;
      ALTER TABLE tickets ADD COLUMN acknowledged_at INTEGER;
      CREATE INDEX tickets_security_desk ON tickets (security, active, escalated_at, id);
      CREATE INDEX audit_log_by_ticket ON audit_log (ticket_id, id);
    `);
  },
};
