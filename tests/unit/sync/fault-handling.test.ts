import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EmbeddedConnector } from '../../../main/services/connectors/embedded-connector';
import { startEmbeddedBackend, type EmbeddedBackend } from '../../../main/backend';
import { silentLogger } from '../../../main/services/logging/logger';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { SyncEngine } from '../../../main/services/sync/sync-engine';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(connectorOptions: { timeoutMs?: number } = {}) {
  const backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 100, seed: 21 });
  cleanups.push(() => backend.close());
  const cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-faults-')), 'cache.sqlite'));
  cleanups.push(() => cache.close());
  const engine = new SyncEngine({ cache, connector: new EmbeddedConnector(backend.url, backend.token, { reconnectDelayMs: 50, ...connectorOptions }), logger: silentLogger, emit: () => {}, pollIntervalMs: 200 });
  cleanups.push(() => engine.stop());
  await engine.start();
  await engine.pull();
  return { backend, cache, engine };
}

function queueReplies(cache: CacheStore, count: number): string[] {
  return cache.transaction(() =>
    Array.from({ length: count }, (_, i) => {
      const ticketId = `T-${100001 + (i % 20)}`;
      return cache.outbox.enqueue({ ticketId, payload: { kind: 'reply', body: `fault test ${i}`, authorId: 'agent-frontline-1' }, baseVersion: cache.tickets.serverTicket(ticketId)!.version, now: Date.now() }).key;
    }),
  );
}

async function drainAll(cache: CacheStore, engine: SyncEngine, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  engine.outboxChanged();
  while (cache.outbox.counts().pending > 0) {
    if (Date.now() > deadline) throw new Error(`outbox not drained: ${JSON.stringify(cache.outbox.counts())}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function appliedOnce(backend: EmbeddedBackend, keys: string[]): void {
  const applied = backend.store.appliedLog(0, 100_000).map((a) => a.idempotencyKey);
  for (const key of keys) expect(applied.filter((k) => k === key)).toHaveLength(1);
}

describe('drain under faults injected by the real backend', () => {
  it('delivers everything exactly once through a 40% error rate', async () => {
    const { backend, cache, engine } = await setup();
    backend.faults.configure({ errorRate: 0.4 });
    const keys = queueReplies(cache, 40);
    await drainAll(cache, engine);
    expect(cache.outbox.counts()).toEqual({ pending: 0, failed: 0 });
    appliedOnce(backend, keys);
  });

  it('waits out a 429 burst for as long as Retry-After asks', async () => {
    const { backend, cache, engine } = await setup();
    // Four workers send at once: each of the four first requests is refused.
    backend.faults.configure({ rateLimit: { requests: 4, retryAfterSeconds: 1 } });
    const started = Date.now();
    const keys = queueReplies(cache, 8);
    engine.outboxChanged();
    await new Promise((r) => setTimeout(r, 300));
    // Shown to the agent while waiting: the backend asked the desk to slow down.
    expect(cache.outbox.get(1)?.failure).toEqual({ kind: 'rate_limited' });
    await drainAll(cache, engine);
    const firstApplied = Math.min(...backend.store.appliedLog().map((a) => a.at));
    expect(firstApplied - started).toBeGreaterThanOrEqual(950);
    appliedOnce(backend, keys);
  });

  it('applies once when answers are lost after the commit', async () => {
    const { backend, cache, engine } = await setup();
    backend.faults.configure({ dropAfterCommitRate: 0.5 });
    const keys = queueReplies(cache, 30);
    await drainAll(cache, engine);
    appliedOnce(backend, keys);
  });

  it('applies once when requests time out and are sent again', async () => {
    const { backend, cache, engine } = await setup({ timeoutMs: 150 });
    backend.faults.configure({ latencyMs: 300 });
    const keys = queueReplies(cache, 4);
    engine.outboxChanged();
    await new Promise((r) => setTimeout(r, 1200));
    expect(cache.outbox.get(1)?.failure).toEqual({ kind: 'unreachable' });
    backend.faults.configure({ latencyMs: 0 });
    await drainAll(cache, engine);
    appliedOnce(backend, keys);
  });

  it('keeps an entry whose every request is cut off, and delivers it once the line is back', async () => {
    const { backend, cache, engine } = await setup();
    // Every request dropped before an answer: the entry must stay queued, never be marked delivered.
    backend.faults.configure({ dropRate: 1 });
    const [key] = queueReplies(cache, 1);
    engine.outboxChanged();
    await new Promise((r) => setTimeout(r, 500));
    expect(cache.outbox.forTicket('T-100001')[0]?.state).not.toBe('delivered');
    backend.faults.configure({ dropRate: 0 });
    await drainAll(cache, engine);
    appliedOnce(backend, [key!]);
  });
});
