import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent, Message, ReportRequest, Ticket } from '../../../preload/contract';
import { createReportHandlers } from '../../../main/services/app/report-handlers';
import { createSurgeHandlers } from '../../../main/services/app/surge-handlers';
import { createTicketHandlers } from '../../../main/services/app/ticket-handlers';
import { silentLogger } from '../../../main/services/logging/logger';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { createReadPool, type ReadPool } from '../../../main/services/workers/read-pool';
import { makeCustomer, makeMessage, makeTicket, T0 } from '../fixtures/make-ticket';

// A slow report or surge snapshot runs on a read worker: while it runs, the main thread's event loop
// stays free and ticket.get / queue.page issued meanwhile complete before it. Nothing here asserts a
// wall-clock budget: the yardstick is the same report run on the main thread of this machine.
const MIN = 60_000;
const TICKETS = 40_000;
const NOW = T0 + TICKETS * MIN;
const me: Agent = { id: 'a1', name: 'a1', email: 'a1@desk', role: 'frontline', languages: ['en'], domains: [] };
const topics = ['deposit', 'withdrawal', 'kyc', 'fees', 'two_factor'] as const;
const languages = ['en', 'es', 'ru', 'lt'] as const;
const TEAM: ReportRequest = { from: T0, to: NOW, scope: 'team', bucketMinutes: 60 };

function fill(cache: CacheStore): void {
  for (let start = 0; start < TICKETS; start += 5_000) {
    const tickets: Ticket[] = [];
    const messages: Message[] = [];
    for (let i = start; i < start + 5_000; i += 1) {
      const id = `T${i}`;
      const createdAt = T0 + i * MIN;
      const assigneeId = `a${i % 20}`;
      tickets.push(makeTicket({ id, topic: topics[i % 5], language: languages[i % 4], createdAt, updatedAt: createdAt + 40 * MIN, status: i % 3 === 0 ? 'solved' : 'open', assigneeId, firstResponseAt: createdAt + 7 * MIN }));
      messages.push(makeMessage({ id: `M${i}c`, ticketId: id, createdAt }));
      messages.push(makeMessage({ id: `M${i}a`, ticketId: id, createdAt: createdAt + 7 * MIN, authorType: 'agent', authorId: assigneeId, body: 'looking into it' }));
    }
    cache.transaction(() => cache.tickets.applyServerData({ tickets, customers: start === 0 ? [makeCustomer({ id: 'C-1' })] : [], messages }));
  }
}

describe('the main thread while a heavy read runs on a worker', () => {
  let cache: CacheStore;
  let pool: ReadPool;
  let reportOnMainMs = 0;
  let handlers: ReturnType<typeof createHandlers>;
  const createHandlers = (reads?: ReadPool) => {
    const deps = { cache, agent: () => me, now: () => NOW, sendingIds: () => new Set<number>(), onQueued: () => {}, ...(reads ? { reads } : {}) };
    return { ...createReportHandlers(deps), ...createSurgeHandlers(deps), ...createTicketHandlers(deps) };
  };

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'agentdesk-loop-')), 'cache.sqlite');
    cache = openCacheStore(file);
    fill(cache);
    pool = createReadPool({ file, mainDb: cache.db, logger: silentLogger });
    handlers = createHandlers(pool);
    // The yardstick: the same report, on the main thread (warm).
    const onMain = createHandlers();
    await onMain['reports.get'](TEAM);
    const started = performance.now();
    await onMain['reports.get'](TEAM);
    reportOnMainMs = performance.now() - started;
    // Both workers warm (statements prepared, pages cached).
    await Promise.all([handlers['reports.get'](TEAM), handlers['reports.get'](TEAM), handlers['surge.snapshot']({ windowMinutes: 60 })]);
  }, 120_000);
  afterAll(async () => {
    await pool.close();
    cache.close();
  });

  /** Starts the slow call, then issues quick ones one after another until it is done. */
  async function quickCallsDuring(slow: () => unknown): Promise<{ beforeSlow: number; slowMs: number; quickMaxMs: number; loopMaxMs: number }> {
    const loop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    let slowDone = false;
    const started = performance.now();
    const slowCall = Promise.resolve(slow()).then(() => {
      slowDone = true;
      return performance.now() - started;
    });
    let beforeSlow = 0;
    let quickMaxMs = 0;
    for (let i = 0; !slowDone; i += 1) {
      const t = performance.now();
      const ticket = await handlers['ticket.get']({ ticketId: `T${(i * 7919) % TICKETS}` });
      await handlers['queue.page']({ view: 'all', offset: (i * 50) % 1_000, limit: 50 });
      quickMaxMs = Math.max(quickMaxMs, performance.now() - t);
      expect(ticket?.ticket.id).toBe(`T${(i * 7919) % TICKETS}`);
      if (!slowDone) beforeSlow += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const slowMs = await slowCall;
    loop.disable();
    return { beforeSlow, slowMs, quickMaxMs, loopMaxMs: loop.max / 1e6 };
  }

  it('a team report: ticket.get and queue.page answered meanwhile, the loop never held for long', async () => {
    expect(pool.mode()).toBe('workers');
    const run = await quickCallsDuring(() => handlers['reports.get'](TEAM));
    // The first quick call did not wait for the report, and many more came back while it ran.
    expect(run.beforeSlow).toBeGreaterThan(1);
    expect(run.quickMaxMs).toBeLessThan(reportOnMainMs / 2);
    // On the main thread the report alone would hold the loop for reportOnMainMs.
    expect(run.loopMaxMs).toBeLessThan(reportOnMainMs / 2);
  });

  it('a surge snapshot beside a report: the quick calls still come first', async () => {
    const run = await quickCallsDuring(() => Promise.all([handlers['reports.get']({ ...TEAM, scope: 'me' }), handlers['surge.snapshot']({ windowMinutes: 60 })]));
    expect(run.beforeSlow).toBeGreaterThan(1);
    expect(run.loopMaxMs).toBeLessThan(reportOnMainMs / 2);
  });
});
