import type { AccountFacts, BackOfficeFailureKind } from '../../../preload/contract';

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
