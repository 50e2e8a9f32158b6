import type { Agent } from '../../../preload/contract';
import { REVEAL_DURATION_MS, type CrossCustomerLeak, type SecurityAlarm } from '../../../preload/contract/privacy-types';
import type { AuditEntry } from '../audit/audit-chain';
import type { BackendConnector } from '../connectors/backend-connector';
import { identifiersIn } from '../domain/cross-customer-leak';
import { maskEmail } from '../domain/personal-data';
import { DEFAULT_REVEAL_LIMITS, REVEAL_WINDOW_MS, revealVerdict, type RevealLimits } from '../domain/reveal-guard';
import type { CacheStore } from '../store/cache-store';
import { IdentifierOwners } from '../store/identifier-owners';
import type { AuditAnchorWatch } from './audit-anchor-watch';
import { HandlerError, type ChannelHandlers } from './channel-handlers';
import type { CustomerDataGuard } from './customer-data-guard';

export interface PrivacyHandlerDeps {
  cache: CacheStore;
  agent: () => Agent;
  now: () => number;
  guard: CustomerDataGuard;
  anchors: AuditAnchorWatch;
  connector: () => BackendConnector;
  limits?: RevealLimits;
  /** Views to read again: a reveal or screen-share mode changes what every view shows. */
  onShownChanged: (ticketIds: readonly string[]) => void;
}

const PAUSE_ALARM_PREFIX = 'reveals-';

/** This agent's open pause: the newest `reveals_paused` with no `reveals_cleared` after it. */
function openPauses(cache: CacheStore, since: number): Map<string, AuditEntry> {
  const open = new Map<string, AuditEntry>();
  const events = [...cache.audit.since('reveals_paused', since), ...cache.audit.since('reveals_cleared', since)].sort((a, b) => a.seq - b.seq);
  for (const e of events) {
    const agentId = String(e.details['agentId'] ?? e.actorId);
    if (e.action === 'reveals_paused') open.set(agentId, e);
    else open.delete(agentId);
  }
  return open;
}

/** When this agent's reveals were last cleared (their count starts again from there). */
function lastClearedAt(cache: CacheStore, agentId: string, since: number): number {
  const cleared = cache.audit.since('reveals_cleared', since).filter((e) => e.details['agentId'] === agentId);
  return cleared.at(-1)?.at ?? 0;
}

/**
 * Reveal with a reason, screen-share mode, the insider guard and the security desk's alarms.
 * Every reveal, pause, clearance and screen-share switch goes on the desk's hash-chained audit log.
 */
