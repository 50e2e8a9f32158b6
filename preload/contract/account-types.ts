import type { ChainDepositState, ChainDiagnosisView, ChainFailureKind, ChainLookupResult, ChainWithdrawalState } from './chain-types';
import type { Topic } from './domain-types';

// The customer's account as the exchange's back office knows it, beside the ticket. The main
// process reads it through a back-office connector (validated, never trusted), keeps the last
// word in the cache with when it was learned, and shows that with its age when the back office
// is down. Amounts are decimal strings in the asset's own unit ("0.25" BTC), as back offices give them.

export const KYC_STATUSES = ['none', 'pending', 'verified', 'rejected'] as const;
export type KycStatus = (typeof KYC_STATUSES)[number];

export const DEPOSIT_STATES = ['pending', 'credited', 'held', 'rejected'] as const satisfies readonly ChainDepositState[];
export const WITHDRAWAL_STATES = ['requested', 'under_review', 'held', 'broadcast', 'confirmed', 'failed'] as const satisfies readonly ChainWithdrawalState[];

/** Why the back office holds or rejected a deposit, when it says. */
export const DEPOSIT_HOLD_REASONS = ['wrong_network', 'memo_missing', 'below_minimum', 'compliance'] as const;
export type DepositHoldReason = (typeof DEPOSIT_HOLD_REASONS)[number];

export const TWO_FACTOR_METHODS = ['totp', 'sms', 'passkey'] as const;
export const ACCOUNT_LOCK_KINDS = ['withdrawal_hold', 'account_lock', 'trading_lock', 'api_lock'] as const;
export type AccountLockKind = (typeof ACCOUNT_LOCK_KINDS)[number];

export interface AccountBalance {
  asset: string;
  available: string;
  locked: string;
}

export interface AccountDeposit {
  id: string;
  /** The asset's symbol (USDT, ETH, BTC). */
  asset: string;
  /** The network the deposit address belongs to (ethereum, bsc, tron, bitcoin, …). */
  network: string;
  /** The token contract on that network; null for the network's own coin. */
  token: string | null;
  decimals: number;
  amount: string;
  address: string;
  /** The memo or tag this customer must send with a deposit to this address; null when none. */
  memo: string | null;
  txHash: string | null;
  confirmations: number;
  requiredConfirmations: number;
  minimum: string;
  state: ChainDepositState;
  holdReason: DepositHoldReason | null;
  /** Where the funds really arrived when it was not the address's network (a wrong-network deposit). */
  sentNetwork: string | null;
  createdAt: number;
  creditedAt: number | null;
}

export interface AccountWithdrawal {
  id: string;
  asset: string;
  network: string;
  amount: string;
  fee: string | null;
  address: string;
  memo: string | null;
  txHash: string | null;
  confirmations: number;
  requiredConfirmations: number;
  state: ChainWithdrawalState;
  /** Who holds it and why (under_review, held), as the back office's staff wrote it. */
  heldBy: string | null;
  holdReason: string | null;
  requestedAt: number;
  updatedAt: number;
}

export interface AccountSignIn {
  at: number;
  device: string;
  ip: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  newDevice: boolean;
}

export interface AccountLock {
  kind: AccountLockKind;
  reason: string;
  by: string | null;
  since: number;
  until: number | null;
}

export interface AccountFacts {
  /** The exchange's account id (U-4821937). */
  userId: string;
  kyc: { level: 0 | 1 | 2 | 3; status: KycStatus };
  balances: AccountBalance[];
  /** Newest first. */
  deposits: AccountDeposit[];
  withdrawals: AccountWithdrawal[];
  twoFactor: { enabled: boolean; method: (typeof TWO_FACTOR_METHODS)[number] | null; changedAt: number | null };
  signIns: AccountSignIn[];
  locks: AccountLock[];
}

/** Why the back office gave no fresh facts: its answer in one word, worded by the interface. */
export type BackOfficeFailureKind = 'down' | 'timeout' | 'refused' | 'malformed' | 'unknown_customer';

/** A transaction hash or an address the ticket mentions, and the account's record it belongs to, if any. */
export interface AccountSubject {
  kind: 'transaction' | 'address';
  value: string;
  depositId: string | null;
  withdrawalId: string | null;
}

/** What the diagnosis line says and the reply topic it suggests. */
export interface AccountDiagnosis {
  diagnosis: ChainDiagnosisView;
  macroTopic: Topic | null;
  /** The starter macro made for this diagnosis (one that uses the account's facts where there is one); null: one of macroTopic. */
  macroId: string | null;
  /** The deposit or withdrawal it is about. */
  depositId: string | null;
  withdrawalId: string | null;
}

export type AccountFactsResult =
  /** No back office is configured for this desk (Request Tracker or Zendesk without one). */
  | { kind: 'not_configured'; mentioned: AccountSubject[] }
  | {
      kind: 'found';
      /** Null for an executive, who sees the diagnosis line and the suggested reply, not raw account data. */
      facts: AccountFacts | null;
      /** `live`: the back office answered now; `cache`: it could not, this is its last word. */
      source: 'live' | 'cache';
      learnedAt: number;
      ageMs: number;
      /** Why the cache answered (null when live). */
      problem: BackOfficeFailureKind | null;
      mentioned: AccountSubject[];
      /** From the back office's own records, before any chain lookup; null when the ticket names none. */
      diagnosis: AccountDiagnosis | null;
    }
  | { kind: 'failed'; reason: BackOfficeFailureKind; mentioned: AccountSubject[] };

/** What one address received recently, as a chain node tells it. */
export interface ChainAddressView {
  network: string;
  address: string;
  tipHeight: number;
  transactions: Array<{ hash: string; status: 'unconfirmed' | 'confirmed' | 'failed'; confirmations: number; asset: string; value: string }>;
  /** EVM logs record tokens only: native transfers to the address are not listed. */
  nativeTransfersListed: boolean;
}

export type ChainAddressResult =
  | { kind: 'not_configured' }
  | { kind: 'found'; activity: ChainAddressView[]; source: 'live' | 'cache'; learnedAt: number; ageMs: number }
  | { kind: 'failed'; reason: ChainFailureKind };

/** The chain's word on everything the ticket mentions, and the diagnosis line it gives. */
export interface AccountChainResult {
  transactions: Array<{ subject: AccountSubject; result: ChainLookupResult }>;
  addresses: Array<{ subject: AccountSubject; result: ChainAddressResult }>;
  /** The diagnosis with the chain's facts; null when no lookup gave one (keep the back office's). */
  diagnosis: AccountDiagnosis | null;
}
