import type { EscalationReason, ProtectiveAction, UndoKind } from '../../../preload/contract';
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

/** The back office's account: the exchange's user id, or the e-mail (the helpdesk's customer). */
export interface AccountRef {
  userId: string;
  email: string;
}

/** A security agent's protective action on the case's account, applied through the back office. */
export interface ProtectPayload {
  kind: 'protect';
  action: ProtectiveAction;
  account: AccountRef;
  reason: string;
  authorId: string;
}

/** A request for a second security agent's approval to lift a freeze or lock, or to de-escalate under a freeze. */
export interface RequestUndoPayload {
  kind: 'request_undo';
  undo: UndoKind;
  account: AccountRef;
  reason: string;
  evidence: string;
  authorId: string;
}

/** A second security agent's approval of a colleague's request: an entry, and an idempotency key, of its own. */
export interface ApproveUndoPayload {
  kind: 'approve_undo';
  requestId: string;
  authorId: string;
}

/** Entries the back office applies, not the helpdesk (back-office/protective-delivery.ts routes them). */
export type BackOfficePayload = ProtectPayload | RequestUndoPayload | ApproveUndoPayload;

export function isBackOfficePayload(payload: OutboxPayload): payload is BackOfficePayload {
  return payload.kind === 'protect' || payload.kind === 'request_undo' || payload.kind === 'approve_undo';
}

/** What an outbox entry asks the backend to do. Stored as JSON in the outbox row. */
export type OutboxPayload =
  | { kind: 'reply' | 'note'; body: string; authorId: string }
  | { kind: 'update'; changes: TicketChanges; authorId: string }
  | EscalatePayload
  | AcknowledgePayload
  | DeescalatePayload
  | BackOfficePayload;

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
    // No account identifier in a summary: it reaches the renderer and the log.
    case 'protect':
      return `protective action: ${payload.action.replaceAll('_', ' ')}`;
    case 'request_undo':
      return `request for approval: ${payload.undo.replaceAll('_', ' ')}`;
    case 'approve_undo':
      return `approval of ${payload.requestId}`;
    default: {
      const preview = payload.body.length > 60 ? `${payload.body.slice(0, 57)}…` : payload.body;
      return `${payload.kind === 'reply' ? 'reply' : 'internal note'}: “${preview}”`;
    }
  }
}
