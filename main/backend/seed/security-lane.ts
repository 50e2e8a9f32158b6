// Where a seeded security case stands with the security desk. Most cases an agent has touched are
// already escalated (and, unless that happened minutes ago, acknowledged); brand-new ones and a
// few others still wait for someone to escalate them. The escalation is the backend's own step
// (escalation-effects.ts), so a seeded case looks exactly like one escalated at the desk.

import type { Ticket } from '../wire-types';
import { applyEscalation } from '../../services/domain/escalation-effects';
import { suggestedReason } from '../../../preload/rules/escalation-defaults';
import type { Random } from './random';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** Share of touched security cases already escalated; the rest are left for frontline to escalate. */
const ESCALATED_SHARE = 0.9;

/**
 * The case after its escalation and acknowledgement, if they happened before `now`: escalated at
 * or before the first agent touch, acknowledged a little later, claimed when it has an assignee.
 */
export function seedEscalation(rng: Random, ticket: Ticket, firstTouchAt: number, now: number, agentId: string): Ticket {
  if (!ticket.security || ticket.status === 'new' || !rng.chance(ESCALATED_SHARE)) return ticket;
  const escalatedAt = ticket.createdAt + Math.floor((firstTouchAt - ticket.createdAt) * rng.float(0.2, 1));
  const payload = { kind: 'escalate', reason: suggestedReason(ticket.topic), note: '', holdWithdrawals: false, holdingReply: null, authorId: agentId } as const;
  // The case was escalated while still open; what became of it later (pending, solved) stands.
  let escalated: Ticket = { ...applyEscalation(ticket, payload, escalatedAt), status: ticket.status };
  const acknowledgedAt = escalatedAt + Math.floor(rng.logUniform(20 * SECOND, 12 * MINUTE));
  if (acknowledgedAt <= now) {
    const claim = ticket.assigneeId !== null;
    escalated = applyEscalation(escalated, { kind: 'acknowledge', claim, authorId: ticket.assigneeId ?? agentId }, acknowledgedAt);
  }
  return escalated;
}
