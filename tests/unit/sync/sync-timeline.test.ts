import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectorError, type BackendConnector, type ChangesResult, type DeliveryReceipt, type OutboundMutation, type WatchHandlers } from '../../../main/services/connectors/backend-connector';
import { silentLogger } from '../../../main/services/logging/logger';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { CoalescingLoop } from '../../../main/services/sync/coalescing-loop';
import { SyncEngine } from '../../../main/services/sync/sync-engine';
import { makeTicket } from '../fixtures/make-ticket';

// The sync engine's timing, on fake timers with exact timelines: when a pull runs, when an entry
// is sent again, how long a halt lasts. The backend is an in-memory fake that records the
// (fake) time of every call; the cache is the real SQLite store. setImmediate stays real (the
// engine yields to the event loop with it), every timer and the clock are fake.

const T0 = Date.UTC(2030, 0, 1, 9, 0, 0);
const EMPTY = { tickets: [], customers: [], messages: [], rejected: [] };

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** A backend that answers from a script and writes down when it was asked. */
class ScriptedBackend implements BackendConnector {
  readonly kind = 'embedded' as const;
  readonly url = 'http://backend.test';
  readonly pulls: number[] = [];
  readonly deliveries: Array<{ at: number; ticketId: string }> = [];
  handlers: WatchHandlers | null = null;
  /** Held pulls wait for this before answering. */
  pullGate: Promise<void> | null = null;
  pullFails: (() => Error) | null = null;
  answer: (mutation: OutboundMutation, call: number) => DeliveryReceipt | Error = () => ({ version: 2 });

  async checkConnection(): Promise<void> {}
  async whoAmI(): Promise<never> {
    throw new Error('not asked by the sync engine');
  }
  async listAgents() {
    return [];
  }
  async listMacros() {
    return [];
  }
  async snapshotPage(): Promise<never> {
    throw new Error('these tests start after the snapshot');
  }
  async changesSince(cursor: string): Promise<ChangesResult> {
    this.pulls.push(Date.now());
    if (this.pullGate) await this.pullGate;
    if (this.pullFails) throw this.pullFails();
    return { page: EMPTY, cursor, hasMore: false };
  }
  watch(handlers: WatchHandlers): () => void {
    this.handlers = handlers;
    return () => {
      this.handlers = null;
    };
  }
  async announcePresence(): Promise<void> {}
  async deliver(mutation: OutboundMutation): Promise<DeliveryReceipt> {
    this.deliveries.push({ at: Date.now(), ticketId: mutation.ticketId });
    const answer = this.answer(mutation, this.deliveries.length);
    if (answer instanceof Error) throw answer;
    return answer;
  }
}

let cache: CacheStore;
let backend: ScriptedBackend;
let engine: SyncEngine;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], now: T0 });
  cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-timeline-')), 'cache.sqlite'));
  cache.transaction(() => {
    cache.tickets.applyServerData({ tickets: ['T-1', 'T-2', 'T-3'].map((id) => makeTicket({ id, version: 1 })), customers: [], messages: [] });
    cache.state.set('pull.cursor', '10');
  });
  backend = new ScriptedBackend();
});

afterEach(async () => {
  await engine?.stop();
  cache.close();
  vi.useRealTimers();
});

function newEngine(options: { random?: () => number; pollIntervalMs?: number } = {}): SyncEngine {
  engine = new SyncEngine({ cache, connector: backend, logger: silentLogger, emit: () => {}, now: () => Date.now(), random: options.random ?? (() => 0), pollIntervalMs: options.pollIntervalMs ?? 5_000 });
  return engine;
}

function queueReply(ticketId: string): number {
  return cache.transaction(() => cache.outbox.enqueue({ ticketId, payload: { kind: 'reply', body: `reply on ${ticketId}`, authorId: 'agent-1' }, baseVersion: 1, now: Date.now() }).id);
}

const since = (times: readonly number[]) => times.map((t) => t - T0);

describe('one coalescing loop', () => {
  it('runs once more for any number of calls during a run, never two at once', async () => {
    const gate = deferred();
    let runs = 0;
    let running = 0;
    const loop = new CoalescingLoop(async () => {
      runs += 1;
      running += 1;
      expect(running).toBe(1);
      if (runs === 1) await gate.promise;
      running -= 1;
    }, () => false);
    const first = loop.run();
    const later = [loop.run(), loop.run(), loop.run()];
    expect(later.every((p) => p === first)).toBe(true);
    gate.resolve();
    await Promise.all([first, ...later]);
    expect(runs).toBe(2);
    await loop.run();
    expect(runs).toBe(3);
  });

  it('stops going round once stopped', async () => {
    let stopped = false;
    let runs = 0;
    const loop = new CoalescingLoop(async () => {
      runs += 1;
      loop.runAgain();
      if (runs === 2) stopped = true;
    }, () => stopped);
    await loop.run();
    expect(runs).toBe(2);
    await loop.run();
    expect(runs).toBe(2);
    await loop.settled();
  });
});

