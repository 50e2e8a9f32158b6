import type { ConnectionState, OutboxAlarm } from '../../../preload/contract';

/** The longest a healthy outbox waits between attempts (the backoff's ceiling). */
export const MAX_BACKOFF_MS = 60_000;
/** Due entries and no delivery for longer than the longest backoff (and a margin): stalled. */
export const STALL_AFTER_MS = MAX_BACKOFF_MS + 5_000;
/** A security escalation still on the desk this long after it was due is an alarm, not a number. */
export const URGENT_LATE_MS = 5_000;

/** An entry that is due and has not gone yet. */
export interface DueEntry {
  ticketId: string;
  /** When it became due: queued, or its hold ended. */
  since: number;
  attempts: number;
}

export interface OutboxHealthInput {
  now: number;
  /** The oldest due entry, and the oldest due urgent one. */
  oldest: DueEntry | null;
  oldestUrgent: DueEntry | null;
  /** The last time an entry left the outbox (delivered, or failed and handed to the agent). */
  lastProgressAt: number;
  connection: ConnectionState;
  rateLimited: boolean;
  pending: number;
}

/** Whether the outbox is late, and why; null while it moves. */
export function outboxAlarm(input: OutboxHealthInput): OutboxAlarm | null {
  const { now, oldest, oldestUrgent } = input;
  const causeOf = (entry: DueEntry): OutboxAlarm['cause'] => {
    if (input.connection !== 'online') return 'offline';
    if (input.rateLimited) return 'rate_limited';
    return entry.attempts > 0 ? 'retrying' : 'not_sent';
  };
  if (oldestUrgent && now - oldestUrgent.since > URGENT_LATE_MS) {
    return { kind: 'urgent_waiting', ticketId: oldestUrgent.ticketId, since: oldestUrgent.since, cause: causeOf(oldestUrgent), pending: input.pending };
  }
  // A long backlog that keeps moving is not a stall: the clock restarts with every delivery.
  if (oldest && now - Math.max(oldest.since, input.lastProgressAt) > STALL_AFTER_MS) {
    return { kind: 'stalled', ticketId: oldest.ticketId, since: oldest.since, cause: causeOf(oldest), pending: input.pending };
  }
  return null;
}
