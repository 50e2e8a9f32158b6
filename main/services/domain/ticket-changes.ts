import type { Priority, Ticket, TicketStatus } from '../../../preload/contract';

/** The fields an agent can change on a ticket; absent means unchanged. */
export interface TicketChanges {
  status?: TicketStatus;
  priority?: Priority;
  assigneeId?: string | null;
}

/** Applies changes as absolute values, so replaying them twice gives the same ticket. */
export function applyTicketChanges(ticket: Ticket, changes: TicketChanges): Ticket {
  const next = { ...ticket };
  if (changes.status !== undefined) next.status = changes.status;
  if (changes.priority !== undefined) next.priority = changes.priority;
  if (changes.assigneeId !== undefined) next.assigneeId = changes.assigneeId;
  return next;
}
