import type { Statement } from 'better-sqlite3';
import { statementCache } from '../sqlite/statement-cache';
import type { SqliteDatabase } from '../sqlite/open-database';

/** Small durable settings of the sync engine (cursor, bootstrap progress), one JSON value per key. */
export class KeyValueState {
  private readonly sql: (sql: string) => Statement;
  constructor(private readonly db: SqliteDatabase) {
    this.sql = statementCache(this.db);
  }

  get<T>(key: string): T | null {
    const row = this.sql('SELECT value FROM sync_state WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as T) : null;
  }

  set(key: string, value: unknown): void {
    this.sql('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(key, JSON.stringify(value));
  }

  delete(key: string): void {
    this.sql('DELETE FROM sync_state WHERE key = ?').run(key);
  }
}