export function createPrivacyHandlers(deps: PrivacyHandlerDeps): Pick<ChannelHandlers, 'customer.reveal' | 'privacy.screenShare' | 'security.alarms' | 'security.clearAlarm' | 'audit.verifyBackend'> {
  const { cache, guard, now } = deps;
  const limits = deps.limits ?? DEFAULT_REVEAL_LIMITS;
  // Pauses stay until cleared, however old; a day back is far more than any alarm waits.
  const pauseHorizon = () => now() - 30 * 24 * 60 * 60_000;

  const securityOnly = (what: string): Agent => {
    const me = deps.agent();
    if (me.role !== 'security') throw new HandlerError('forbidden', `only security agents ${what}`);
    return me;
  };

  return {
    'customer.reveal': ({ ticketId, field, reason, note }) => {
      const me = deps.agent();
      const ticket = cache.tickets.get(ticketId);
      if (!ticket) throw new HandlerError('not_found', `no ticket ${ticketId} in the cache`);
      if (guard.screenShareOn) return { until: null, refusal: { kind: 'screen_share_on' } };
      const at = now();
      const pause = openPauses(cache, pauseHorizon()).get(me.id);
      const from = Math.max(at - REVEAL_WINDOW_MS, lastClearedAt(cache, me.id, pauseHorizon()));
      const reveals = cache.audit
        .since('reveal', from)
        .filter((e) => e.actorId === me.id && e.at >= from)
        .map((e) => ({ customerId: String(e.details['customerId']), at: e.at }));
      const verdict = me.role === 'security' ? ({ allowed: true } as const) : revealVerdict(reveals, ticket.customerId, pause !== undefined, limits);
      if (!verdict.allowed) {
        if (verdict.trips) {
          cache.durableTransaction(() => cache.audit.append({ at, actorId: me.id, action: 'reveals_paused', ticketId, details: { agentId: me.id, reveals: verdict.reveals, customers: verdict.customers, limits: { ...limits } } }));
        }
        return { until: null, refusal: { kind: 'reveals_paused', since: pause?.at ?? at } };
      }
      const until = at + REVEAL_DURATION_MS;
      cache.durableTransaction(() => cache.audit.append({ at, actorId: me.id, action: 'reveal', ticketId, details: { customerId: ticket.customerId, field, reason, note: note ?? '', until } }));
      guard.reveal(ticket.customerId, field, until);
      deps.onShownChanged([ticketId]);
      return { until, refusal: null };
    },

    'privacy.screenShare': ({ on }) => {
      if (guard.screenShareOn !== on) {
        guard.setScreenShare(on);
        cache.durableTransaction(() => cache.audit.append({ at: now(), actorId: deps.agent().id, action: 'screen_share', ticketId: null, details: { on } }));
        deps.onShownChanged([]);
      }
      return { on: guard.screenShareOn };
    },

    'security.alarms': () => {
      if (deps.agent().role !== 'security') return { alarms: [] };
      const alarms: SecurityAlarm[] = [...openPauses(cache, pauseHorizon()).entries()].map(([agentId, e]) => ({
        id: `${PAUSE_ALARM_PREFIX}${e.seq}`,
        kind: 'reveals_paused',
        agentId,
        reveals: Number(e.details['reveals'] ?? 0),
        customers: Number(e.details['customers'] ?? 0),
        since: e.at,
      }));
      const chain = deps.anchors.alarm();
      return { alarms: chain ? [chain, ...alarms] : alarms };
    },

    'security.clearAlarm': ({ alarmId }) => {
      const me = securityOnly('clear an alarm');
      const at = now();
      if (alarmId.startsWith(PAUSE_ALARM_PREFIX)) {
        const pause = [...openPauses(cache, pauseHorizon()).values()].find((e) => `${PAUSE_ALARM_PREFIX}${e.seq}` === alarmId);
        if (!pause) return { cleared: false };
        cache.durableTransaction(() => cache.audit.append({ at, actorId: me.id, action: 'reveals_cleared', ticketId: null, details: { agentId: pause.details['agentId'] ?? pause.actorId, pausedAt: pause.at } }));
        return { cleared: true };
      }
      const alarm = deps.anchors.alarm();
      if (!alarm || !deps.anchors.clear(alarmId)) return { cleared: false };
      cache.durableTransaction(() => cache.audit.append({ at, actorId: me.id, action: 'audit_alarm_cleared', ticketId: null, details: { how: alarm.how, anchorCount: alarm.anchorCount, seenCount: alarm.seenCount } }));
      return { cleared: true };
    },

    'audit.verifyBackend': () => deps.anchors.verify(deps.connector()),
  };
}

/**
 * The first identifier in a reply that belongs to another customer of the cache (and to none of
 * this ticket's customer): e-mail, user id, wallet address or transaction hash. `shown` is masked
 * (an e-mail keeps its first letter and domain), so the warning itself leaks nothing.
 */
export function crossCustomerLeak(cache: CacheStore, ticketId: string, body: string): CrossCustomerLeak | null {
  const ticket = cache.tickets.get(ticketId);
  if (!ticket) return null;
  const owners = new IdentifierOwners(cache.db);
  for (const identifier of identifiersIn(body)) {
    const of = owners.owners(identifier);
    if (of.length === 0 || of.includes(ticket.customerId)) continue;
    return { identifier: identifier.kind, shown: identifier.kind === 'email' ? maskEmail(identifier.value) : identifier.value };
  }
  return null;
}
