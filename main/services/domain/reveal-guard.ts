/**
 * The insider guard: an agent who reveals customer data too often, or across too many customers,
 * in an hour is paused until a security agent clears it (bribed agents copying customers out of
 * the support tool reveal far more than a day's work needs). Pure: the counts come from the audit log.
 */

export interface RevealLimits {
  /** Reveals an agent may make in an hour; the next one pauses them (default 20). */
  perHour: number;
  /** Different customers an agent may reveal data of in an hour (default 10). */
  customersPerHour: number;
}

export const DEFAULT_REVEAL_LIMITS: RevealLimits = { perHour: 20, customersPerHour: 10 };
export const REVEAL_WINDOW_MS = 60 * 60_000;

export interface RevealRecord {
  customerId: string;
  at: number;
}

export type RevealVerdict = { allowed: true } | { allowed: false; trips: boolean; reveals: number; customers: number };

/**
 * Whether one more reveal of `customerId` may go: refused while paused; refused and tripping the
 * pause when it would be reveal N+1 in the window, or the (M+1)th customer. `reveals` are this
 * agent's reveals since the window opened or the last clearance, whichever is later.
 */
export function revealVerdict(reveals: readonly RevealRecord[], customerId: string, paused: boolean, limits: RevealLimits = DEFAULT_REVEAL_LIMITS): RevealVerdict {
  const customers = new Set(reveals.map((r) => r.customerId));
  if (paused) return { allowed: false, trips: false, reveals: reveals.length, customers: customers.size };
  const tooMany = reveals.length + 1 > limits.perHour;
  const tooWide = !customers.has(customerId) && customers.size + 1 > limits.customersPerHour;
  if (tooMany || tooWide) return { allowed: false, trips: true, reveals: reveals.length + 1, customers: customers.size + (customers.has(customerId) ? 0 : 1) };
  return { allowed: true };
}

/** Reads a limit from the environment (AGENTDESK_REVEALS_PER_HOUR …), falling back to the default on anything but a positive integer. */
export function limitFrom(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}
