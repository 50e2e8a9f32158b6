import type { Migration } from '../../sqlite/open-database';

/** Snoozed tickets leave the working views until their time comes. */
export const ticketSnooze: Migration = {
  version: 4,
  name: '004-ticket-snooze',
  up(db) {
    db.exec(`
      ALTER TABLE tickets ADD COLUMN snoozed_until INTEGER;
      -- Older server snapshots lack the field; the effective column starts as "not snoozed".
    `);
  },
};
