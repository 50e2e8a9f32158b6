import type { AccountChainResult, AccountFactsResult, AccountSubject, Agent, ChainAddressResult, ChainAddressView, ChainLookupResult } from '../../../preload/contract';
import { AccountCache } from '../back-office/account-cache';
import { AccountReader } from '../back-office/account-reader';
import type { AccountKey, BackOfficeConnector } from '../back-office/back-office-connector';
import { ChainCache } from '../chain/chain-cache';
import type { AddressActivity, ChainConnector } from '../chain/chain-connector';
import { ChainError } from '../chain/chain-error';
import { ChainLookup } from '../chain/chain-lookup';
import { chainNetwork } from '../chain/chain-networks';
import { accountDiagnosis, chainAccountDiagnosis, expectedDepositOf, focusRecord, withdrawalRecordOf } from '../domain/account-diagnosis';
import { accountSubjects } from '../domain/ticket-identifiers';
import type { CacheStore } from '../store/cache-store';
import { accountChainForScreen, accountFactsForScreen } from './account-view';
import { lookUpTransaction } from './chain-handlers';
import type { ChannelHandlers } from './channel-handlers';

export interface AccountHandlerDeps {
  cache: CacheStore;
  /**
   * The exchange's back office; null when none is configured (Request Tracker or Zendesk without
   * one). A function when it can change while the desk runs (the settings view).
   */
  backOffice: BackOfficeConnector | null | (() => BackOfficeConnector | null);
  chainConnectors: readonly ChainConnector[];
  agent: () => Agent;
  now: () => number;
}

/** Usual seconds between blocks of networks the chain lookups do not cover, for "expected in about …". */
const OTHER_BLOCK_SECONDS: Readonly<Record<string, number>> = { tron: 3, solana: 0.4, dogecoin: 60, xrp: 4 };
const blockSeconds = (network: string): number => chainNetwork(network)?.blockTimeSeconds ?? OTHER_BLOCK_SECONDS[network] ?? 0;
const TRANSACTIONS_PER_ADDRESS = 10;

interface TicketContext {
  key: AccountKey | null;
  texts: string[];
}

function ticketContext(cache: CacheStore, ticketId: string): TicketContext | null {
  const ticket = cache.tickets.get(ticketId);
  if (!ticket) return null;
  const customer = cache.tickets.customer(ticket.customerId);
  const texts = cache.tickets.messages(ticketId).map((m) => m.body);
  const key = customer && (customer.userId || customer.email) ? { userId: customer.userId, email: customer.email } : null;
  return { key, texts };
}

function addressView(activity: AddressActivity): ChainAddressView {
  return {
    network: activity.network,
    address: activity.address,
    tipHeight: activity.tipHeight,
    nativeTransfersListed: activity.coverage.nativeTransfers,
    transactions: activity.transactions.slice(0, TRANSACTIONS_PER_ADDRESS).map((tx) => {
      const transfer = tx.transfers.find((t) => t.to.toLowerCase() === activity.address.toLowerCase()) ?? tx.transfers[0];
      return { hash: tx.hash, status: tx.status, confirmations: tx.confirmations, asset: transfer?.asset ?? 'native', value: transfer?.value ?? '0' };
    }),
  };
}

async function lookUpAddress(lookup: ChainLookup, address: string): Promise<ChainAddressResult> {
  try {
    const found = await lookup.address(address);
    return { kind: 'found', activity: found.activity.map(addressView), source: found.source, learnedAt: found.learnedAt, ageMs: found.ageMs };
  } catch (error) {
    if (!(error instanceof ChainError)) throw error;
    return { kind: 'failed', reason: error.kind };
  }
}

/**
 * `account.facts`: the ticket's customer's account from the back office (live, or the cache's last
 * word with its age when it cannot answer), what the ticket mentions, and the diagnosis line from
 * the back office's records. `account.chain`: every hash and address the ticket mentions looked up
 * on chain, and the diagnosis line with the chain's facts. Both are asked by the panel after the
 * ticket shows, so neither ever holds up navigation.
 */
