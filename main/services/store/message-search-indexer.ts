import type { Statement } from 'better-sqlite3';
import { statementCache } from '../sqlite/statement-cache';
import type { SqliteDatabase } from '../sqlite/open-database';
import type { KeyValueState } from './key-value-state';
import { searchableText } from '../domain/search-text';

const WATERMARK = 'search.messages.indexedThrough';

/**
 * Adds stored messages to the full-text index in batches, in rowid order behind a watermark
 * kept in the same transaction, so a crash never indexes a row twice or skips one.
 */
export class MessageSearchIndexer {
  private readonly sql: (sql: string) => Statement;
  constructor(
    private readonly db: SqliteDatabase,
    private readonly state: KeyValueState,
  ) {
    this.sql = statementCache(this.db);
  }

  /** Indexes up to `limit` messages; returns how many it indexed (0 when caught up). */
  indexBatch(limit: number): number {
    return this.db.transaction(() => {
      const through = this.state.get<number>(WATERMARK) ?? 0;
      const rows = this.sql('SELECT rowid, body FROM messages WHERE rowid > ? ORDER BY rowid LIMIT ?').all(through, limit) as Array<{ rowid: number; body: string }>;
      if (rows.length === 0) return 0;
      const insert = this.sql('INSERT INTO messages_fts (rowid, body) VALUES (?, ?)');
      for (const row of rows) insert.run(row.rowid, searchableText(row.body));
      this.state.set(WATERMARK, rows[rows.length - 1]!.rowid);
      return rows.length;
    })();
  }

  backlog(): number {
    const through = this.state.get<number>(WATERMARK) ?? 0;
    return (this.sql('SELECT COUNT(*) AS n FROM messages WHERE rowid > ?').get(through) as { n: number }).n;
  }
}
