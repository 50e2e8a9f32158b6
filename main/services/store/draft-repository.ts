import type { SqliteDatabase } from '../sqlite/open-database';

/** Drafts survive crashes because each keystroke burst is a committed row. */
export class DraftRepository {
  constructor(private readonly db: SqliteDatabase) {}

  get(ticketId: string): string {
    const row = this.db.prepare('SELECT body FROM drafts WHERE ticket_id = ?').get(ticketId) as { body: string } | undefined;
    return row?.body ?? '';
  }

  save(ticketId: string, body: string, now: number): void {
    if (body.length === 0) {
      this.db.prepare('DELETE FROM drafts WHERE ticket_id = ?').run(ticketId);
      return;
    }
    this.db
      .prepare('INSERT INTO drafts (ticket_id, body, updated_at) VALUES (?, ?, ?) ON CONFLICT (ticket_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at')
      .run(ticketId, body, now);
  }
}
