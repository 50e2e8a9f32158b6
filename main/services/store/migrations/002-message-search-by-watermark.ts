import type { Migration } from '../../sqlite/open-database';

/**
 * Per-row FTS triggers made the initial sync five times slower (each page's commit flushed and
 * merged index segments). Messages never change once stored, so they are indexed in batches
 * behind a watermark instead (store/message-search-indexer.ts).
 */
export const messageSearchByWatermark: Migration = {
  version: 2,
  name: '002-message-search-by-watermark',
  up(db) {
    db.exec(`
      DROP TRIGGER messages_fts_insert;
      DROP TRIGGER messages_fts_delete;
      DROP TRIGGER messages_fts_update;
      -- Rows indexed so far by the old triggers stay; the watermark starts after them.
      INSERT INTO sync_state (key, value)
        SELECT 'search.messages.indexedThrough', COALESCE(MAX(rowid), 0) FROM messages;
    `);
  },
};
