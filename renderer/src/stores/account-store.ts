import { create } from 'zustand';
import type { AccountChainResult, AccountDiagnosis, AccountFactsResult } from '../../../preload/contract/account-types';
import { call } from '../bridge';

// The account panel's data per ticket: the back office's facts and the chain's word, asked after
// the ticket shows (never before it), kept while the agent moves on so coming back shows them at
// once, and asked again while a transaction is still gathering confirmations.

export interface AccountEntry {
  facts: AccountFactsResult | null;
  chain: AccountChainResult | null;
  /** A call failed before main answered (the bridge, not the back office): nothing to show. */
  failed: boolean;
  /** When the renderer last received each answer (ms since the epoch). */
  factsAt: number | null;
  chainAt: number | null;
}

interface AccountState {
  byTicket: Readonly<Record<string, AccountEntry>>;
  /** Asks for the facts, then the chain; the chain waits for the facts so it reads the account just learned. */
  load(ticketId: string): Promise<void>;
  /** Asks for the facts again (while they come from the cache: the back office is down). */
  refreshFacts(ticketId: string): Promise<void>;
  /** Asks the chain again (while confirmations come in). */
  refreshChain(ticketId: string): Promise<void>;
}

const EMPTY: AccountEntry = { facts: null, chain: null, failed: false, factsAt: null, chainAt: null };
/** Tickets whose panels are kept; the oldest go first. */
const KEPT = 50;

export const useAccountStore = create<AccountState>()((set, get) => {
  const update = (ticketId: string, change: Partial<AccountEntry>) =>
    set((s) => {
      const entries = { ...s.byTicket, [ticketId]: { ...(s.byTicket[ticketId] ?? EMPTY), ...change } };
      const ids = Object.keys(entries);
      for (const id of ids.slice(0, Math.max(0, ids.length - KEPT))) delete entries[id];
      return { byTicket: entries };
    });
  return {
    byTicket: {},
    async load(ticketId) {
      await get().refreshFacts(ticketId);
      await get().refreshChain(ticketId);
    },
    async refreshFacts(ticketId) {
      try {
        const facts = await call('account.facts', { ticketId });
        update(ticketId, { facts, failed: false, factsAt: Date.now() });
      } catch {
        update(ticketId, { failed: get().byTicket[ticketId]?.facts == null });
      }
    },
    async refreshChain(ticketId) {
      try {
        const chain = await call('account.chain', { ticketId });
        update(ticketId, { chain, chainAt: Date.now() });
      } catch {
        // The panel keeps the last answer; the next refresh tries again.
      }
    },
  };
});

/** The line at the top: the chain's when it answered for the record, else the back office's. */
export function diagnosisOf(entry: AccountEntry | undefined): AccountDiagnosis | null {
  if (!entry) return null;
  if (entry.chain?.diagnosis) return entry.chain.diagnosis;
  return entry.facts?.kind === 'found' ? entry.facts.diagnosis : null;
}

/** Still moving: worth asking the chain again. */
export function isSettling(diagnosis: AccountDiagnosis | null): boolean {
  return diagnosis?.diagnosis.kind === 'awaiting_confirmations' || diagnosis?.diagnosis.kind === 'broadcast_unconfirmed';
}

/** The facts shown are the cache's (the back office is down or slow): worth asking again. */
export function isFromCache(entry: AccountEntry | undefined): boolean {
  return entry?.facts?.kind === 'found' && entry.facts.source === 'cache';
}
