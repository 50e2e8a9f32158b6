import type { ChainTransactionFacts, ChainTransferFact } from '../domain/chain-diagnosis';

export type { ChainTransactionFacts, ChainTransferFact };

export type ChainFamily = 'evm' | 'bitcoin';

/** A network the desk can look things up on. */
export interface ChainNetwork {
  /** Stable id, also what a deposit record names (ethereum, bsc, bitcoin, …). */
  id: string;
  family: ChainFamily;
  /** EVM chain id the node must report (eth_chainId); null for Bitcoin. */
  chainId: number | null;
  nativeAsset: string;
  nativeDecimals: number;
  /** Usual time between blocks, for the expected time until enough confirmations. */
  blockTimeSeconds: number;
}

/** What one address received recently, as far as the node can tell. */
export interface AddressActivity {
  network: string;
  address: string;
  /** Transactions, newest first; their confirmations as of `tipHeight`. */
  transactions: ChainTransactionFacts[];
  tipHeight: number;
  /** What the lookup could not see (EVM: native transfers, which no log records; blocks before `fromBlock`). */
  coverage: { nativeTransfers: boolean; fromBlock: number | null };
}

/** Where a transaction stands, without its transfers: the cheap call while waiting for confirmations. */
export interface ChainTxStatusFacts {
  network: string;
  hash: string;
  status: ChainTransactionFacts['status'];
  blockHeight: number | null;
  confirmations: number;
}

/**
 * One network's node or indexer. Every answer is validated before it is believed; every failure
 * is a ChainError. A hash the network does not know is null, not an error, so a lookup across
 * networks can tell "nowhere" from "on one" from "on two".
 */
export interface ChainConnector {
  readonly network: ChainNetwork;
  /** Does this text look like a transaction hash of this network? No call is made. */
  acceptsHash(hash: string): boolean;
  acceptsAddress(address: string): boolean;
  tipHeight(): Promise<number>;
  transaction(hash: string): Promise<ChainTransactionFacts | null>;
  transactionStatus(hash: string): Promise<ChainTxStatusFacts | null>;
  addressActivity(address: string): Promise<AddressActivity>;
}

/** Blocks on top of a transaction's block, its own included. */
export function confirmationsAt(blockHeight: number | null, tipHeight: number): number {
  if (blockHeight === null) return 0;
  return Math.max(0, tipHeight - blockHeight + 1);
}
