import type { SqliteDatabase } from '../sqlite/open-database';

/** Small durable settings of the sync engine (cursor, bootstrap progress), one JSON value per key. */
export class KeyValueState {
  constructor(private readonly db: SqliteDatabase) {}

  get<T>(key: string): T | null {
    const row = this.db.prepare('SELECT value FROM sync_state WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as T) : null;
  }

  set(key: string, value: unknown): void {
    this.db
      .prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(key, JSON.stringify(value));
  }

  delete(key: string): void {
    this.db.prepare('DELETE FROM sync_state WHERE key = ?').run(key);
  }
}
