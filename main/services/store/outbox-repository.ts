import type { Statement } from 'better-sqlite3';
import { statementCache } from '../sqlite/statement-cache';
import { randomUUID } from 'node:crypto';
import type { OutboxEntry, OutboxKind, OutboxState } from '../../../preload/contract';
import { describePayload, type OutboxPayload } from '../domain/outbox-payload';
import type { PendingChange } from '../domain/replay-pending';
import type { SqliteDatabase } from '../sqlite/open-database';

interface OutboxRow {
  id: number;
  key: string;
  ticket_id: string;
  kind: string;
  payload: string;
  base_version: number;
  urgent: number;
  state: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: number;
  acked_version: number | null;
  created_at: number;
  delivered_at: number | null;
}

/** An outbox entry as the sync engine needs it. */
export interface QueuedMutation extends OutboxEntry {
  payload: OutboxPayload;
  baseVersion: number;
  urgent: boolean;
}

function toEntry(row: OutboxRow): QueuedMutation {
  const payload = JSON.parse(row.payload) as OutboxPayload;
  return {
    id: row.id,
    key: row.key,
    ticketId: row.ticket_id,
    kind: row.kind as OutboxKind,
    summary: describePayload(payload),
    state: row.state as OutboxState,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
    payload,
    baseVersion: row.base_version,
    urgent: row.urgent === 1,
  };
}

/** The entry as the renderer sees it: 'sending' lives in memory, since a crash mid-send means 'pending' anyway. */
export function toPublicEntry(entry: QueuedMutation, inFlight: ReadonlySet<number>): OutboxEntry {
  return {
    id: entry.id,
    key: entry.key,
    ticketId: entry.ticketId,
    kind: entry.kind,
    summary: entry.summary,
    state: entry.state === 'pending' && inFlight.has(entry.id) ? 'sending' : entry.state,
    attempts: entry.attempts,
    lastError: entry.lastError,
    createdAt: entry.createdAt,
    deliveredAt: entry.deliveredAt,
  };
}

/** Entries whose effect the view must still show: not yet confirmed by pulled server data. */
const LIVE = `(state IN ('pending', 'sending') OR (state = 'delivered' AND acked_version > ?))`;

export class OutboxRepository {
  private readonly sql: (sql: string) => Statement;
  constructor(private readonly db: SqliteDatabase) {
    this.sql = statementCache(this.db);
  }

