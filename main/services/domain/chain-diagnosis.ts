import type { Topic } from '../../../preload/contract';
import type { ChainDiagnosisView } from '../../../preload/contract/chain-types';

// What a transaction on chain means for the customer's deposit or withdrawal. Pure rules: the
// caller brings the chain facts (a chain connector or the cache) and what the account expects
// (the back office). The answer is a kind with its parameters, worded by the interface in the
// agent's language, and the macro topic that answers it.

/** Amounts are integers in the asset's smallest unit (wei, satoshi, token base units), as decimal strings. */
export type BaseUnits = string;

/** `native` for the network's own coin, otherwise the token contract's address. */
export type ChainAsset = 'native' | string;

export interface ChainTransferFact {
  asset: ChainAsset;
  /** Sender, when the chain says (a Bitcoin transaction may have several inputs: the first). */
  from: string | null;
  to: string;
  value: BaseUnits;
  /** Memo, tag or comment carried with the transfer; null when none was sent or the network has none. */
  memo: string | null;
}

export type ChainTxStatus = 'unconfirmed' | 'confirmed' | 'failed';

/** What the chain says about one transaction, at one moment. */
export interface ChainTransactionFacts {
  network: string;
  hash: string;
  /** unconfirmed: known to the node but in no block yet; failed: in a block, reverted. */
  status: ChainTxStatus;
  blockHeight: number | null;
  /** When the block was made (ms since the epoch), when known. */
  blockTime: number | null;
  /** Blocks on top of the transaction's, its own included; 0 while unconfirmed. */
  confirmations: number;
  /** The network's usual time between blocks, for "expected in about …". */
  blockTimeSeconds: number;
  /** Whether the network carries a memo or tag (XRP, Stellar, …); EVM networks and Bitcoin do not. */
  memoSupported: boolean;
  fee: BaseUnits | null;
  transfers: ChainTransferFact[];
}

/** What the back office says the customer's deposit should look like, and what it did with it. */
export interface ExpectedDeposit {
  network: string;
  /** The customer's deposit address (or the exchange's shared address when a memo tells customers apart). */
  address: string;
  asset: ChainAsset;
  /** The memo or tag this customer must send; null when the network or the address needs none. */
  memo: string | null;
  minimum: BaseUnits;
  requiredConfirmations: number;
  /** The back office's record of the deposit, when it has one. */
  state?: 'pending' | 'credited' | 'held' | 'rejected';
  creditedAt?: number | null;
}

export type WithdrawalState = 'requested' | 'under_review' | 'held' | 'broadcast' | 'confirmed' | 'failed';

export interface WithdrawalRecord {
  network: string;
  state: WithdrawalState;
  requiredConfirmations: number;
  /** Who holds it and why (under_review, held). */
  heldBy?: string | null;
  holdReason?: string | null;
  requestedAt?: number | null;
}

/** What the rules conclude: declared once, in the contract the desk shows it through. */
export type ChainDiagnosis = ChainDiagnosisView;

export type ChainDiagnosisKind = ChainDiagnosis['kind'];

export interface ChainDiagnosisResult {
  diagnosis: ChainDiagnosis;
  /** The macro topic whose reply fits; null when there is nothing to tell the customer yet. */
  macroTopic: Topic | null;
}

export type ChainDiagnosisInput =
  | { facts: ChainTransactionFacts | null; deposit: ExpectedDeposit; withdrawal?: undefined }
  | { facts: ChainTransactionFacts | null; withdrawal: WithdrawalRecord; deposit?: undefined }
  | { facts: ChainTransactionFacts | null; deposit?: undefined; withdrawal?: undefined };

const EVM_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const BECH32 = /^(bc|tb|bcrt|ltc|tltc)1[02-9ac-hj-np-z]+$/i;

/**
 * One spelling per address: EVM hex and Bech32 are case-insensitive; Base58 (legacy Bitcoin,
 * Tron, …) and other formats are compared as written.
 */
export function sameAddress(a: string, b: string): boolean {
  const x = a.trim();
  const y = b.trim();
  if ((EVM_ADDRESS.test(x) && EVM_ADDRESS.test(y)) || (BECH32.test(x) && BECH32.test(y))) return x.toLowerCase() === y.toLowerCase();
  return x === y;
}

function sameAsset(a: ChainAsset, b: ChainAsset): boolean {
  return a === 'native' || b === 'native' ? a === b : sameAddress(a, b);
}

function remaining(confirmations: number, required: number, blockTimeSeconds: number): { remainingBlocks: number; expectedSeconds: number } {
  const remainingBlocks = Math.max(0, required - confirmations);
  return { remainingBlocks, expectedSeconds: Math.round(remainingBlocks * blockTimeSeconds) };
}

function sum(values: readonly BaseUnits[]): bigint {
  return values.reduce((total, v) => total + toBigInt(v), 0n);
}

function toBigInt(value: BaseUnits): bigint {
  return /^\d+$/.test(value) ? BigInt(value) : 0n;
}

const deposit = (diagnosis: ChainDiagnosis): ChainDiagnosisResult => ({ diagnosis, macroTopic: 'deposit' });
const withdrawal = (diagnosis: ChainDiagnosis): ChainDiagnosisResult => ({ diagnosis, macroTopic: 'withdrawal' });

