import type { ChainDiagnosisView, ChainFailureKind, ChainLookupResult } from './chain-types';
import type { AccountFacts } from '../rules/account-shapes';
import type { Topic } from './domain-types';

// The customer's account as the exchange's back office knows it, beside the ticket. The main
// process reads it through a back-office connector (validated, never trusted), keeps the last
// word in the cache with when it was learned, and shows that with its age when the back office
// is down. The account's shapes are shared with the embedded backend (preload/rules/account-shapes.ts).

export * from '../rules/account-shapes';

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
