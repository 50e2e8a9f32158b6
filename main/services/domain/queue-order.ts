import type { Ticket, TicketStatus } from '../../../preload/contract';
import { responseDueAt, type SlaPolicy, DEFAULT_SLA_POLICY } from './sla-policy';

/** Statuses that keep a ticket in the working queue. */
export const ACTIVE_STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending'];

export function isActive(status: TicketStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}

/** Sorts after every real due time, so tickets nobody waits on go last. */
export const NOT_DUE = Number.MAX_SAFE_INTEGER;

/**
 * The queue's sort key, as stored columns so SQLite can serve any page from an index:
 * security cases first, then the earliest SLA due time, then the oldest ticket.
 */
export interface QueueRank {
  active: boolean;
  security: boolean;
  dueSort: number;
  dueAt: number | null;
}

export function queueRank(ticket: Ticket, policy: SlaPolicy = DEFAULT_SLA_POLICY): QueueRank {
  const dueAt = responseDueAt(ticket, policy);
  return { active: isActive(ticket.status), security: ticket.security, dueAt, dueSort: dueAt ?? NOT_DUE };
}

/** The same order as the SQL index, for code that sorts in memory. */
export function compareByUrgency(a: Ticket, b: Ticket): number {
  const ra = queueRank(a);
  const rb = queueRank(b);
  if (ra.security !== rb.security) return ra.security ? -1 : 1;
  if (ra.dueSort !== rb.dueSort) return ra.dueSort - rb.dueSort;
  if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
