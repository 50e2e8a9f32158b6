import type { SecurityAlarm } from '../../../preload/contract/privacy-types';
import { verifyChain } from '../audit/audit-chain';
import { entriesAgainstAnchor, headAgainstAnchor, higherHead, type ChainHead } from '../audit/audit-anchor';
import type { BackendConnector } from '../connectors/backend-connector';
import type { Logger } from '../logging/logger';
import type { CacheStore } from '../store/cache-store';

const ANCHOR_KEY = 'audit.anchor';
const ALARM_KEY = 'audit.alarm';
const LAST_HEAD_KEY = 'audit.lastHead';

type ChainAlarm = Extract<SecurityAlarm, { kind: 'audit_chain_cut' }>;

/**
 * This desk's anchor on the backend's audit chain: the highest head it has seen, kept in the
 * cache. A head shorter than the anchor, or as long with another hash, raises an alarm that
 * stays (in the cache, across restarts) until a security agent clears it; a shorter head never
 * lowers the anchor. verify() reads the whole chain and checks it here and on the backend.
 */
export class AuditAnchorWatch {
  constructor(private readonly deps: { cache: CacheStore; now: () => number; logger: Logger }) {}

  anchor(): ChainHead | null {
    return this.deps.cache.state.get<ChainHead>(ANCHOR_KEY);
  }

  alarm(): ChainAlarm | null {
    return this.deps.cache.state.get<ChainAlarm>(ALARM_KEY);
  }

  /** A head that came with a page of changes. */
  observe(head: ChainHead | null | undefined): void {
    if (!head) return;
    const anchor = this.anchor();
    const verdict = headAgainstAnchor(head, anchor);
    this.deps.cache.transaction(() => {
      if (!verdict.ok && anchor) this.raise(verdict.how, anchor, head.count);
      this.deps.cache.state.set(ANCHOR_KEY, higherHead(anchor, head));
      this.deps.cache.state.set(LAST_HEAD_KEY, head);
    });
  }

  /** Reads the backend's chain and checks it whole: its links here, against the anchor here and there. */
  async verify(connector: BackendConnector): Promise<{ ok: boolean; entries: number; anchorCount: number; alarm: SecurityAlarm | null }> {
    const anchor = this.anchor();
    if (!connector.auditChain) return { ok: true, entries: 0, anchorCount: anchor?.count ?? 0, alarm: this.alarm() };
    const chain = await connector.auditChain(anchor);
    const links = verifyChain(chain.entries);
    const here = entriesAgainstAnchor(chain.entries, anchor);
    const there = chain.anchor ?? { ok: true as const };
    const how = !here.ok ? here.how : !there.ok ? there.how : !links.ok ? 'broken' : null;
    if (how && anchor) this.deps.cache.transaction(() => this.raise(how, anchor, chain.entries.length));
    else if (how) this.deps.cache.transaction(() => this.raise(how, { count: 0, hash: '' }, chain.entries.length));
    return { ok: how === null, entries: chain.entries.length, anchorCount: anchor?.count ?? 0, alarm: this.alarm() };
  }

  /** A security agent has seen it: the alarm goes and the chain as it is now becomes the anchor. */
  clear(alarmId: string): boolean {
    const alarm = this.alarm();
    if (!alarm || alarm.id !== alarmId) return false;
    const head = this.deps.cache.state.get<ChainHead>(LAST_HEAD_KEY);
    this.deps.cache.transaction(() => {
      this.deps.cache.state.delete(ALARM_KEY);
      if (head) this.deps.cache.state.set(ANCHOR_KEY, head);
      else this.deps.cache.state.delete(ANCHOR_KEY);
    });
    return true;
  }

  private raise(how: ChainAlarm['how'], anchor: ChainHead, seenCount: number): void {
    if (this.alarm()) return;
    const since = this.deps.now();
    const alarm: ChainAlarm = { id: `audit-chain-${since}`, kind: 'audit_chain_cut', how, anchorCount: anchor.count, seenCount, since };
    this.deps.cache.state.set(ALARM_KEY, alarm);
    this.deps.logger.warn({ alarm }, "the backend's audit chain is shorter than, or different from, what this desk saw");
  }
}

/** The connector with every page of changes shown to the watch first (its head is anchored as it arrives). */
export function anchoredConnector(connector: BackendConnector, watch: AuditAnchorWatch): BackendConnector {
  return new Proxy(connector, {
    get(target, prop) {
      if (prop === 'changesSince') {
        return async (cursor: string) => {
          const result = await target.changesSince(cursor);
          watch.observe(result.auditHead);
          return result;
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
