import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Agent, Message, ReportRequest, Ticket } from '../../../preload/contract';
import { createReportHandlers } from '../../../main/services/app/report-handlers';
import { createSurgeHandlers } from '../../../main/services/app/surge-handlers';
import { createTicketHandlers } from '../../../main/services/app/ticket-handlers';
import { createTopicGroupHandlers } from '../../../main/services/app/topic-group-handlers';
import { HandlerError } from '../../../main/services/app/channel-handlers';
import type { Logger } from '../../../main/services/logging/logger';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { createReadPool, type ReadPool } from '../../../main/services/workers/read-pool';
import { makeCustomer, makeMessage, makeTicket, T0 } from '../fixtures/make-ticket';

// The read workers answer exactly what the handlers answered in-process, from their own read-only
// connections; a worker that cannot start leaves the calls working on the main process.
const MIN = 60_000;
const me: Agent = { id: 'a1', name: 'a1', email: 'a1@desk', role: 'frontline', languages: ['en', 'es'], domains: [] };
const NOW = T0 + 8 * 60 * MIN;
const topics = ['deposit', 'withdrawal', 'kyc', 'fees'] as const;

function fill(cache: CacheStore): void {
  const tickets: Ticket[] = [];
  const messages: Message[] = [];
  for (let i = 0; i < 200; i += 1) {
    const id = `T${i}`;
    const createdAt = T0 + i * MIN;
    tickets.push(makeTicket({ id, topic: topics[i % 4], language: i % 3 === 0 ? 'es' : 'en', createdAt, updatedAt: createdAt + 30 * MIN, status: i % 5 === 0 ? 'solved' : 'open', assigneeId: i % 2 === 0 ? 'a1' : null, firstResponseAt: createdAt + 10 * MIN }));
    messages.push(makeMessage({ id: `M${i}c`, ticketId: id, createdAt, body: i % 7 === 0 ? 'my withdrawal of ether is stuck' : 'deposit missing' }));
    messages.push(makeMessage({ id: `M${i}a`, ticketId: id, createdAt: createdAt + 10 * MIN, authorType: 'agent', authorId: 'a1', body: 'we are looking into it' }));
  }
  cache.transaction(() => cache.tickets.applyServerData({ tickets, customers: [makeCustomer({ id: 'C-1' })], messages }));
  while (cache.messageSearch.indexBatch(2000) > 0);
}

function capture(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info: () => {}, error: () => {}, warn: (_fields, message) => warnings.push(message) };
}

const REPORT: ReportRequest = { from: T0, to: NOW, scope: 'team', bucketMinutes: 60 };

describe('read pool', () => {
  let cache: CacheStore;
  let file: string;
  let pool: ReadPool | null = null;

  beforeAll(() => {
    file = join(mkdtempSync(join(tmpdir(), 'agentdesk-reads-')), 'cache.sqlite');
    cache = openCacheStore(file);
    fill(cache);
  });
  afterEach(async () => {
    await pool?.close();
    pool = null;
  });

  const handlersOver = (reads: ReadPool | undefined) => {
    const deps = { cache, reads, agent: () => me, now: () => NOW, sendingIds: () => new Set<number>(), onQueued: () => {} };
    return { ...createReportHandlers(deps), ...createSurgeHandlers(deps), ...createTopicGroupHandlers(deps), ...createTicketHandlers(deps) };
  };

  it('answers reports, surge counts, topic groups and search on a worker exactly as in-process', async () => {
    const logger = capture();
    pool = createReadPool({ file, mainDb: cache.db, logger });
    const onWorkers = handlersOver(pool);
    const inProcess = handlersOver(undefined);
    for (const scope of ['team', 'me'] as const) expect(await onWorkers['reports.get']({ ...REPORT, scope })).toEqual(await inProcess['reports.get']({ ...REPORT, scope }));
    expect(await onWorkers['reports.csv']({ report: REPORT, part: 'topic-frequency' })).toEqual(await inProcess['reports.csv']({ report: REPORT, part: 'topic-frequency' }));
    expect(await onWorkers['surge.snapshot']({ windowMinutes: 60 })).toEqual(await inProcess['surge.snapshot']({ windowMinutes: 60 }));
    expect(await onWorkers['queue.topicGroups']({ view: 'all' })).toEqual(await inProcess['queue.topicGroups']({ view: 'all' }));
    const searched = await onWorkers['search.query']({ text: 'withdrawal', limit: 10 });
    expect(searched.hits.length).toBeGreaterThan(0);
    expect(searched.hits).toEqual((await inProcess['search.query']({ text: 'withdrawal', limit: 10 })).hits);
    expect(pool.mode()).toBe('workers');
    expect(logger.warnings).toEqual([]);
  });

  it('sees what the main process committed after the worker opened the cache', async () => {
    pool = createReadPool({ file, mainDb: cache.db, logger: capture() });
    const { hits: before } = await pool.run({ kind: 'search', text: 'zebrafish', limit: 10 });
    expect(before).toEqual([]);
    cache.transaction(() => cache.tickets.applyServerData({ tickets: [makeTicket({ id: 'TZ', createdAt: NOW })], customers: [], messages: [makeMessage({ id: 'MZ', ticketId: 'TZ', body: 'a zebrafish ate my seed phrase' })] }));
    while (cache.messageSearch.indexBatch(2000) > 0);
    const { hits } = await pool.run({ kind: 'search', text: 'zebrafish', limit: 10 });
    expect(hits.map((h) => h.ticketId)).toEqual(['TZ']);
  });

  it('keeps a handler refusal a refusal: its code crosses the thread', async () => {
    pool = createReadPool({ file, mainDb: cache.db, logger: capture() });
    const error = await pool.run({ kind: 'report', request: { ...REPORT, to: REPORT.from }, agentId: null, now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HandlerError);
    expect((error as HandlerError).code).toBe('invalid_input');
  });

  it('runs in-process, logged once, when no worker can start; no call fails', async () => {
    const logger = capture();
    pool = createReadPool({ file, mainDb: cache.db, logger, entry: { file: join(tmpdir(), 'no-such-read-worker.cjs') } });
    const handlers = handlersOver(pool);
    const [report, snapshot] = await Promise.all([handlers['reports.get'](REPORT), handlers['surge.snapshot']({ windowMinutes: 60 })]);
    expect(report).toEqual(await handlersOver(undefined)['reports.get'](REPORT));
    expect(snapshot.windowMinutes).toBe(60);
    expect((await handlers['search.query']({ text: 'deposit', limit: 5 })).hits.length).toBe(5);
    expect(pool.mode()).toBe('in-process');
    expect(logger.warnings).toEqual(['read workers unavailable: heavy reads run on the main process']);
  });
});