describe('sync engine timeline on fake timers', () => {
  it('pulls asked for during a pull coalesce into exactly one more', async () => {
    newEngine();
    const gate = deferred();
    backend.pullGate = gate.promise;
    const calls = [engine.pull(), engine.pull(), engine.pull()];
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.pulls).toHaveLength(1);
    backend.pullGate = null;
    gate.resolve();
    await Promise.all(calls);
    expect(backend.pulls).toHaveLength(2);
  });

  it('honours Retry-After to the millisecond, then pulls the backend’s copy 50 ms after delivery', async () => {
    newEngine();
    backend.answer = (_m, call) => (call === 1 ? new ConnectorError('temporary', 'HTTP 429', { status: 429, retryAfterMs: 1_000 }) : { version: 2 });
    const id = queueReply('T-1');
    engine.outboxChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(cache.outbox.get(id)?.failure).toEqual({ kind: 'rate_limited' });
    expect(engine.getStatus().problem).toEqual({ kind: 'rate_limited', during: 'sending' });
    await vi.advanceTimersByTimeAsync(999);
    expect(since(backend.deliveries.map((d) => d.at))).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(since(backend.deliveries.map((d) => d.at))).toEqual([0, 1_000]);
    expect(cache.outbox.get(id)?.state).toBe('delivered');
    expect(engine.getStatus().problem).toBeNull();
    expect(backend.pulls).toEqual([]);
    await vi.advanceTimersByTimeAsync(50);
    expect(since(backend.pulls)).toEqual([1_050]);
  });

  it('an outage holds every worker back until the first pull that gets through, which sends at once', async () => {
    newEngine({ random: () => 1 });
    backend.answer = (_m, call) => (call <= 3 ? new ConnectorError('temporary', 'backend unreachable') : { version: 2 });
    const ids = ['T-1', 'T-2', 'T-3'].map(queueReply);
    engine.outboxChanged();
    await vi.advanceTimersByTimeAsync(0);
    // Three workers, three tickets: all went at once and all failed; the backoff grows with the outage.
    expect(since(backend.deliveries.map((d) => d.at))).toEqual([0, 0, 0]);
    expect(ids.map((id) => cache.outbox.get(id)?.failure)).toEqual([{ kind: 'unreachable' }, { kind: 'unreachable' }, { kind: 'unreachable' }]);
    expect(engine.getStatus().connection).toBe('offline');
    // The first entry's own backoff (500 ms) ends, but the halt (2 s, the longest) holds it back.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(backend.deliveries).toHaveLength(3);
    // A pull gets through at 1.2 s: the outage is over, everything goes now.
    await vi.advanceTimersByTimeAsync(200);
    await engine.pull();
    await vi.advanceTimersByTimeAsync(0);
    expect(since(backend.deliveries.map((d) => d.at))).toEqual([0, 0, 0, 1_200, 1_200, 1_200]);
    expect(ids.map((id) => cache.outbox.get(id)?.state)).toEqual(['delivered', 'delivered', 'delivered']);
  });

  it('polls every 5 s without the live stream, every 30 s with it, and at once on its signal; a failure goes back to 5 s', async () => {
    newEngine({ pollIntervalMs: 5_000 });
    await engine.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(since(backend.pulls)).toEqual([0]);
    backend.handlers!.onLive(true);
    await vi.advanceTimersByTimeAsync(5_000);
    // This poll was planned before the stream came up; the next one is the 30 s safety net.
    expect(since(backend.pulls)).toEqual([0, 5_000]);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(backend.pulls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(since(backend.pulls)).toEqual([0, 5_000, 35_000]);
    await vi.advanceTimersByTimeAsync(1_000);
    backend.handlers!.onSignal();
    await vi.advanceTimersByTimeAsync(0);
    expect(since(backend.pulls)).toEqual([0, 5_000, 35_000, 36_000]);
    // The backend goes away: the failed pull turns polling back to its short interval at once.
    backend.pullFails = () => new ConnectorError('temporary', 'backend unreachable');
    backend.handlers!.onSignal();
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.getStatus()).toMatchObject({ connection: 'offline', problem: { kind: 'unreachable', during: 'pulling' } });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(since(backend.pulls)).toEqual([0, 5_000, 35_000, 36_000, 36_000, 41_000]);
  });
});
