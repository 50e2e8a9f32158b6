import type { Ticket } from '../../../preload/contract';
import type { OutboxPayload } from './outbox-payload';
import { applyEscalation, isEscalationPayload } from './escalation-effects';
import { applyTicketChanges } from './ticket-changes';

export interface PendingChange {
  payload: OutboxPayload;
  createdAt: number;
}

/**
 * The ticket the agent sees: the backend's last word with the agent's own not-yet-confirmed
 * changes replayed on top, in the order they were made.
 */
export function replayPending(server: Ticket, pending: readonly PendingChange[]): Ticket {
  let ticket = server;
  for (const change of pending) {
    const p = change.payload;
    if (p.kind === 'update') {
      ticket = applyTicketChanges(ticket, p.changes);
    } else if (isEscalationPayload(p)) {
      ticket = applyEscalation(ticket, p, change.createdAt);
      if (p.kind === 'escalate' && p.holdingReply && ticket.firstResponseAt === null) ticket = { ...ticket, firstResponseAt: change.createdAt };
    } else if (p.kind === 'reply' && ticket.firstResponseAt === null) {
      ticket = { ...ticket, firstResponseAt: change.createdAt };
    }
  }
  return ticket;
}
