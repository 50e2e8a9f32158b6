import type { Migration } from '../../sqlite/open-database';

/**
 * Search in every script: the index holds text folded by agentdesk_searchable (search-text.ts:
 * CJK characters as words of their own, Arabic marks and variants, Turkish i, đ). Subjects are
 * re-indexed at once through the function; messages again from the start behind the watermark,
 * in the background, as new ones are. The old index is emptied first: an external-content index
 * can only delete a row with the very text it indexed.
 */
export const searchEveryScript: Migration = {
  version: 11,
  name: '011-search-every-script',
  up(db) {
    db.exec(`
      DROP TRIGGER tickets_fts_insert;
      DROP TRIGGER tickets_fts_delete;
      DROP TRIGGER tickets_fts_update;
      INSERT INTO tickets_fts (tickets_fts) VALUES ('delete-all');
      INSERT INTO tickets_fts (rowid, subject) SELECT rowid, agentdesk_searchable(subject) FROM tickets;
      CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN
        INSERT INTO tickets_fts (rowid, subject) VALUES (new.rowid, agentdesk_searchable(new.subject));
      END;
      CREATE TRIGGER tickets_fts_delete AFTER DELETE ON tickets BEGIN
        INSERT INTO tickets_fts (tickets_fts, rowid, subject) VALUES ('delete', old.rowid, agentdesk_searchable(old.subject));
      END;
      CREATE TRIGGER tickets_fts_update AFTER UPDATE OF subject ON tickets BEGIN
        INSERT INTO tickets_fts (tickets_fts, rowid, subject) VALUES ('delete', old.rowid, agentdesk_searchable(old.subject));
        INSERT INTO tickets_fts (rowid, subject) VALUES (new.rowid, agentdesk_searchable(new.subject));
      END;
      INSERT INTO messages_fts (messages_fts) VALUES ('delete-all');
      INSERT OR REPLACE INTO sync_state (key, value) VALUES ('search.messages.indexedThrough', 0);
    `);
  },
};
