import type { Ticket } from '../../../preload/contract';
import { queueRank } from './queue-order';
import type { SlaPolicy } from './sla-policy';

/**
 * The security desk's order, as a rule: escalations nobody acknowledged yet first, the one
 * escalated longest ago on top (its acknowledgement timer runs); then the escalated cases security
 * already took; then the other security cases; the last two by SLA, then age. The cache serves the
 * view from SQL (store/ticket-repository.ts, SECURITY_SORT_KEY); the unit test holds the two to
 * the same order.
 */
export type SecurityLane = 'waiting' | 'taken' | 'flagged';

export function securityLane(ticket: Pick<Ticket, 'escalatedAt' | 'acknowledgedAt'>): SecurityLane {
  if (ticket.escalatedAt === null) return 'flagged';
  return ticket.acknowledgedAt === null ? 'waiting' : 'taken';
}

const LANE_RANK: Readonly<Record<SecurityLane, number>> = { waiting: 0, taken: 1, flagged: 2 };

/** The sort key, lexicographic: lane, how long it has waited (waiting lane only), SLA due, created, id. */
export function securityDeskKey(ticket: Ticket, policy?: SlaPolicy): [number, number, number, number, string] {
  const lane = securityLane(ticket);
  return [LANE_RANK[lane], lane === 'waiting' ? ticket.escalatedAt! : 0, queueRank(ticket, policy).dueSort, ticket.createdAt, ticket.id];
}

export function compareForSecurityDesk(a: Ticket, b: Ticket, policy?: SlaPolicy): number {
  const ka = securityDeskKey(a, policy);
  const kb = securityDeskKey(b, policy);
  for (let i = 0; i < ka.length; i++) {
    const x = ka[i]!;
    const y = kb[i]!;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}
