import type { Agent } from '../../../preload/contract';
import { REVEAL_DURATION_MS, type CrossCustomerLeak, type SecurityAlarm } from '../../../preload/contract/privacy-types';
import { PAUSE_ALARM_PREFIX, pauseAlarms, pauseByAlarmId, openPauses, revealsCounted } from '../audit/reveal-ledger';
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

/**
 * Reveal with a reason, screen-share mode, the insider guard and the security desk's alarms.
 * Every reveal, pause, clearance and screen-share switch goes on the desk's hash-chained audit log.
 */
export function createPrivacyHandlers(deps: PrivacyHandlerDeps): Pick<ChannelHandlers, 'customer.reveal' | 'privacy.screenShare' | 'security.alarms' | 'security.clearAlarm' | 'audit.verifyBackend'> {
  const { cache, guard, now } = deps;
  const limits = deps.limits ?? DEFAULT_REVEAL_LIMITS;

  const securityOnly = (what: string): Agent => {
    const me = deps.agent();
    if (me.role !== 'security') throw new HandlerError('forbidden', `only security agents ${what}`);
    return me;
  };

  /**
   * Whether this agent may reveal: the backend's insider guard where it keeps one (it counts
   * across every desk), else this desk's own count on its audit log.
   */
  const decideReveal = async (me: Agent, ticketId: string, customerId: string, field: string, reason: string, note: string): Promise<{ until: number | null; pausedSince: number | null }> => {
    const connector = deps.connector();
    if (connector.requestReveal) return connector.requestReveal({ agentId: me.id, ticketId, field, reason, note });
    const at = now();
    const pause = openPauses(cache.audit, at).get(me.id);
    const verdict = revealVerdict(revealsCounted(cache.audit, me.id, at - REVEAL_WINDOW_MS, at), customerId, pause !== undefined, limits);
    if (verdict.allowed) return { until: at + REVEAL_DURATION_MS, pausedSince: null };
    if (verdict.trips) {
      cache.durableTransaction(() => cache.audit.append({ at, actorId: me.id, action: 'reveals_paused', ticketId, details: { agentId: me.id, reveals: verdict.reveals, customers: verdict.customers, limits: { ...limits } } }));
    }
    return { until: null, pausedSince: pause?.at ?? at };
  };

  return {
    'customer.reveal': async ({ ticketId, field, reason, note }) => {
      const me = deps.agent();
      const ticket = cache.tickets.get(ticketId);
      if (!ticket) throw new HandlerError('not_found', `no ticket ${ticketId} in the cache`);
      if (guard.screenShareOn) return { until: null, refusal: { kind: 'screen_share_on' } };
      const decided = me.role === 'security' ? { until: now() + REVEAL_DURATION_MS, pausedSince: null } : await decideReveal(me, ticket.id, ticket.customerId, field, reason, note ?? '');
      if (decided.until === null) return { until: null, refusal: { kind: 'reveals_paused', since: decided.pausedSince ?? now() } };
      const until = decided.until;
      cache.durableTransaction(() => cache.audit.append({ at: now(), actorId: me.id, action: 'reveal', ticketId, details: { customerId: ticket.customerId, field, reason, note: note ?? '', until } }));
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

    'security.alarms': async () => {
      if (deps.agent().role !== 'security') return { alarms: [] };
      const connector = deps.connector();
      // The backend's list where it keeps the guard; while it cannot be asked, what this desk recorded itself.
      const paused = connector.revealAlarms ? await connector.revealAlarms().catch(() => pauseAlarms(cache.audit, now())) : pauseAlarms(cache.audit, now());
      const alarms: SecurityAlarm[] = paused.map((p) => ({ kind: 'reveals_paused', ...p }));
      const chain = deps.anchors.alarm();
      return { alarms: chain ? [chain, ...alarms] : alarms };
    },

    'security.clearAlarm': async ({ alarmId }) => {
      const me = securityOnly('clear an alarm');
      const at = now();
      if (alarmId.startsWith(PAUSE_ALARM_PREFIX)) {
        const connector = deps.connector();
        // The backend holds the pause where it has the guard; the desk's log keeps its own record of the clearance.
        if (connector.clearRevealAlarm) {
          const cleared = await connector.clearRevealAlarm(me.id, alarmId);
          if (cleared) cache.durableTransaction(() => cache.audit.append({ at, actorId: me.id, action: 'reveals_cleared', ticketId: null, details: { alarmId, onBackend: true } }));
          return { cleared };
        }
        const pause = pauseByAlarmId(cache.audit, at, alarmId);
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
