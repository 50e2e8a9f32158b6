import type { Migration } from '../../sqlite/open-database';

/**
 * The working views also ask "is it snoozed?": with snoozed_until in the queue indexes they stay
 * covering, so counting 100,000 tickets never touches the table. Customer identifiers get
 * case-insensitive prefix indexes for search as the agent types.
 */
export const awakeQueueIndexes: Migration = {
  version: 6,
  name: '006-awake-queue-indexes',
  up(db) {
    db.exec(`
      DROP INDEX tickets_queue;
      DROP INDEX tickets_assignee_queue;
      CREATE INDEX tickets_queue ON tickets (active, security DESC, due_sort, created_at, id, snoozed_until);
      CREATE INDEX tickets_assignee_queue ON tickets (assignee_id, active, security DESC, due_sort, created_at, id, snoozed_until);
      CREATE INDEX customers_email_prefix ON customers (lower(email));
      CREATE INDEX customers_user_id_prefix ON customers (lower(user_id));
      CREATE INDEX tickets_by_customer ON tickets (customer_id);
    `);
  },
};
