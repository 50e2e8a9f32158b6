import type { Migration } from '../../sqlite/open-database';

/** Every pull asks which tickets have changes to replay; this keeps that an index scan of a few rows. */
export const outboxLiveIndex: Migration = {
  version: 5,
  name: '005-outbox-live-index',
  up(db) {
    db.exec(`CREATE INDEX outbox_live ON outbox (ticket_id) WHERE state IN ('pending', 'sending') OR acked_version IS NOT NULL;`);
  },
};
