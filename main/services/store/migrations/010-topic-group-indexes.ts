import type { Migration } from '../../sqlite/open-database';

/**
 * The queue grouped by topic. tickets_topic_cells holds every column the group counts read
 * (view filters, language, SLA), so counting 100,000 tickets by topic and language never touches
 * the table; tickets_topic_queue is the queue order within one topic, so a group's tickets page
 * like the queue itself.
 */
export const topicGroupIndexes: Migration = {
  version: 10,
  name: '010-topic-group-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX tickets_topic_cells ON tickets (active, topic, language, snoozed_until, due_sort, assignee_id, security);
      CREATE INDEX tickets_topic_queue ON tickets (topic, active, security DESC, due_sort, created_at, id, snoozed_until);
    `);
  },
};
