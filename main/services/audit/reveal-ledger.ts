import type { AuditEntry } from './audit-chain';
import type { AuditLogTable } from './audit-log-table';

/**
 * Reveals, pauses and clearances as the audit log holds them: what the insider guard counts, on a
 * desk and on the backend alike (the backend's count is the one that holds across desks).
 */

/** Pauses stay until cleared, however old; a month back is far more than any alarm waits. */
export const PAUSE_HORIZON_MS = 30 * 24 * 60 * 60_000;
export const PAUSE_ALARM_PREFIX = 'reveals-';

/** Each agent's open pause: the newest `reveals_paused` with no `reveals_cleared` after it. */
export function openPauses(audit: AuditLogTable, now: number): Map<string, AuditEntry> {
  const since = now - PAUSE_HORIZON_MS;
  const open = new Map<string, AuditEntry>();
  const events = [...audit.since('reveals_paused', since), ...audit.since('reveals_cleared', since)].sort((a, b) => a.seq - b.seq);
  for (const e of events) {
    const agentId = String(e.details['agentId'] ?? e.actorId);
    if (e.action === 'reveals_paused') open.set(agentId, e);
    else open.delete(agentId);
  }
  return open;
}

/** This agent's reveals in the window, counted again from their last clearance. */
export function revealsCounted(audit: AuditLogTable, agentId: string, windowStart: number, now: number): Array<{ customerId: string; at: number }> {
  const cleared = audit.since('reveals_cleared', now - PAUSE_HORIZON_MS).filter((e) => e.details['agentId'] === agentId);
  const from = Math.max(windowStart, cleared.at(-1)?.at ?? 0);
  return audit
    .since('reveal', from)
    .filter((e) => e.actorId === agentId)
    .map((e) => ({ customerId: String(e.details['customerId']), at: e.at }));
}

export interface PauseAlarm {
  id: string;
  agentId: string;
  reveals: number;
  customers: number;
  since: number;
}

export function pauseAlarms(audit: AuditLogTable, now: number): PauseAlarm[] {
  return [...openPauses(audit, now).entries()].map(([agentId, e]) => ({
    id: `${PAUSE_ALARM_PREFIX}${e.seq}`,
    agentId,
    reveals: Number(e.details['reveals'] ?? 0),
    customers: Number(e.details['customers'] ?? 0),
    since: e.at,
  }));
}

/** The open pause an alarm id names, if it is still open. */
export function pauseByAlarmId(audit: AuditLogTable, now: number, alarmId: string): AuditEntry | null {
  return [...openPauses(audit, now).values()].find((e) => `${PAUSE_ALARM_PREFIX}${e.seq}` === alarmId) ?? null;
}
