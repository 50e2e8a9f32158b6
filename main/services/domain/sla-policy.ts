import type { Priority, Ticket } from '../../../preload/contract';

/**
 * SLA clocks. First response is due from creation; once answered, the next response is due
 * from the customer's latest message. Security cases run on a much shorter clock.
 */
export interface SlaPolicy {
  firstResponseMinutes: Record<Priority, number>;
  nextResponseMinutes: Record<Priority, number>;
  securityFirstResponseMinutes: number;
  securityNextResponseMinutes: number;
}

export const DEFAULT_SLA_POLICY: SlaPolicy = {
  firstResponseMinutes: { urgent: 15, high: 60, normal: 240, low: 1440 },
  nextResponseMinutes: { urgent: 30, high: 120, normal: 480, low: 2880 },
  securityFirstResponseMinutes: 5,
  securityNextResponseMinutes: 15,
};

const MINUTE = 60_000;

type SlaInput = Pick<Ticket, 'status' | 'priority' | 'security' | 'createdAt' | 'firstResponseAt' | 'lastCustomerMessageAt'>;

/** How long the agents have for a response: the first one, or the next once the ticket was answered. */
export function responseBudgetMs(ticket: Pick<Ticket, 'priority' | 'security'>, answered: boolean, policy: SlaPolicy = DEFAULT_SLA_POLICY): number {
  if (answered) return (ticket.security ? policy.securityNextResponseMinutes : policy.nextResponseMinutes[ticket.priority]) * MINUTE;
  return (ticket.security ? policy.securityFirstResponseMinutes : policy.firstResponseMinutes[ticket.priority]) * MINUTE;
}

/** When the next agent response falls due, or null when nobody is waiting on us. */
export function responseDueAt(ticket: SlaInput, policy: SlaPolicy = DEFAULT_SLA_POLICY): number | null {
  if (ticket.status !== 'new' && ticket.status !== 'open') return null;
  if (ticket.firstResponseAt === null) return ticket.createdAt + responseBudgetMs(ticket, false, policy);
  if (ticket.lastCustomerMessageAt > ticket.firstResponseAt) return ticket.lastCustomerMessageAt + responseBudgetMs(ticket, true, policy);
  return null;
}
