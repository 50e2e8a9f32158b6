import type { Migration } from '../../services/sqlite/open-database';

/**
 * The back office finds an account by the exchange's user id or e-mail and reads the customer's
 * tickets for what they mention: two expression indexes, so neither is a scan of every row.
 */
export const backOfficeIndexes: Migration = {
  version: 3,
  name: '003-back-office-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX customers_by_user_id ON customers (json_extract(json, '$.userId'));
      CREATE INDEX customers_by_email ON customers (lower(json_extract(json, '$.email')));
      CREATE INDEX tickets_by_customer ON tickets (json_extract(json, '$.customerId'), number);
    `);
  },
};
