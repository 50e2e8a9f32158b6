import type { Migration } from '../../sqlite/open-database';

/**
 * How often this agent used each macro (the picker ranks by it), and a hold on outbox entries:
 * a bulk send waits a few seconds before it goes, so one undo can still take it all back.
 */
export const macroUsageAndHeldSends: Migration = {
  version: 8,
  name: '008-macro-usage-and-held-sends',
  up(db) {
    db.exec(`
      CREATE TABLE macro_usage (
        macro_id TEXT NOT NULL,
        agent_id TEXT NOT NULL,
        uses INTEGER NOT NULL,
        last_used_at INTEGER NOT NULL,
        PRIMARY KEY (macro_id, agent_id)
      );
      ALTER TABLE outbox ADD COLUMN not_before INTEGER NOT NULL DEFAULT 0;
    `);
  },
};
