import type { Statement } from 'better-sqlite3';
import { statementCache } from '../sqlite/statement-cache';
import type { SqliteDatabase } from '../sqlite/open-database';
import type { FoundIdentifier } from '../domain/cross-customer-leak';
import { toFtsQuery } from '../domain/fts-query';

/**
 * Which customers in the cache an identifier belongs to: the customer whose e-mail or user id it
 * is, or the customers in whose conversations a wallet address or transaction hash was written.
 */
export class IdentifierOwners {
  private readonly sql: (sql: string) => Statement;

  constructor(db: SqliteDatabase) {
    this.sql = statementCache(db);
  }

  owners(identifier: FoundIdentifier, limit = 20): string[] {
    switch (identifier.kind) {
      case 'email':
        return this.ids(this.sql('SELECT id FROM customers WHERE lower(email) = ? LIMIT ?').all(identifier.value, limit));
      case 'user_id':
        return this.ids(this.sql('SELECT id FROM customers WHERE user_id = ? LIMIT ?').all(identifier.value, limit));
      case 'wallet_address':
      case 'tx_hash': {
        const query = toFtsQuery(identifier.value);
        if (query === null) return [];
        return this.ids(
          this.sql(
            `SELECT DISTINCT t.customer_id AS id FROM messages_fts f JOIN messages m ON m.rowid = f.rowid JOIN tickets t ON t.id = m.ticket_id
             WHERE messages_fts MATCH ? AND instr(m.body, ?) > 0 LIMIT ?`,
          ).all(query, identifier.value, limit),
        );
      }
    }
  }

  private ids(rows: unknown[]): string[] {
    return (rows as Array<{ id: string }>).map((r) => r.id);
  }
}