export function createAccountHandlers(deps: AccountHandlerDeps): Pick<ChannelHandlers, 'account.facts' | 'account.chain'> {
  const { cache, now } = deps;
  const backOffice = typeof deps.backOffice === 'function' ? deps.backOffice : () => deps.backOffice as BackOfficeConnector | null;
  const accounts = new AccountCache(cache.db);
  const reader = new AccountReader(backOffice, accounts, now);
  const chainCache = new ChainCache(cache.db);

  async function facts(ticketId: string): Promise<AccountFactsResult> {
    const context = ticketContext(cache, ticketId);
    if (!context?.key) return { kind: 'failed', reason: 'unknown_customer', mentioned: accountSubjects(context?.texts ?? [], null) };
    const known = await reader.read(context.key);
    if (!known) return { kind: 'not_configured', mentioned: accountSubjects(context.texts, null) };
    const { texts } = context;
    if (!known.facts) return { kind: 'failed', reason: known.problem, mentioned: accountSubjects(texts, null) };
    const mentioned = accountSubjects(texts, known.facts);
    return {
      kind: 'found',
      facts: known.facts,
      source: known.source,
      learnedAt: known.learnedAt,
      ageMs: known.source === 'live' ? 0 : Math.max(0, now() - known.learnedAt),
      problem: known.problem,
      mentioned,
      diagnosis: accountDiagnosis(mentioned, known.facts, blockSeconds),
    };
  }

  async function chain(ticketId: string): Promise<AccountChainResult> {
    const context = ticketContext(cache, ticketId);
    const known = context?.key ? accounts.read(context.key) : null;
    const subjects = accountSubjects(context?.texts ?? [], known?.facts ?? null);
    const transactions = subjects.filter((s) => s.kind === 'transaction');
    const addresses = subjects.filter((s) => s.kind === 'address');
    if (deps.chainConnectors.length === 0) {
      const none: ChainLookupResult = { kind: 'not_configured', network: null };
      return { transactions: transactions.map((subject) => ({ subject, result: none })), addresses: addresses.map((subject) => ({ subject, result: { kind: 'not_configured' } })), diagnosis: null };
    }
    const lookup = new ChainLookup(deps.chainConnectors, chainCache, now);
    const asked = deps.chainConnectors.map((c) => c.network.id);
    const recordOf = (subject: AccountSubject) => {
      const deposit = subject.depositId ? known?.facts.deposits.find((d) => d.id === subject.depositId) : undefined;
      if (deposit) return { deposit: expectedDepositOf(deposit) };
      const withdrawal = subject.withdrawalId ? known?.facts.withdrawals.find((w) => w.id === subject.withdrawalId) : undefined;
      return withdrawal ? { withdrawal: withdrawalRecordOf(withdrawal) } : {};
    };
    const [txResults, addressResults] = await Promise.all([
      Promise.all(transactions.map(async (subject) => ({ subject, result: await lookUpTransaction(lookup, subject.value, recordOf(subject), asked) }))),
      Promise.all(addresses.map(async (subject) => ({ subject, result: await lookUpAddress(lookup, subject.value) }))),
    ]);
    // The line follows the chain only where the chain answered for the record the ticket is about.
    const focus = known ? focusRecord(subjects, known.facts) : null;
    const focusHash = focus ? ('deposit' in focus ? focus.deposit.txHash : focus.withdrawal.txHash) : null;
    const onChain = focusHash ? txResults.find((r) => r.subject.value.toLowerCase().replace(/^0x/, '') === focusHash.toLowerCase().replace(/^0x/, '')) : undefined;
    const diagnosis = focus && onChain?.result.kind === 'found' ? chainAccountDiagnosis(focus, onChain.result.facts) : null;
    return { transactions: txResults, addresses: addressResults, diagnosis };
  }

  return {
    'account.facts': async ({ ticketId }) => accountFactsForScreen(await facts(ticketId), deps.agent()),
    'account.chain': async ({ ticketId }) => accountChainForScreen(await chain(ticketId), deps.agent()),
  };
}