  /** Call inside the transaction that applies the optimistic effect. */
  /** `notBefore` holds the entry back until then (a bulk send's undo window). */
  enqueue(input: { ticketId: string; payload: OutboxPayload; baseVersion: number; urgent?: boolean; notBefore?: number; now: number }): QueuedMutation {
    const key = randomUUID();
    const info = this.sql(
        `INSERT INTO outbox (key, ticket_id, kind, payload, base_version, urgent, state, created_at, not_before)
         VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
      )
      .run(key, input.ticketId, input.payload.kind, JSON.stringify(input.payload), input.baseVersion, input.urgent ? 1 : 0, input.now, input.notBefore ?? 0);
    return this.get(Number(info.lastInsertRowid))!;
  }

  get(id: number): QueuedMutation | null {
    const row = this.sql('SELECT * FROM outbox WHERE id = ?').get(id) as OutboxRow | undefined;
    return row ? toEntry(row) : null;
  }

  /**
   * The next entry to send: urgent first, then oldest, never overtaking an earlier undelivered
   * entry of the same ticket (per-ticket order), never a ticket already in flight. While an
   * urgent entry waits, nothing else goes. Failed entries are moved past, not waited on.
   */
  nextSendable(now: number, ticketsInFlight: ReadonlySet<string> = new Set()): QueuedMutation | null {
    const row = this.sql(
        `SELECT o.* FROM outbox o
         WHERE o.state IN ('pending', 'sending') AND o.next_attempt_at <= ? AND o.not_before <= ?
           AND o.ticket_id NOT IN (SELECT value FROM json_each(?))
           AND NOT EXISTS (
             SELECT 1 FROM outbox e
             WHERE e.ticket_id = o.ticket_id AND e.id < o.id AND e.state IN ('pending', 'sending'))
           AND (o.urgent = 1 OR NOT EXISTS (SELECT 1 FROM outbox u WHERE u.urgent = 1 AND u.state IN ('pending', 'sending')))
         ORDER BY o.urgent DESC, o.id
         LIMIT 1`,
      )
      .get(now, now, JSON.stringify([...ticketsInFlight])) as OutboxRow | undefined;
    return row ? toEntry(row) : null;
  }

  /** When the soonest waiting entry may be tried again, or null when nothing waits. */
  nextAttemptAt(): number | null {
    const row = this.sql(`SELECT MIN(MAX(next_attempt_at, not_before)) AS at FROM outbox WHERE state IN ('pending', 'sending')`)
      .get() as { at: number | null };
    return row.at;
  }

  markDelivered(id: number, ackedVersion: number, at: number): void {
    this.sql(`UPDATE outbox SET state = 'delivered', attempts = attempts + 1, acked_version = ?, delivered_at = ?, last_error = NULL WHERE id = ?`)
      .run(ackedVersion, at, id);
  }

  markRetry(id: number, error: string, nextAttemptAt: number): void {
    this.sql(`UPDATE outbox SET state = 'pending', attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?`)
      .run(error, nextAttemptAt, id);
  }

  /** The agent decided a failed change should not happen after all. */
  discard(id: number): boolean {
    return this.sql(`UPDATE outbox SET state = 'discarded' WHERE id = ? AND state = 'failed'`).run(id).changes === 1;
  }

  /**
   * Takes back entries that have not gone out yet (a bulk send's undo): only pending ones never
   * tried and not on the wire now. Returns the ids it took back.
   */
  cancelUnsent(ids: readonly number[], inFlight: ReadonlySet<number>): number[] {
    const cancel = this.sql(`UPDATE outbox SET state = 'discarded', last_error = 'undone by the agent' WHERE id = ? AND state = 'pending' AND attempts = 0`);
    return ids.filter((id) => !inFlight.has(id) && cancel.run(id).changes === 1);
  }

  /** After an outage: everything waiting goes again at once (idempotency keys make it safe). */
  retryWaitingNow(): void {
    this.sql(`UPDATE outbox SET next_attempt_at = 0 WHERE state = 'pending' AND next_attempt_at > 0`).run();
  }

  markFailed(id: number, error: string): void {
    this.sql(`UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?`).run(error, id);
  }

  /** The agent asked to try a failed entry again, knowingly over the ticket's current version. */
  requeue(id: number, baseVersion: number): boolean {
    return (
      this.sql(`UPDATE outbox SET state = 'pending', next_attempt_at = 0, base_version = ? WHERE id = ? AND state = 'failed'`)
        .run(baseVersion, id).changes === 1
    );
  }

  /** After our own change landed at version v, later entries based on the version before it move onto v. */
  rebaseFollowers(ticketId: string, afterId: number, fromVersion: number, toVersion: number): void {
    this.sql(`UPDATE outbox SET base_version = ? WHERE ticket_id = ? AND id > ? AND base_version = ? AND state IN ('pending', 'sending')`)
      .run(toVersion, ticketId, afterId, fromVersion);
  }


  /** Tickets this desk escalated itself, most recent first (its own escalations need no alert). */
  escalatedTicketIds(limit = 1000): string[] {
    return (this.sql(`SELECT DISTINCT ticket_id FROM outbox WHERE kind = 'escalate' ORDER BY id DESC LIMIT ?`).all(limit) as Array<{ ticket_id: string }>).map((r) => r.ticket_id);
  }

  forTicket(ticketId: string): QueuedMutation[] {
    return (this.sql('SELECT * FROM outbox WHERE ticket_id = ? ORDER BY id').all(ticketId) as OutboxRow[]).map(toEntry);
  }

  /** Changes to replay over the server state of a ticket at the given version. */
  liveChanges(ticketId: string, serverVersion: number): PendingChange[] {
    return (
      this.sql(`SELECT * FROM outbox WHERE ticket_id = ? AND ${LIVE} ORDER BY id`).all(ticketId, serverVersion) as OutboxRow[]
    ).map((row) => ({ payload: JSON.parse(row.payload) as OutboxPayload, createdAt: row.created_at }));
  }

  /** Ticket ids that may have changes to replay; small, so bulk sync can skip all the others. */
  ticketsWithLiveChanges(): Set<string> {
    const rows = this.sql(`SELECT DISTINCT ticket_id FROM outbox INDEXED BY outbox_live WHERE state IN ('pending', 'sending') OR acked_version IS NOT NULL`).all() as Array<{ ticket_id: string }>;
    return new Set(rows.map((r) => r.ticket_id));
  }

  /** The newest version this desk's own deliveries produced and the cache has not pulled yet. */
  latestAckedVersion(ticketId: string): number | null {
    const row = this.sql(`SELECT MAX(acked_version) AS v FROM outbox WHERE ticket_id = ? AND acked_version IS NOT NULL`).get(ticketId) as { v: number | null };
    return row.v;
  }

  /** Pulled data at this version proves these deliveries landed: they need no replay any more. */
  markReflected(ticketId: string, serverVersion: number): void {
    this.sql(`UPDATE outbox SET acked_version = NULL WHERE ticket_id = ? AND acked_version IS NOT NULL AND acked_version <= ?`).run(ticketId, serverVersion);
  }

  pendingCountsByTicket(ticketIds: readonly string[]): Map<string, number> {
    const counts = new Map<string, number>();
    if (ticketIds.length === 0) return counts;
    const rows = this.sql(
        `SELECT ticket_id, COUNT(*) AS n FROM outbox WHERE state IN ('pending', 'sending', 'failed')
         AND ticket_id IN (SELECT value FROM json_each(?)) GROUP BY ticket_id`,
      )
      .all(JSON.stringify(ticketIds)) as Array<{ ticket_id: string; n: number }>;
    for (const r of rows) counts.set(r.ticket_id, r.n);
    return counts;
  }

  /** Two indexed counts, not a scan: called after every delivery, with thousands of rows kept. */
  counts(): { pending: number; failed: number } {
    const pending = (this.sql(`SELECT COUNT(*) AS n FROM outbox WHERE state IN ('pending', 'sending')`).get() as { n: number }).n;
    const failed = (this.sql(`SELECT COUNT(*) AS n FROM outbox WHERE state = 'failed'`).get() as { n: number }).n;
    return { pending, failed };
  }
}
