import type { AgentRole, Ticket } from '../../../preload/contract';
import type { TicketChanges } from './ticket-changes';

export type SecurityAction = 'acknowledge' | 'claim' | 'deescalate';

/**
 * Why this role may not do this to this ticket, or null when it may. The same rule runs in the
 * desk (refuse before queuing) and in the backend (refuse what another desk sends anyway).
 */
export function securityActionRefusal(role: AgentRole, ticket: Pick<Ticket, 'id' | 'security' | 'escalatedAt'>, action: SecurityAction): string | null {
  if (role !== 'security') return `only security agents may ${action === 'deescalate' ? 'de-escalate' : action} a security case`;
  if (action !== 'deescalate' && ticket.escalatedAt === null) return `ticket ${ticket.id} is not escalated`;
  if (action === 'deescalate' && !ticket.security) return `ticket ${ticket.id} is not a security case`;
  return null;
}

/** Only security agents solve or close a security case: it may hold stolen funds or a live attacker. */
export function ticketChangeRefusal(role: AgentRole, ticket: Pick<Ticket, 'id' | 'security'>, changes: TicketChanges): string | null {
  const closing = changes.status === 'solved' || changes.status === 'closed';
  if (closing && ticket.security && role !== 'security') return `only security agents may ${changes.status === 'solved' ? 'solve' : 'close'} security case ${ticket.id}`;
  return null;
}

/** Executives answer one ticket at a time: a change to many tickets at once is not theirs to make. */
export function bulkActionRefusal(role: AgentRole): string | null {
  return role === 'executive' ? 'bulk changes are not available in the executive desk' : null;
}
