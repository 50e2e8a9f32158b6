import type { AuditLogTable } from '../services/audit/audit-log-table';
import { openPauses, pauseAlarms, pauseByAlarmId, revealsCounted, type PauseAlarm } from '../services/audit/reveal-ledger';
import { DEFAULT_REVEAL_LIMITS, limitFrom, REVEAL_WINDOW_MS, revealVerdict, type RevealLimits } from '../services/domain/reveal-guard';

/** A reveal lasts this long (the desk's REVEAL_DURATION_MS). */
const REVEAL_MS = 10 * 60_000;

export interface RevealRequest {
  agentId: string;
  ticketId: string;
  customerId: string;
  field: string;
  reason: string;
  note: string;
}

export type RevealOutcome = { ok: true; until: number } | { ok: false; pausedSince: number };

/**
 * The insider guard where every desk meets: each reveal is asked for here and recorded on the
 * backend's audit chain; an agent past the limits (reveals an hour, customers an hour) is paused
 * on every desk until a security agent clears it. A desk is never the only guard.
 */
export class BackendReveals {
  readonly limits: RevealLimits;

  constructor(
    private readonly audit: AuditLogTable,
    private readonly now: () => number,
    limits?: RevealLimits,
  ) {
    this.limits = limits ?? {
      perHour: limitFrom(process.env['AGENTDESK_REVEALS_PER_HOUR'], DEFAULT_REVEAL_LIMITS.perHour),
      customersPerHour: limitFrom(process.env['AGENTDESK_REVEAL_CUSTOMERS_PER_HOUR'], DEFAULT_REVEAL_LIMITS.customersPerHour),
    };
  }

  /** Call inside a transaction. */
  reveal(request: RevealRequest): RevealOutcome {
    const at = this.now();
    const pause = openPauses(this.audit, at).get(request.agentId);
    const counted = revealsCounted(this.audit, request.agentId, at - REVEAL_WINDOW_MS, at);
    const verdict = revealVerdict(counted, request.customerId, pause !== undefined, this.limits);
    if (!verdict.allowed) {
      if (verdict.trips) this.audit.append({ at, actorId: request.agentId, action: 'reveals_paused', ticketId: request.ticketId, details: { agentId: request.agentId, reveals: verdict.reveals, customers: verdict.customers } });
      return { ok: false, pausedSince: pause?.at ?? at };
    }
    const until = at + REVEAL_MS;
    this.audit.append({ at, actorId: request.agentId, action: 'reveal', ticketId: request.ticketId, details: { customerId: request.customerId, field: request.field, reason: request.reason, note: request.note, until } });
    return { ok: true, until };
  }

  alarms(): PauseAlarm[] {
    return pauseAlarms(this.audit, this.now());
  }

  /** Call inside a transaction; the caller has checked that `actorId` is a security agent. */
  clear(actorId: string, alarmId: string): boolean {
    const at = this.now();
    const pause = pauseByAlarmId(this.audit, at, alarmId);
    if (!pause) return false;
    this.audit.append({ at, actorId, action: 'reveals_cleared', ticketId: null, details: { agentId: pause.details['agentId'] ?? pause.actorId, pausedAt: pause.at } });
    return true;
  }
}
