/**
 * The customer's account as an exchange's back office tells it: the shapes the desk (through its
 * contract, preload/contract/account-types.ts) and the embedded backend's back office
 * (main/backend/back-office/) share, declared once. Amounts are decimal strings in the asset's own
 * unit ("0.25" BTC), as back offices give them. Like domain-shapes.ts, this file imports nothing.
 */

export const KYC_STATUSES = ['none', 'pending', 'verified', 'rejected'] as const;
export type KycStatus = (typeof KYC_STATUSES)[number];

export const DEPOSIT_STATES = ['pending', 'credited', 'held', 'rejected'] as const;
export type DepositState = (typeof DEPOSIT_STATES)[number];
export const WITHDRAWAL_STATES = ['requested', 'under_review', 'held', 'broadcast', 'confirmed', 'failed'] as const;
export type WithdrawalState = (typeof WITHDRAWAL_STATES)[number];

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
  state: DepositState;
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
  state: WithdrawalState;
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
