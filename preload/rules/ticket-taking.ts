import type { TicketStatus } from './domain-shapes';

/**
 * A new ticket is open from the moment an agent takes it on: by taking it (Shift+T, take next)
 * or by answering it. Any other status stays as it is. The desk, main and the embedded backend
 * all run this one rule, so a take looks the same before and after the backend's copy arrives.
 */
export function statusOnceTaken(status: TicketStatus): TicketStatus {
  return status === 'new' ? 'open' : status;
}

/** What taking a ticket changes: it is the agent's, and open if it was new (status unknown: only the assignee). */
export function takeChanges(agentId: string, status: TicketStatus | undefined): { assigneeId: string; status?: 'open' } {
  return status !== undefined && status !== statusOnceTaken(status) ? { assigneeId: agentId, status: 'open' } : { assigneeId: agentId };
}
