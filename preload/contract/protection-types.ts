import type { BackOfficeFailureKind } from './account-types';
import type { OutboxState } from './queue-types';
import type { ProtectionInForce, ProtectiveAction, UndoKind, UndoRequest } from '../rules/protective-actions';

export { PROTECTIVE_ACTIONS, UNDO_KINDS, UNDO_LIFTS, LASTING_PROTECTIONS } from '../rules/protective-actions';
export type { ProtectionInForce, ProtectiveAction, UndoKind, UndoRequest, AccountProtections } from '../rules/protective-actions';

/** One of this desk's own protective entries still in the outbox for a ticket (what the agent just did). */
export interface QueuedProtection {
  entryId: number;
  kind: 'protect' | 'request_undo' | 'approve_undo';
  /** The protective action, the undo asked for, or the request approved. */
  action: ProtectiveAction | null;
  undo: UndoKind | null;
  requestId: string | null;
  state: OutboxState;
}

/**
 * What the ticket and the security desk show about the case's account: the protections the back
 * office holds and the requests to undo them, and this desk's own entries on the way there.
 */
export type ProtectionOverview =
  | { kind: 'found'; inForce: ProtectionInForce[]; requests: UndoRequest[]; queued: QueuedProtection[] }
  | { kind: 'not_configured'; queued: QueuedProtection[] }
  | { kind: 'failed'; reason: BackOfficeFailureKind; queued: QueuedProtection[] };

/** The security desk's pending-approvals list: each request with its case, or why the back office did not answer. */
export interface PendingApprovals {
  requests: Array<UndoRequest & { subject: string | null; language: string | null }>;
  failure: BackOfficeFailureKind | 'not_configured' | null;
}
