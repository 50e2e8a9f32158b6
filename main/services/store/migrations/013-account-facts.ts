import type { Migration } from '../../sqlite/open-database';

/**
 * What the back office last said about a customer's account, and when: one row per account (the
 * exchange's user id, else the e-mail), replaced on every answer, so the panel shows the last word
 * with its age while the back office is down or the desk is offline.
 */
export const accountFacts: Migration = {
  version: 13,
  name: '013-account-facts',
  up(db) {
    db.exec(`
      CREATE TABLE account_facts (
        account_key TEXT PRIMARY KEY,
        facts_json TEXT NOT NULL,
        learned_at INTEGER NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