/**
 * A deposit, checked in the order a customer's mistake would be found: the chain refused it,
 * it went to the wrong network, the wrong address, the wrong coin, without its memo, below the
 * minimum; then where it stands: credited, waiting for confirmations, or confirmed and waiting
 * for the exchange.
 */
function diagnoseDeposit(facts: ChainTransactionFacts | null, expected: ExpectedDeposit): ChainDiagnosisResult {
  if (expected.state === 'credited') return deposit({ kind: 'credited', creditedAt: expected.creditedAt ?? null, confirmations: facts?.confirmations ?? 0 });
  if (!facts) return deposit({ kind: 'not_found_on_chain' });
  if (facts.status === 'failed') return deposit({ kind: 'failed_on_chain', hash: facts.hash, network: facts.network });

  const toAddress = facts.transfers.filter((t) => sameAddress(t.to, expected.address));
  if (facts.network !== expected.network) {
    return deposit({ kind: 'wrong_network', sentOn: facts.network, expectedNetwork: expected.network, toDepositAddress: toAddress.length > 0 });
  }
  if (toAddress.length === 0) {
    return deposit({ kind: 'not_customer_address', sentTo: [...new Set(facts.transfers.map((t) => t.to))], expectedAddress: expected.address });
  }
  const matching = toAddress.filter((t) => sameAsset(t.asset, expected.asset));
  if (matching.length === 0) return deposit({ kind: 'wrong_asset', sentAsset: [...new Set(toAddress.map((t) => t.asset))], expectedAsset: expected.asset });

  if (expected.memo !== null && expected.memo !== '') {
    const memos = matching.map((t) => t.memo?.trim() ?? '').filter((m) => m !== '');
    if (memos.length === 0) return deposit({ kind: 'memo_missing', expectedMemo: expected.memo });
    if (!memos.includes(expected.memo.trim())) return deposit({ kind: 'memo_wrong', sentMemo: memos[0]!, expectedMemo: expected.memo });
  }

  const amount = sum(matching.map((t) => t.value));
  if (amount < toBigInt(expected.minimum)) return deposit({ kind: 'below_minimum', amount: amount.toString(), minimum: expected.minimum });

  if (expected.state === 'rejected') return deposit({ kind: 'deposit_rejected' });
  const required = Math.max(1, expected.requiredConfirmations);
  if (facts.status === 'unconfirmed' || facts.confirmations < required) {
    const confirmations = facts.status === 'unconfirmed' ? 0 : facts.confirmations;
    return deposit({ kind: 'awaiting_confirmations', confirmations, required, ...remaining(confirmations, required, facts.blockTimeSeconds) });
  }
  return deposit({ kind: 'confirmed_not_credited', confirmations: facts.confirmations, required, depositState: expected.state ?? null });
}

/** A withdrawal: the exchange's own state first (requested, held), then what the chain did with it. */
function diagnoseWithdrawal(facts: ChainTransactionFacts | null, record: WithdrawalRecord): ChainDiagnosisResult {
  if (record.state === 'requested') return withdrawal({ kind: 'withdrawal_requested', requestedAt: record.requestedAt ?? null });
  if (record.state === 'under_review' || record.state === 'held') {
    return withdrawal({ kind: 'withdrawal_held', heldBy: record.heldBy ?? null, reason: record.holdReason ?? null, state: record.state });
  }
  if (facts?.status === 'failed') return withdrawal({ kind: 'failed_on_chain', hash: facts.hash, network: facts.network });
  if (record.state === 'failed') return withdrawal({ kind: 'withdrawal_failed', onChain: false });
  const required = Math.max(1, record.requiredConfirmations);
  const confirmations = facts && facts.status === 'confirmed' ? facts.confirmations : 0;
  if (facts && confirmations >= required) return withdrawal({ kind: 'withdrawal_confirmed', confirmations, confirmedAt: facts.blockTime });
  if (!facts && record.state === 'confirmed') return withdrawal({ kind: 'withdrawal_confirmed', confirmations: 0, confirmedAt: null });
  const blockTimeSeconds = facts?.blockTimeSeconds ?? 0;
  return withdrawal({ kind: 'broadcast_unconfirmed', seenOnChain: facts !== null, confirmations, required, ...remaining(confirmations, required, blockTimeSeconds) });
}

/** The one line at the top of the panel, as a kind with parameters and the macro topic that answers it. */
export function diagnoseChain(input: ChainDiagnosisInput): ChainDiagnosisResult {
  if (input.deposit) return diagnoseDeposit(input.facts, input.deposit);
  if (input.withdrawal) return diagnoseWithdrawal(input.facts, input.withdrawal);
  const facts = input.facts;
  if (!facts) return { diagnosis: { kind: 'not_found_on_chain' }, macroTopic: null };
  if (facts.status === 'failed') return { diagnosis: { kind: 'failed_on_chain', hash: facts.hash, network: facts.network }, macroTopic: null };
  return { diagnosis: { kind: 'seen_on_chain', status: facts.status, confirmations: facts.confirmations }, macroTopic: null };
}
