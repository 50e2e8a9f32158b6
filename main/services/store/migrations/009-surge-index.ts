import type { Migration } from '../../sqlite/open-database';

/**
 * The surge view counts the whole cache every two seconds: open tickets per language and topic,
 * new ones per minute, recent closures. A covering index holds every column those counts read,
 * so 100,000 tickets are counted from the index without touching the wide rows.
 */
export const surgeIndex: Migration = {
  version: 9,
  name: '009-surge-index',
  up(db) {
    db.exec(`CREATE INDEX tickets_surge ON tickets (active, language, topic, due_at, assignee_id, created_at, updated_at);`);
  },
};
