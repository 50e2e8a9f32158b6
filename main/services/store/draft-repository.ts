import type { Statement } from 'better-sqlite3';
import { statementCache } from '../sqlite/statement-cache';
import type { SqliteDatabase } from '../sqlite/open-database';

/** Drafts survive crashes because each keystroke burst is a committed row. */
export class DraftRepository {
  private readonly sql: (sql: string) => Statement;
  constructor(private readonly db: SqliteDatabase) {
    this.sql = statementCache(this.db);
  }

  get(ticketId: string): string {
    const row = this.sql('SELECT body FROM drafts WHERE ticket_id = ?').get(ticketId) as { body: string } | undefined;
    return row?.body ?? '';
  }

  save(ticketId: string, body: string, now: number): void {
    if (body.length === 0) {
      this.sql('DELETE FROM drafts WHERE ticket_id = ?').run(ticketId);
      return;
    }
    this.sql('INSERT INTO drafts (ticket_id, body, updated_at) VALUES (?, ?, ?) ON CONFLICT (ticket_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at')
      .run(ticketId, body, now);
  }
}
