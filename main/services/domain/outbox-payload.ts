import type { EscalationReason } from '../../../preload/contract';
import { describeChanges, type TicketChanges } from './ticket-changes';

/** The reply the customer gets the moment a case goes to the security desk, in their language. */
export interface HoldingReply {
  body: string;
  language: string;
}

/**
 * One escalation to the security desk. A single outbox entry carries all of it (urgent flag,
 * internal note, holding reply, account-protection request), so it is delivered whole or not at all.
 */
export interface EscalatePayload {
  kind: 'escalate';
  reason: EscalationReason;
  note: string;
  holdWithdrawals: boolean;
  holdingReply: HoldingReply | null;
  authorId: string;
}

/** A security agent takes an escalated case: acknowledges it, and claims it when `claim`. */
export interface AcknowledgePayload {
  kind: 'acknowledge';
  claim: boolean;
  authorId: string;
}

/** A security agent sends a case back to the ordinary queue, saying why. */
export interface DeescalatePayload {
  kind: 'deescalate';
  reason: string;
  authorId: string;
}

/** What an outbox entry asks the backend to do. Stored as JSON in the outbox row. */
export type OutboxPayload =
  | { kind: 'reply' | 'note'; body: string; authorId: string }
  | { kind: 'update'; changes: TicketChanges; authorId: string }
  | EscalatePayload
  | AcknowledgePayload
  | DeescalatePayload;

export type OutboxKind = OutboxPayload['kind'];

export function describePayload(payload: OutboxPayload): string {
  switch (payload.kind) {
    case 'update':
      return describeChanges(payload.changes);
    case 'escalate':
      return `escalation to security (${payload.reason.replaceAll('_', ' ')}${payload.holdWithdrawals ? ', hold withdrawals' : ''})`;
    case 'acknowledge':
      return payload.claim ? 'claim for security' : 'acknowledge escalation';
    case 'deescalate':
      return `de-escalation: “${payload.reason}”`;
    default: {
      const preview = payload.body.length > 60 ? `${payload.body.slice(0, 57)}…` : payload.body;
      return `${payload.kind === 'reply' ? 'reply' : 'internal note'}: “${preview}”`;
    }
  }
}
