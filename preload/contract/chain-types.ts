import type { DepositState, WithdrawalState } from '../rules/account-shapes';
import type { Topic } from './domain-types';

// What a chain lookup answers the renderer: the chain's facts, what they mean for the customer's
// deposit or withdrawal (a kind with parameters, worded by the interface) and how old the facts
// are. The main process fills these from main/services/chain and domain/chain-diagnosis; the
// shapes are declared here because the contract imports nothing but zod.

/** Integers in the asset's smallest unit (wei, satoshi, token base units), as decimal strings. */
export type ChainBaseUnits = string;
/** `native` for the network's own coin, otherwise the token contract's address. */
export type ChainAssetId = 'native' | string;
export type ChainTxState = 'unconfirmed' | 'confirmed' | 'failed';

export interface ChainTransfer {
  asset: ChainAssetId;
  from: string | null;
  to: string;
  value: ChainBaseUnits;
  memo: string | null;
}

export interface ChainFacts {
  network: string;
  hash: string;
  status: ChainTxState;
  blockHeight: number | null;
  blockTime: number | null;
  confirmations: number;
  blockTimeSeconds: number;
  memoSupported: boolean;
  fee: ChainBaseUnits | null;
  transfers: ChainTransfer[];
}

/** The back office's states, as the chain rules read them (preload/rules/account-shapes.ts). */
export type ChainDepositState = DepositState;
export type ChainWithdrawalState = WithdrawalState;

/** The diagnosis, as domain/chain-diagnosis.ts gives it. */
export type ChainDiagnosisView =
  | { kind: 'failed_on_chain'; hash: string; network: string }
  | { kind: 'wrong_network'; sentOn: string; expectedNetwork: string; toDepositAddress: boolean }
  | { kind: 'not_customer_address'; sentTo: string[]; expectedAddress: string }
  | { kind: 'wrong_asset'; sentAsset: ChainAssetId[]; expectedAsset: ChainAssetId }
  | { kind: 'memo_missing'; expectedMemo: string }
  | { kind: 'memo_wrong'; sentMemo: string; expectedMemo: string }
  | { kind: 'below_minimum'; amount: ChainBaseUnits; minimum: ChainBaseUnits }
  | { kind: 'credited'; creditedAt: number | null; confirmations: number }
  | { kind: 'awaiting_confirmations'; confirmations: number; required: number; remainingBlocks: number; expectedSeconds: number }
  | { kind: 'confirmed_not_credited'; confirmations: number; required: number; depositState: ChainDepositState | null | undefined }
  | { kind: 'deposit_rejected' }
  | { kind: 'withdrawal_requested'; requestedAt: number | null }
  | { kind: 'withdrawal_held'; heldBy: string | null; reason: string | null; state: 'under_review' | 'held' }
  | { kind: 'broadcast_unconfirmed'; seenOnChain: boolean; confirmations: number; required: number; remainingBlocks: number; expectedSeconds: number }
  | { kind: 'withdrawal_confirmed'; confirmations: number; confirmedAt: number | null }
  | { kind: 'withdrawal_failed'; onChain: boolean }
  | { kind: 'seen_on_chain'; status: ChainTxState; confirmations: number }
  | { kind: 'not_found_on_chain' };

/** Why a lookup gave no facts (the chain connectors' error kinds). */
export type ChainFailureKind = 'not_found' | 'unreachable' | 'timeout' | 'invalid_answer' | 'node_error' | 'wrong_chain' | 'ambiguous' | 'invalid_input';

/** A network that could not be asked this time. */
export interface ChainNetworkProblem {
  network: string;
  kind: ChainFailureKind;
}

export type ChainLookupResult =
  /** No node is configured for any network (or for the one asked): nothing was looked up. */
  | { kind: 'not_configured'; network: string | null }
  | {
      kind: 'found';
      facts: ChainFacts;
      /** `live`: learned just now; `cache`: a node could not answer, the last word learned. */
      source: 'live' | 'cache';
      learnedAt: number;
      /** Age of the facts in ms (0 when live). */
      ageMs: number;
      problems: ChainNetworkProblem[];
      diagnosis: ChainDiagnosisView;
      /** The macro topic whose reply fits; null when there is nothing to tell the customer yet. */
      macroTopic: Topic | null;
    }
  | {
      kind: 'failed';
      reason: ChainFailureKind;
      /** The networks concerned (both networks of an ambiguous hash, those asked for not_found). */
      networks: string[];
      /** When the account's record was given: what "not on chain" means for it (not_found only), else null. */
      diagnosis: ChainDiagnosisView | null;
      macroTopic: Topic | null;
    };
