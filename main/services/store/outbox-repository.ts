import type { Statement } from 'better-sqlite3';
import { statementCache } from '../sqlite/statement-cache';
import { randomUUID } from 'node:crypto';
import type { OutboxEntry, OutboxKind, OutboxState } from '../../../preload/contract';
import { describePayload, type OutboxPayload } from '../domain/outbox-payload';
import { decodeOutboxFailure } from '../domain/outbox-failure';
import type { DueEntry } from '../domain/outbox-alarm';
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

/** An entry that is due and has not gone yet, with what the log needs to say why. */
export interface WaitingEntry extends DueEntry {
  id: number;
  lastError: string | null;
}

/** An outbox entry as the sync engine needs it. */
export interface QueuedMutation extends OutboxEntry {
  /** The failure as stored (JSON of the kind): what the log reads. */
  lastError: string | null;
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
    failure: decodeOutboxFailure(row.last_error),
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
    failure: entry.failure,
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

  /**
   * Call inside the transaction that applies the optimistic effect. `notBefore` holds the entry
   * back until then (a bulk send's undo window).
   */
  enqueue(input: { ticketId: string; payload: OutboxPayload; baseVersion: number; urgent?: boolean; notBefore?: number; now: number }): QueuedMutation {
    const key = randomUUID();
    const info = this.sql(
        `INSERT INTO outbox (key, ticket_id, kind, payload, base_version, urgent, state, created_at, not_before)
         VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
      )
      .run(key, input.ticketId, input.payload.kind, JSON.stringify(input.payload), input.baseVersion, input.urgent ? 1 : 0, input.now, input.notBefore ?? 0);
    const id = Number(info.lastInsertRowid);
    // An escalation must not sit out the backoff of the entries it cannot overtake.
    if (input.urgent) this.sql(`UPDATE outbox SET next_attempt_at = 0 WHERE ticket_id = ? AND id < ? AND state = 'pending' AND next_attempt_at > 0`).run(input.ticketId, id);
    return this.get(id)!;
  }

  get(id: number): QueuedMutation | null {
    const row = this.sql('SELECT * FROM outbox WHERE id = ?').get(id) as OutboxRow | undefined;
    return row ? toEntry(row) : null;
  }

  /**
   * The next entry to send. Per-ticket order is absolute: only the oldest undelivered entry of a
   * ticket (its head) may go, never a ticket already in flight; failed entries are moved past,
   * not waited on. Urgency belongs to the ticket, not the entry: an urgent entry that cannot
   * overtake the entries ahead of it lends them its urgency, so the heads of tickets with an
   * urgent entry waiting go before every other ticket, and while one is on the wire nothing
   * ordinary goes beside it. An urgent ticket waiting for a retry holds nothing back. (Blocking everything else while an urgent
   * entry waited, instead, deadlocked behind an ordinary entry ahead of it on the same ticket.)
   */
  nextSendable(now: number, ticketsInFlight: ReadonlySet<string> = new Set()): QueuedMutation | null {
    return this.nextSendables(now, ticketsInFlight, 1)[0] ?? null;
  }

  /**
   * The next `limit` entries the rule above would hand out one after another, each on a ticket of
   * its own, in one look: urgent heads only while any may go, otherwise ordinary heads oldest first.
   * What a batch may carry together; one query instead of one per entry.
   */
  nextSendables(now: number, ticketsInFlight: ReadonlySet<string>, limit: number): QueuedMutation[] {
    const busy = JSON.stringify([...ticketsInFlight]);
    const urgentHeads = this.sql(
        `SELECT h.* FROM outbox h
         WHERE h.id IN (
             SELECT (SELECT MIN(e.id) FROM outbox e WHERE e.ticket_id = u.ticket_id AND e.state IN ('pending', 'sending'))
             FROM outbox u WHERE u.urgent = 1 AND u.state IN ('pending', 'sending'))
           AND h.next_attempt_at <= ? AND h.not_before <= ?
           AND h.ticket_id NOT IN (SELECT value FROM json_each(?))
         ORDER BY h.id
         LIMIT ?`,
      )
      .all(now, now, busy, limit) as OutboxRow[];
    if (urgentHeads.length > 0) return urgentHeads.map(toEntry);
    // An urgent ticket on the wire has the line to itself, so nothing ordinary lands before it.
    const urgentInFlight = this.sql(`SELECT 1 FROM outbox WHERE urgent = 1 AND state IN ('pending', 'sending') AND ticket_id IN (SELECT value FROM json_each(?)) LIMIT 1`).get(busy);
    if (urgentInFlight) return [];
    // No urgent ticket can go now: the oldest sendable heads (an urgent head would have been found above).
    const rows = this.sql(
        `SELECT o.* FROM outbox o
         WHERE o.state IN ('pending', 'sending') AND o.next_attempt_at <= ? AND o.not_before <= ?
           AND o.ticket_id NOT IN (SELECT value FROM json_each(?))
           AND NOT EXISTS (
             SELECT 1 FROM outbox e
             WHERE e.ticket_id = o.ticket_id AND e.id < o.id AND e.state IN ('pending', 'sending'))
         ORDER BY o.urgent DESC, o.id
         LIMIT ?`,
      )
      .all(now, now, busy, limit) as OutboxRow[];
    return rows.map(toEntry);
  }

  /**
   * The oldest entry waiting to go (its hold, if any, over) and the oldest urgent one: what the
   * status bar needs to tell a stall. `since` is when it became due: queued, or its hold ended.
   */
  oldestWaiting(now: number): { any: WaitingEntry | null; urgent: WaitingEntry | null } {
    // One index range each (urgent, then ordinary, oldest first): called every second, with thousands pending.
    const pick = (urgent: 0 | 1): WaitingEntry | null => {
      const row = this.sql(
          `SELECT id, ticket_id, attempts, last_error, MAX(created_at, not_before) AS since FROM outbox
           WHERE state IN ('pending', 'sending') AND urgent = ? AND not_before <= ?
           ORDER BY urgent DESC, id LIMIT 1`,
        )
        .get(urgent, now) as { id: number; ticket_id: string; attempts: number; last_error: string | null; since: number } | undefined;
      return row ? { id: row.id, ticketId: row.ticket_id, since: row.since, attempts: row.attempts, lastError: row.last_error } : null;
    };
    const urgent = pick(1);
    const ordinary = pick(0);
    const any = urgent && (!ordinary || urgent.since < ordinary.since) ? urgent : ordinary;
    return { any, urgent };
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

  /** Delivered at `version`: later entries of the ticket based on the version before it move onto it. Inside a transaction. */
  recordDelivered(entry: QueuedMutation, version: number, at: number): void {
    this.markDelivered(entry.id, version, at);
    this.rebaseFollowers(entry.ticketId, entry.id, entry.baseVersion, version);
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
   * Takes back entries that cannot have gone out yet (a bulk send's undo): only pending ones whose
   * hold is still in force and that are not on the wire now. A held entry is never sent, so none
   * of these can have reached the backend, even across a crash that lost a send's answer.
   * Returns the ids it took back.
   */
  cancelUnsent(ids: readonly number[], inFlight: ReadonlySet<number>, now: number): number[] {
    const cancel = this.sql(`UPDATE outbox SET state = 'discarded', last_error = 'undone by the agent' WHERE id = ? AND state = 'pending' AND not_before > ?`);
    return ids.filter((id) => !inFlight.has(id) && cancel.run(id, now).changes === 1);
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

  /** Failed entries of every ticket, oldest first: the decisions waiting for the agent. */
  failed(limit: number): QueuedMutation[] {
    return (this.sql(`SELECT * FROM outbox WHERE state = 'failed' ORDER BY id LIMIT ?`).all(limit) as OutboxRow[]).map(toEntry);
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
