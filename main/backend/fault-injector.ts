import { z } from 'zod';

/**
 * Faults the embedded backend can be told to simulate, so tests exercise the desk's failure
 * handling against a real server: slow answers, 5xx errors, 429 bursts, dropped connections,
 * and going down for a while.
 */
export const faultSettingsSchema = z.strictObject({
  latencyMs: z.number().int().min(0).max(60_000).optional(),
  /** Share of requests answered with 503. */
  errorRate: z.number().min(0).max(1).optional(),
  /** The next N requests get 429 with Retry-After. */
  rateLimit: z.strictObject({ requests: z.number().int().min(0).max(100_000), retryAfterSeconds: z.number().int().min(0).max(3600) }).optional(),
  /** Share of requests whose connection is cut before any answer. */
  dropRate: z.number().min(0).max(1).optional(),
  /** Cut every connection for this long. */
  downForMs: z.number().int().min(0).max(3_600_000).optional(),
  /** Share of mutations applied but whose answer is lost (the connection is cut after the commit). */
  dropAfterCommitRate: z.number().min(0).max(1).optional(),
});
export type FaultSettings = z.infer<typeof faultSettingsSchema>;

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'drop' }
  | { kind: 'error' }
  | { kind: 'rate_limited'; retryAfterSeconds: number };

export class FaultInjector {
  private settings: Required<Omit<FaultSettings, 'rateLimit' | 'downForMs'>> = { latencyMs: 0, errorRate: 0, dropRate: 0, dropAfterCommitRate: 0 };
  private rateLimited = { remaining: 0, retryAfterSeconds: 1 };
  private downUntil = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly random: () => number = Math.random,
  ) {}

  configure(patch: FaultSettings): void {
    const { rateLimit, downForMs, ...rest } = patch;
    this.settings = { ...this.settings, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) };
    if (rateLimit) this.rateLimited = { remaining: rateLimit.requests, retryAfterSeconds: rateLimit.retryAfterSeconds };
    if (downForMs !== undefined) this.downUntil = downForMs > 0 ? this.now() + downForMs : 0;
  }

  reset(): void {
    this.settings = { latencyMs: 0, errorRate: 0, dropRate: 0, dropAfterCommitRate: 0 };
    this.rateLimited = { remaining: 0, retryAfterSeconds: 1 };
    this.downUntil = 0;
  }

  describe(): object {
    return { ...this.settings, rateLimitRemaining: this.rateLimited.remaining, downForMs: Math.max(0, this.downUntil - this.now()) };
  }

  isDown(): boolean {
    return this.now() < this.downUntil;
  }

  latency(): number {
    return this.settings.latencyMs;
  }

  /** What to do with the next API request, before it runs. */
  decide(): FaultDecision {
    if (this.isDown() || this.random() < this.settings.dropRate) return { kind: 'drop' };
    if (this.rateLimited.remaining > 0) {
      this.rateLimited.remaining -= 1;
      return { kind: 'rate_limited', retryAfterSeconds: this.rateLimited.retryAfterSeconds };
    }
    if (this.random() < this.settings.errorRate) return { kind: 'error' };
    return { kind: 'none' };
  }

  /** After a mutation committed: lose the answer, as a network cut would. */
  dropAfterCommit(): boolean {
    return this.random() < this.settings.dropAfterCommitRate;
  }
}
