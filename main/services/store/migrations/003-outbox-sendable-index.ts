import type { Migration } from '../../sqlite/open-database';

/** Lets the drain walk waiting entries in send order without sorting thousands of rows each time. */
export const outboxSendableIndex: Migration = {
  version: 3,
  name: '003-outbox-sendable-index',
  up(db) {
    db.exec(`CREATE INDEX outbox_sendable ON outbox (urgent DESC, id) WHERE state IN ('pending', 'sending');`);
  },
};
