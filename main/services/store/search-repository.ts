import type { Statement } from 'better-sqlite3';
import { statementCache } from '../sqlite/statement-cache';
import type { Language, SearchHit, TicketStatus } from '../../../preload/contract';
import { toFtsQuery } from '../domain/fts-query';
import { hasCjk, snippetAround } from '../domain/search-text';
import { maskPersonalData } from '../domain/personal-data';
import type { SqliteDatabase } from '../sqlite/open-database';

interface HitRow {
  ticket_id: string;
  subject: string;
  customer_name: string | null;
  status: string;
  security: number;
  snippet: string;
  language: string;
}

/**
 * Search as the agent types: customer identifiers first (an email, user id, tx hash or wallet
 * address pasted whole is the most precise question), then subjects, then message bodies, newest
 * first (FTS5 walks rowids backwards and stops at the limit, where ranking would score every match).
 */
export class SearchRepository {
  private readonly sql: (sql: string) => Statement;

  constructor(private readonly db: SqliteDatabase) {
    this.sql = statementCache(db);
  }

  search(text: string, limit: number, options: { masked?: boolean } = {}): SearchHit[] {
    const trimmed = text.trim();
    if (trimmed.length === 0) return [];
    const hits = new Map<string, SearchHit>();
    const add = (rows: HitRow[], matchedIn: SearchHit['matchedIn'], snippetOf: (text: string) => string = (text) => text) => {
      for (const r of rows) {
        if (hits.size >= limit) return;
        if (hits.has(r.ticket_id)) continue;
        hits.set(r.ticket_id, {
          ticketId: r.ticket_id,
          subject: r.subject,
          customerName: r.customer_name ?? '',
          status: r.status as TicketStatus,
          security: r.security === 1,
          matchedIn,
          snippet: snippetOf(r.snippet),
          language: r.language as Language,
        });
      }
    };

    // Identifiers: prefix matches on the customer's email and user id (indexed), and ticket ids.
    if (/^[\w.+@-]{3,}$/.test(trimmed) && /[@\d]/.test(trimmed)) {
      const low = trimmed.toLowerCase();
      const high = `${low}\u{10FFFF}`;
      const ticketLow = trimmed.toUpperCase();
      add(
        this.sql(
          `SELECT t.id AS ticket_id, t.subject, c.name AS customer_name, t.status, t.security, t.language, c.email || ' · ' || c.user_id AS snippet
           FROM customers c JOIN tickets t ON t.customer_id = c.id
           WHERE c.id IN (
             SELECT id FROM customers WHERE lower(email) >= ? AND lower(email) < ?
             UNION SELECT id FROM customers WHERE lower(user_id) >= ? AND lower(user_id) < ?)
           ORDER BY t.active DESC, t.updated_at DESC LIMIT ?`,
        ).all(low, high, low, high, limit) as HitRow[],
        'customer',
      );
      add(
        this.sql(
          `SELECT t.id AS ticket_id, t.subject, c.name AS customer_name, t.status, t.security, t.language, t.id AS snippet
           FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id
           WHERE t.id >= ? AND t.id < ? ORDER BY t.id LIMIT ?`,
        ).all(ticketLow, `${ticketLow}\u{10FFFF}`, limit) as HitRow[],
        'customer',
      );
    }
    // One Latin letter matches half the cache; words start counting from two. One Chinese or Japanese character is a word.
    if (trimmed.length < 2 && !hasCjk(trimmed)) return [...hits.values()];
    const fts = toFtsQuery(trimmed, { waitForSecondLetter: true });
    if (fts === null) return [...hits.values()];
    if (hits.size < limit) {
      add(
        this.sql(
            `SELECT t.id AS ticket_id, t.subject, c.name AS customer_name, t.status, t.security, t.language, t.subject AS snippet
             FROM tickets_fts f JOIN tickets t ON t.rowid = f.rowid LEFT JOIN customers c ON c.id = t.customer_id
             WHERE tickets_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?`,
          ).all(fts, limit) as HitRow[],
        'subject',
      );
    }
    if (hits.size < limit) {
      add(
        this.sql(
            `SELECT m.ticket_id, t.subject, c.name AS customer_name, t.status, t.security, t.language, m.body AS snippet
             FROM messages_fts f JOIN messages m ON m.rowid = f.rowid JOIN tickets t ON t.id = m.ticket_id
             LEFT JOIN customers c ON c.id = t.customer_id
             WHERE messages_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?`,
          ).all(fts, limit * 3) as HitRow[],
        'message',
        // The piece of the body around the match, cut here (the index holds folded text), only for the hits kept;
        // masked before the cut, so "…sport X7654321" cannot lose the word that marks it as a document number.
        (body) => snippetAround(options.masked ? maskPersonalData(body, () => true).text : body, trimmed).text,
      );
    }
    return [...hits.values()];
  }
}
