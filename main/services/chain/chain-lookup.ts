import { diagnoseChain, type ChainDiagnosisResult, type ExpectedDeposit, type WithdrawalRecord } from '../domain/chain-diagnosis';
import type { ChainCache } from './chain-cache';
import type { AddressActivity, ChainConnector, ChainTransactionFacts } from './chain-connector';
import { ChainError, type ChainErrorKind } from './chain-error';

// A hash the agent sees in a ticket, looked up on every configured network whose format it fits,
// at once: found on one network is the answer; on two, the agent is asked which (a replayed
// transaction, or two networks sharing a format); on none, "unknown" only when every network
// answered. A node that is down or slow gives way to the cache's last word with its age.

export interface NetworkProblem {
  network: string;
  kind: ChainErrorKind;
  message: string;
}

export interface TransactionLookup {
  facts: ChainTransactionFacts;
  /** When these facts were learned; `live` lookups learned them just now. */
  learnedAt: number;
  ageMs: number;
  source: 'live' | 'cache';
  /** Networks that could not be asked this time (the reason the cache answered, or a network left unchecked). */
  problems: NetworkProblem[];
}

export class ChainLookup {
  constructor(
    private readonly connectors: readonly ChainConnector[],
    private readonly cache: ChainCache,
    private readonly now: () => number = Date.now,
  ) {}

  async transaction(text: string): Promise<TransactionLookup> {
    const candidates = this.connectors.filter((c) => c.acceptsHash(text));
    if (candidates.length === 0) {
      throw new ChainError('invalid_input', `"${text.slice(0, 80)}" is not a transaction hash on any configured network (${this.networkList(this.connectors)}).`);
    }
    const settled = await Promise.allSettled(candidates.map((c) => c.transaction(text)));
    const learnedAt = this.now();
    const found: ChainTransactionFacts[] = [];
    const problems: NetworkProblem[] = [];
    settled.forEach((outcome, i) => {
      const network = candidates[i]!.network.id;
      if (outcome.status === 'fulfilled') {
        if (outcome.value) found.push(outcome.value);
      } else {
        const error = outcome.reason instanceof ChainError ? outcome.reason : new ChainError('invalid_answer', `The ${network} lookup failed unexpectedly.`, { network });
        problems.push({ network, kind: error.kind, message: error.message });
      }
    });
    for (const facts of found) this.cache.saveTransaction(facts, learnedAt);

    if (found.length > 1) throw this.ambiguous(text, found.map((f) => f.network));
    if (found.length === 1) return { facts: found[0]!, learnedAt, ageMs: 0, source: 'live', problems };

    if (problems.length === 0) {
      throw new ChainError('not_found', `No configured network (${this.networkList(candidates)}) knows the transaction ${text.trim().slice(0, 80)}.`, { networks: candidates.map((c) => c.network.id) });
    }
    // Some network could not answer: the hash may be there. The last word learned, if any.
    const askedNetworks = new Set(candidates.map((c) => c.network.id));
    const cached = this.cache.transactions(text).filter((row) => askedNetworks.has(row.network));
    if (cached.length > 1) throw this.ambiguous(text, cached.map((c) => c.network));
    if (cached.length === 1) {
      const row = cached[0]!;
      return { facts: row.value, learnedAt: row.learnedAt, ageMs: Math.max(0, learnedAt - row.learnedAt), source: 'cache', problems };
    }
    const first = problems[0]!;
    throw new ChainError(first.kind, problems.length === 1 ? first.message : `${first.message} (and ${problems.length - 1} more network${problems.length > 2 ? 's' : ''} failed)`, { network: first.network, networks: problems.map((p) => p.network) });
  }

  /** The lookup and what it means for the customer's deposit or withdrawal. */
  async diagnose(text: string, account: { deposit?: ExpectedDeposit; withdrawal?: WithdrawalRecord } = {}): Promise<TransactionLookup & ChainDiagnosisResult> {
    const lookup = await this.transaction(text);
    const result = account.deposit
      ? diagnoseChain({ facts: lookup.facts, deposit: account.deposit })
      : account.withdrawal
        ? diagnoseChain({ facts: lookup.facts, withdrawal: account.withdrawal })
        : diagnoseChain({ facts: lookup.facts });
    return { ...lookup, ...result };
  }

  /**
   * What an address received, on every configured network whose format it fits (an EVM address
   * is the same on every EVM network). Networks that could not answer give their cached activity,
   * with its age; none answering and nothing cached is the first network's error.
   */
  async address(text: string): Promise<{ activity: AddressActivity[]; learnedAt: number; ageMs: number; source: 'live' | 'cache'; problems: NetworkProblem[] }> {
    const candidates = this.connectors.filter((c) => c.acceptsAddress(text));
    if (candidates.length === 0) throw new ChainError('invalid_input', `"${text.slice(0, 80)}" is not an address on any configured network (${this.networkList(this.connectors)}).`);
    const settled = await Promise.allSettled(candidates.map((c) => c.addressActivity(text)));
    const learnedAt = this.now();
    const activity: AddressActivity[] = [];
    const problems: NetworkProblem[] = [];
    settled.forEach((outcome, i) => {
      const network = candidates[i]!.network.id;
      if (outcome.status === 'fulfilled') {
        activity.push(outcome.value);
        this.cache.saveAddress(outcome.value, learnedAt);
      } else {
        const error = outcome.reason instanceof ChainError ? outcome.reason : new ChainError('invalid_answer', `The ${network} lookup failed unexpectedly.`, { network });
        problems.push({ network, kind: error.kind, message: error.message });
      }
    });
    if (problems.length === 0) return { activity, learnedAt, ageMs: 0, source: 'live', problems };
    const failed = new Set(problems.map((p) => p.network));
    const cached = this.cache.addressActivity(text).filter((row) => failed.has(row.network));
    if (activity.length === 0 && cached.length === 0) {
      const first = problems[0]!;
      throw new ChainError(first.kind, first.message, { network: first.network, networks: problems.map((p) => p.network) });
    }
    const oldest = cached.reduce((at, row) => Math.min(at, row.learnedAt), learnedAt);
    return { activity: [...activity, ...cached.map((row) => row.value)], learnedAt: oldest, ageMs: learnedAt - oldest, source: cached.length > 0 ? 'cache' : 'live', problems };
  }

  private ambiguous(text: string, networks: string[]): ChainError {
    const list = [...new Set(networks)].sort();
    return new ChainError('ambiguous', `The transaction ${text.trim().slice(0, 80)} exists on ${list.join(' and ')}; the network must be chosen.`, { networks: list });
  }

  private networkList(connectors: readonly ChainConnector[]): string {
    return connectors.map((c) => c.network.id).join(', ');
  }
}
