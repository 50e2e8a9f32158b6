import type { PoolClient } from 'pg';

/** The channel every backend process LISTENs on; the payload is the newest seq committed. */
export const CHANGES_CHANNEL = 'agentdesk_changes';

export interface ChangeRow {
  seq: number;
  ticketId: string;
  messageId: string | null;
}

/**
 * Appends a transaction's changes to the log desks pull from. Call it as the last write of the
 * transaction, just before COMMIT.
 *
 * Why not a sequence: sequence values are handed out when asked for, not when the transaction
 * commits, so with several writers seq 8 can commit before seq 7; a desk that read up to 8 then
 * never sees 7. Here the numbers come from one row, updated under its row lock, and that lock is
 * held until COMMIT: the next writer waits, so numbers are given in commit order and a rolled-back
 * transaction gives its numbers back (no gaps). PostgreSQL makes a transaction visible before it
 * releases its locks, so whoever sees seq n can already see every seq below it.
 *
 * The cost is that appends from all processes queue on one row for the span of a commit; the
 * rest of each transaction (ticket locks, reads, inserts) still runs in parallel.
 */
export async function appendChanges(client: PoolClient, changes: ReadonlyArray<{ ticketId: string; messageId: string | null }>): Promise<number> {
  if (changes.length === 0) throw new Error('appendChanges needs at least one change');
  const head = await client.query<{ seq: string }>('UPDATE change_head SET seq = seq + $1 WHERE id = 1 RETURNING seq', [changes.length]);
  const last = Number(head.rows[0]!.seq);
  const first = last - changes.length + 1;
  await client.query('INSERT INTO changes (seq, ticket_id, message_id) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[])', [
    changes.map((_, i) => first + i),
    changes.map((c) => c.ticketId),
    changes.map((c) => c.messageId),
  ]);
  // Delivered at COMMIT, in commit order, to every process listening (and dropped on rollback).
  await client.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, String(last)]);
  return last;
}

/** The newest seq committed, as the caller's snapshot sees it. */
export async function changeCursor(client: PoolClient): Promise<number> {
  const row = await client.query<{ seq: string }>('SELECT seq FROM change_head WHERE id = 1');
  return Number(row.rows[0]!.seq);
}

export async function changesAfter(client: PoolClient, since: number, limit: number): Promise<ChangeRow[]> {
  const rows = await client.query<{ seq: string; ticket_id: string; message_id: string | null }>('SELECT seq, ticket_id, message_id FROM changes WHERE seq > $1 ORDER BY seq LIMIT $2', [since, limit]);
  return rows.rows.map((r) => ({ seq: Number(r.seq), ticketId: r.ticket_id, messageId: r.message_id }));
}
