import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Percentiles the way benchmarks report them (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function summary(samples: readonly number[]): string {
  return `p50 ${percentile(samples, 50).toFixed(2)} ms, p95 ${percentile(samples, 95).toFixed(2)} ms, p99 ${percentile(samples, 99).toFixed(2)} ms (n=${samples.length})`;
}

export async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

/** A figure beside its budget: "… (budget 50 ms) PASS" or "… OVER". */
export function against(figure: string, ok: boolean, budget: string): string {
  return `${figure} (budget ${budget}) ${ok ? 'PASS' : 'OVER'}`;
}

/** The longest block of this process's event loop while `fn` runs (the desk's main process in the bench). */
export async function longestBlock<T>(fn: () => Promise<T>): Promise<{ value: T; maxMs: number }> {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  try {
    const value = await fn();
    return { value, maxMs: loop.max / 1e6 };
  } finally {
    loop.disable();
  }
}

/** The bar: the desk's main event loop never blocked longer than this. */
export const MAIN_LOOP_BUDGET_MS = 50;

export function blockLine(maxMs: number): string {
  return against(`${maxMs.toFixed(1)} ms`, maxMs <= MAIN_LOOP_BUDGET_MS, `${MAIN_LOOP_BUDGET_MS} ms`);
}
