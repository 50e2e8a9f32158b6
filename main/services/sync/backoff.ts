import { MAX_BACKOFF_MS } from '../domain/outbox-alarm';

/** Exponential backoff with full jitter, so many desks retrying after an outage do not stampede. */
export function backoffDelay(attempt: number, options: { baseMs?: number; maxMs?: number; random?: () => number } = {}): number {
  const base = options.baseMs ?? 500;
  const max = options.maxMs ?? MAX_BACKOFF_MS;
  const ceiling = Math.min(max, base * 2 ** Math.max(0, attempt - 1));
  return Math.round((options.random ?? Math.random)() * ceiling);
}

/** A server's Retry-After wins over our own guess when it asks for longer. */
export function retryDelay(attempt: number, retryAfterMs: number | undefined, random?: () => number): number {
  const guess = backoffDelay(attempt, random ? { random } : {});
  return retryAfterMs === undefined ? guess : Math.max(retryAfterMs, guess);
}
