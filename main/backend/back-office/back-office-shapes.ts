// What the embedded backend's back office answers (API.md, "Back office"). The backend is a
// product of its own and does not import the desk's contract; the desk validates these answers
// against its own schema, and tests/unit/embedded-backend/back-office-api.test.ts checks they agree.

export type DepositState = 'pending' | 'credited' | 'held' | 'rejected';
export type DepositHoldReason = 'wrong_network' | 'memo_missing' | 'below_minimum' | 'compliance';
export type WithdrawalState = 'requested' | 'under_review' | 'held' | 'broadcast' | 'confirmed' | 'failed';

export interface BackOfficeDeposit {
  id: string;
  asset: string;
  network: string;
  token: string | null;
  decimals: number;
  amount: string;
  address: string;
  memo: string | null;
  txHash: string | null;
  confirmations: number;
  requiredConfirmations: number;
  minimum: string;
  state: DepositState;
  holdReason: DepositHoldReason | null;
  sentNetwork: string | null;
  createdAt: number;
  creditedAt: number | null;
}

export interface BackOfficeWithdrawal {
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
  heldBy: string | null;
  holdReason: string | null;
  requestedAt: number;
  updatedAt: number;
}

export interface BackOfficeAccount {
  userId: string;
  kyc: { level: 0 | 1 | 2 | 3; status: 'none' | 'pending' | 'verified' | 'rejected' };
  balances: Array<{ asset: string; available: string; locked: string }>;
  deposits: BackOfficeDeposit[];
  withdrawals: BackOfficeWithdrawal[];
  twoFactor: { enabled: boolean; method: 'totp' | 'sms' | 'passkey' | null; changedAt: number | null };
  signIns: Array<{ at: number; device: string; ip: string; country: string; newDevice: boolean }>;
  locks: Array<{ kind: 'withdrawal_hold' | 'account_lock' | 'trading_lock' | 'api_lock'; reason: string; by: string | null; since: number; until: number | null }>;
}
