import type { Migration } from '../../sqlite/open-database';

/**
 * What the desk learned from chains: one row per network and transaction hash or address, the
 * facts as JSON (validated again when read) and when they were learned, so a lookup that cannot
 * reach its node shows the last answer with its age. Rows are replaced, never appended: only the
 * latest word about a hash matters.
 */
export const chainLookups: Migration = {
  version: 12,
  name: '012-chain-lookups',
  up(db) {
    db.exec(`
      CREATE TABLE chain_lookups (
        subject_kind TEXT NOT NULL CHECK (subject_kind IN ('transaction', 'address')),
        subject TEXT NOT NULL,
        network TEXT NOT NULL,
        facts_json TEXT NOT NULL,
        learned_at INTEGER NOT NULL,
        PRIMARY KEY (subject_kind, subject, network)
      ) WITHOUT ROWID;
      CREATE INDEX chain_lookups_learned ON chain_lookups (learned_at);
    `);
  },
};
