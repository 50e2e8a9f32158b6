import type { Ticket } from '../../../preload/contract';
import type { AcknowledgePayload, DeescalatePayload, EscalatePayload } from './outbox-payload';

export type EscalationPayload = EscalatePayload | AcknowledgePayload | DeescalatePayload;

export function isEscalationPayload(payload: { kind: string }): payload is EscalationPayload {
  return payload.kind === 'escalate' || payload.kind === 'acknowledge' || payload.kind === 'deescalate';
}

/**
 * What an escalation step does to a ticket. The desk replays it on its cached copy at once and
 * the backend applies the same function, so the two agree on the result.
 */
export function applyEscalation(ticket: Ticket, payload: EscalationPayload, at: number): Ticket {
  switch (payload.kind) {
    case 'escalate':
      return {
        ...ticket,
        security: true,
        priority: 'urgent',
        // Escalating an escalated case again keeps its place: the clock started at the first call.
        escalatedAt: ticket.escalatedAt ?? at,
        acknowledgedAt: ticket.escalatedAt === null ? null : ticket.acknowledgedAt,
        status: ticket.status === 'solved' || ticket.status === 'closed' || ticket.status === 'new' ? 'open' : ticket.status,
        snoozedUntil: null,
        tags: [...new Set([...ticket.tags, 'security', ...(payload.holdWithdrawals ? ['withdrawals_hold'] : [])])],
      };
    case 'acknowledge':
      return {
        ...ticket,
        acknowledgedAt: ticket.acknowledgedAt ?? at,
        ...(payload.claim ? { assigneeId: payload.authorId } : {}),
      };
    case 'deescalate':
      return {
        ...ticket,
        security: false,
        escalatedAt: null,
        acknowledgedAt: null,
        priority: 'high',
        tags: ticket.tags.filter((t) => t !== 'security'),
      };
  }
}
