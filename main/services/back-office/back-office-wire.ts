import { z } from 'zod';
import { ACCOUNT_LOCK_KINDS, DEPOSIT_HOLD_REASONS, DEPOSIT_STATES, KYC_STATUSES, TWO_FACTOR_METHODS, WITHDRAWAL_STATES, type AccountFacts } from '../../../preload/contract';

// The back office's answer, never trusted: every field is checked for type, form and size before
// the desk believes it. Unknown extra fields are dropped (an exchange's back office may say more).

const MAX_ROWS = 200;
const decimal = z.string().regex(/^\d{1,40}(\.\d{1,36})?$/, 'a decimal amount such as "12.5"');
const epochMs = z.number().int().min(0).max(8.64e15);
const shortText = z.string().min(1).max(200);
const network = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);
const identifier = z.string().min(1).max(200).regex(/^[^\s\p{Cc}]+$/u, 'no spaces or control characters');
const count = z.number().int().min(0).max(10_000_000);

const deposit = z.object({
  id: shortText,
  asset: z.string().min(1).max(20),
  network,
  token: identifier.nullable(),
  decimals: z.number().int().min(0).max(36),
  amount: decimal,
  address: identifier,
  memo: z.string().max(200).nullable(),
  txHash: identifier.nullable(),
  confirmations: count,
  requiredConfirmations: count,
  minimum: decimal,
  state: z.enum(DEPOSIT_STATES),
  holdReason: z.enum(DEPOSIT_HOLD_REASONS).nullable(),
  sentNetwork: network.nullable(),
  createdAt: epochMs,
  creditedAt: epochMs.nullable(),
});

const withdrawal = z.object({
  id: shortText,
  asset: z.string().min(1).max(20),
  network,
  amount: decimal,
  fee: decimal.nullable(),
  address: identifier,
  memo: z.string().max(200).nullable(),
  txHash: identifier.nullable(),
  confirmations: count,
  requiredConfirmations: count,
  state: z.enum(WITHDRAWAL_STATES),
  heldBy: z.string().max(200).nullable(),
  holdReason: z.string().max(2000).nullable(),
  requestedAt: epochMs,
  updatedAt: epochMs,
});

export const accountFactsSchema = z.object({
  userId: shortText,
  kyc: z.object({ level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]), status: z.enum(KYC_STATUSES) }),
  balances: z.array(z.object({ asset: z.string().min(1).max(20), available: decimal, locked: decimal })).max(MAX_ROWS),
  deposits: z.array(deposit).max(MAX_ROWS),
  withdrawals: z.array(withdrawal).max(MAX_ROWS),
  twoFactor: z.object({ enabled: z.boolean(), method: z.enum(TWO_FACTOR_METHODS).nullable(), changedAt: epochMs.nullable() }),
  signIns: z.array(z.object({ at: epochMs, device: shortText, ip: z.string().min(2).max(64), country: z.string().regex(/^[A-Z]{2}$/), newDevice: z.boolean() })).max(MAX_ROWS),
  locks: z.array(z.object({ kind: z.enum(ACCOUNT_LOCK_KINDS), reason: z.string().min(1).max(2000), by: z.string().max(200).nullable(), since: epochMs, until: epochMs.nullable() })).max(MAX_ROWS),
}) satisfies z.ZodType<AccountFacts>;

/** The route's envelope: `{ account: … }`. */
export const accountAnswerSchema = z.object({ account: accountFactsSchema });
