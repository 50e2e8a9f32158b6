import type { AccountFacts, AccountProtections, BackOfficeFailureKind, ProtectionInForce, ProtectiveAction, UndoKind, UndoRequest } from '../../../preload/contract';

// The exchange's back office, where a customer's account lives (KYC, balances, deposits,
// withdrawals, 2FA, sign-ins, holds). An interface like the helpdesk connectors: the embedded
// backend serves one, and a Request Tracker or Zendesk desk is pointed at the exchange's own.

/** Who the ticket's customer is, as the helpdesk knows them; the back office finds the account by either. */
export interface AccountKey {
  userId: string;
  email: string;
}

export interface BackOfficeConnector {
  /** The account's facts, validated; every failure is a BackOfficeError. */
  accountFacts(key: AccountKey): Promise<AccountFacts>;
  // The writes (API.md, "Protective actions and four eyes"), each once per idempotency key; a back
  // office without them has no protective actions (the desk says so). Failures are BackOfficeErrors.
  /** A security agent's protective action on the account, from a security case. */
  applyProtection?(idempotencyKey: string, request: { account: AccountKey; ticketId: string; agentId: string; action: ProtectiveAction; reason: string }): Promise<{ protection: ProtectionInForce }>;
  /** Asks for a second security agent's approval to undo (lift a freeze or lock, or de-escalate under a freeze). */
  requestUndo?(idempotencyKey: string, request: { account: AccountKey; ticketId: string; agentId: string; undo: UndoKind; reason: string; evidence: string }): Promise<{ request: UndoRequest }>;
  /** A second security agent approves; the back office refuses the requester and anyone but security. */
  approveUndo?(idempotencyKey: string, request: { requestId: string; agentId: string }): Promise<{ request: UndoRequest }>;
  /** The protections in force on the account and the requests to undo them. */
  protections?(key: AccountKey): Promise<AccountProtections>;
  /** Every request waiting for a second security agent, oldest first. */
  pendingApprovals?(): Promise<UndoRequest[]>;
}

/**
 * How a back-office call failed, in one word (the interface words it) and one sentence (for the
 * log): down (no answer, or a 5xx), timeout, refused (401/403/4xx: the token or the request),
 * malformed (an answer that is not what the API promises), unknown_customer (404).
 */
export class BackOfficeError extends Error {
  constructor(
    readonly kind: BackOfficeFailureKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'BackOfficeError';
  }
}
