export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Runs a pending call now, if any. */
  flush(): void;
  /** Drops a pending call. */
  cancel(): void;
  pending(): boolean;
}

/**
 * Trailing debounce with an optional maxWait, so a steady stream of events (e.g. during bootstrap)
 * still produces a call every maxWait instead of starving forever.
 */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, wait: number, maxWait?: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstCallAt: number | null = null;
  let lastArgs: A | null = null;

  const run = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstCallAt = null;
    const args = lastArgs;
    lastArgs = null;
    if (args) fn(...args);
  };

  const debounced = ((...args: A): void => {
    lastArgs = args;
    const now = Date.now();
    if (firstCallAt === null) firstCallAt = now;
    if (timer !== null) clearTimeout(timer);
    const remainingMax = maxWait === undefined ? wait : Math.max(0, firstCallAt + maxWait - now);
    timer = setTimeout(run, Math.min(wait, remainingMax));
  }) as Debounced<A>;

  debounced.flush = () => {
    if (timer !== null) run();
  };
  debounced.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstCallAt = null;
    lastArgs = null;
  };
  debounced.pending = () => timer !== null;
  return debounced;
}
