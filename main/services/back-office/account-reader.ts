import type { AccountFacts, BackOfficeFailureKind } from '../../../preload/contract';
import type { AccountCache } from './account-cache';
import { BackOfficeError, type AccountKey, type BackOfficeConnector } from './back-office-connector';
import { accountKey } from './account-cache';

/** What the desk knows of an account now: the back office's answer, or its last word from the cache. */
export type AccountReading =
  | { facts: AccountFacts; learnedAt: number; source: 'live' | 'cache'; problem: BackOfficeFailureKind | null }
  | { facts: null; problem: BackOfficeFailureKind };

/** Failures that say the back office itself is not answering (not this one account). */
const OUTAGES: ReadonlySet<BackOfficeFailureKind> = new Set(['down', 'timeout']);

/**
 * Reads accounts through the back office, and keeps the panel fast while it is down: after a call
 * found it down or slow, an account the cache knows is answered from the cache at once (with its
 * age and why) and asked again in the background, one call per account at a time; the first
 * answer that comes back ends the outage, and the next read is live again. An account the cache
 * does not know still waits for the back office: there is nothing else to show.
 */
export class AccountReader {
  private outage: BackOfficeFailureKind | null = null;
  private connector: BackOfficeConnector | null = null;
  private readonly refreshing = new Map<string, Promise<void>>();

  constructor(
    private readonly backOffice: () => BackOfficeConnector | null,
    private readonly cache: AccountCache,
    private readonly now: () => number,
  ) {}

  /** Null when no back office is configured. */
  async read(key: AccountKey): Promise<AccountReading | null> {
    const connector = this.current();
    if (!connector) return null;
    if (this.outage) {
      const known = this.cache.read(key);
      if (known) {
        this.refreshInBackground(connector, key);
        return { ...known, source: 'cache', problem: this.outage };
      }
    }
    try {
      return await this.askLive(connector, key);
    } catch (error) {
      if (!(error instanceof BackOfficeError)) throw error;
      const known = error.kind === 'unknown_customer' ? null : this.cache.read(key);
      return known ? { ...known, source: 'cache', problem: error.kind } : { facts: null, problem: error.kind };
    }
  }

  /** Settles when every background refresh started so far has (tests, shutdown). */
  async idle(): Promise<void> {
    await Promise.all([...this.refreshing.values()]);
  }

  /** The configured back office; a new one (changed in the settings) starts with no outage known. */
  private current(): BackOfficeConnector | null {
    const connector = this.backOffice();
    if (connector !== this.connector) {
      this.connector = connector;
      this.outage = null;
    }
    return connector;
  }

  private async askLive(connector: BackOfficeConnector, key: AccountKey): Promise<AccountReading> {
    try {
      const facts = await connector.accountFacts(key);
      const learnedAt = this.now();
      this.cache.save(key, facts, learnedAt);
      if (connector === this.connector) this.outage = null;
      return { facts, learnedAt, source: 'live', problem: null };
    } catch (error) {
      if (error instanceof BackOfficeError && OUTAGES.has(error.kind) && connector === this.connector) this.outage = error.kind;
      throw error;
    }
  }

  private refreshInBackground(connector: BackOfficeConnector, key: AccountKey): void {
    const id = accountKey(key);
    if (this.refreshing.has(id)) return;
    const done = this.askLive(connector, key)
      .then(
        () => undefined,
        // The failure is the outage already shown with the cached facts; the next read asks again.
        () => undefined,
      )
      .finally(() => this.refreshing.delete(id));
    this.refreshing.set(id, done);
  }
}
