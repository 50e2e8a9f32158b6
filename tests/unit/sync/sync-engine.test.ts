import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../../preload/contract';
import { EmbeddedConnector } from '../../../main/services/connectors/embedded-connector';
import { startEmbeddedBackend } from '../../../main/backend';
import { silentLogger, type Logger } from '../../../main/services/logging/logger';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { SyncEngine } from '../../../main/services/sync/sync-engine';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(options: { tickets?: number } = {}) {
  const backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: options.tickets ?? 300, seed: 11 });
  cleanups.push(() => backend.close());
  const cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-sync-')), 'cache.sqlite'));
  cleanups.push(() => cache.close());
  const events: EventName[] = [];
  const engine = new SyncEngine({ cache, connector: new EmbeddedConnector(backend.url, backend.token, { reconnectDelayMs: 50 }), logger: silentLogger, emit: (e) => events.push(e), pollIntervalMs: 200, random: () => 0 });
  cleanups.push(() => engine.stop());
  return { backend, cache, engine, events };
}

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

function agentReply(cache: CacheStore, ticketId: string, body: string) {
  return cache.transaction(() => {
    const server = cache.tickets.serverTicket(ticketId)!;
    const entry = cache.outbox.enqueue({ ticketId, payload: { kind: 'reply', body, authorId: 'agent-frontline-1' }, baseVersion: server.version, now: Date.now() });
    cache.tickets.refreshEffective(ticketId);
    return entry;
  });
}

describe('sync engine against the real embedded backend over HTTP', () => {
  it('bootstraps every ticket, customer and message, then holds the cursor', async () => {
    const { backend, cache, engine } = await setup({ tickets: 2500 });
    await engine.start();
    await engine.pull();
    expect(cache.tickets.ticketCount()).toBe(2500);
    const backendMessages = (backend.store.db.prepare('SELECT COUNT(*) AS n FROM messages').get() as { n: number }).n;
    expect((cache.db.prepare('SELECT COUNT(*) AS n FROM messages').get() as { n: number }).n).toBe(backendMessages);
    expect(cache.reference.agents().length).toBeGreaterThan(3);
    expect(engine.getStatus()).toMatchObject({ connection: 'online', cursor: backend.store.cursor(), bootstrap: null });
  });

  it('resumes an interrupted bootstrap where it stopped', async () => {
    const { backend, cache } = await setup({ tickets: 2500 });
    const connector = new EmbeddedConnector(backend.url, backend.token);
    let pages = 0;
    const flaky = Object.assign(Object.create(connector) as EmbeddedConnector, {
      snapshotPage: async (from: string | null) => {
        pages += 1;
        if (pages === 2) throw new Error('connection reset');
        return connector.snapshotPage(from);
      },
    });
    const first = new SyncEngine({ cache, connector: flaky, logger: silentLogger, emit: () => {} });
    await first.pull();
    // The first page (500 tickets) is in; the second failed.
    expect(cache.tickets.ticketCount()).toBe(500);
    await first.stop();
    await first.pull();
    const second = new SyncEngine({ cache, connector, logger: silentLogger, emit: () => {} });
    await second.pull();
    await second.stop();
    expect(cache.tickets.ticketCount()).toBe(2500);
  });

  it('delivers a reply exactly once and replaces the pending copy with the backend’s', async () => {
    const { backend, cache, engine } = await setup();
    await engine.start();
    await engine.pull();
    const entry = agentReply(cache, 'T-100005', 'Your deposit is credited.');
    engine.outboxChanged();
    await until(() => cache.outbox.get(entry.id)?.state === 'delivered');
    await until(() => cache.tickets.hasMessageWithClientKey(entry.key));
    const onBackend = backend.store.messagesOf('T-100005').filter((m) => m.clientKey === entry.key);
    expect(onBackend).toHaveLength(1);
    expect(onBackend[0]?.body).toBe('Your deposit is credited.');
  });

  it('pulls a change made elsewhere when the live stream announces it', async () => {
    const { backend, cache, engine } = await setup();
    await engine.start();
    await engine.pull();
    await until(() => engine.getStatus().live);
    const ticket = backend.store.ticket('T-100010')!;
    backend.store.updateTicket({ idempotencyKey: 'other-desk-0001', ticketId: ticket.id, authorId: 'agent-frontline-2', now: Date.now(), baseVersion: ticket.version, changes: { priority: 'urgent', assigneeId: 'agent-frontline-2' } });
    backend.notifyChange();
    await until(() => cache.tickets.get('T-100010')?.assigneeId === 'agent-frontline-2');
  });

  it('surfaces a conflict instead of overwriting a change made elsewhere', async () => {
    const { backend, cache, engine } = await setup();
    await engine.start();
    await engine.pull();
    const local = cache.tickets.serverTicket('T-100020')!;
    // Someone else takes the ticket first.
    backend.store.updateTicket({ idempotencyKey: 'other-desk-0002', ticketId: local.id, authorId: 'agent-frontline-3', now: Date.now(), baseVersion: local.version, changes: { assigneeId: 'agent-frontline-3' } });
    const entry = cache.transaction(() => {
      const e = cache.outbox.enqueue({ ticketId: local.id, payload: { kind: 'update', changes: { assigneeId: 'agent-frontline-1' }, authorId: 'agent-frontline-1' }, baseVersion: local.version, now: Date.now() });
      cache.tickets.refreshEffective(local.id);
      return e;
    });
    engine.outboxChanged();
    await until(() => cache.outbox.get(entry.id)?.state === 'failed');
    // The agent is told what the ticket holds now, to decide.
    expect(cache.outbox.get(entry.id)?.failure).toMatchObject({ kind: 'conflict', ticketVersion: local.version + 1, fields: { assigneeId: 'agent-frontline-3' } });
    expect(backend.store.ticket(local.id)?.assigneeId).toBe('agent-frontline-3');
    await engine.pull();
    expect(cache.tickets.get(local.id)?.assigneeId).toBe('agent-frontline-3');

    // The agent decides theirs should win: re-based onto the current version, it lands.
    const current = cache.tickets.serverTicket(local.id)!.version;
    expect(cache.outbox.requeue(entry.id, current)).toBe(true);
    engine.outboxChanged();
    await until(() => cache.outbox.get(entry.id)?.state === 'delivered');
    expect(backend.store.ticket(local.id)?.assigneeId).toBe('agent-frontline-1');
  });

  it('relays who else has a ticket open, as the backend tells', async () => {
    const { backend, cache } = await setup();
    const seen: unknown[] = [];
    const engine = new SyncEngine({ cache, connector: new EmbeddedConnector(backend.url, backend.token), logger: silentLogger, emit: () => {}, onPresence: (p) => seen.push(p) });
    cleanups.push(() => engine.stop());
    await engine.start();
    await until(() => engine.getStatus().live);
    await new EmbeddedConnector(backend.url, backend.token).announcePresence({ agentId: 'agent-frontline-2', ticketId: 'T-100007', typing: true });
    await until(() => seen.length > 0);
    expect(seen[0]).toEqual({ ticketId: 'T-100007', viewers: [{ agentId: 'agent-frontline-2', typing: true }] });
  });

  it('rebases a second queued change onto the version its predecessor produced', async () => {
    const { backend, cache, engine } = await setup();
    await engine.start();
    await engine.pull();
    const base = cache.tickets.serverTicket('T-100030')!.version;
    cache.transaction(() => {
      cache.outbox.enqueue({ ticketId: 'T-100030', payload: { kind: 'update', changes: { priority: 'high' }, authorId: 'a' }, baseVersion: base, now: Date.now() });
      cache.outbox.enqueue({ ticketId: 'T-100030', payload: { kind: 'update', changes: { status: 'pending' }, authorId: 'a' }, baseVersion: base, now: Date.now() });
    });
    engine.outboxChanged();
    await until(() => cache.outbox.counts().pending === 0);
    expect(cache.outbox.counts().failed).toBe(0);
    expect(backend.store.ticket('T-100030')).toMatchObject({ priority: 'high', status: 'pending' });
  });

  it('keeps the outbox when the backend is down and delivers once it is back', async () => {
    const { backend, cache, engine } = await setup();
    await engine.start();
    await engine.pull();
    await backend.close();
    const entry = agentReply(cache, 'T-100040', 'Sent while the backend was down');
    engine.outboxChanged();
    await until(() => cache.outbox.get(entry.id)?.failure !== null);
    expect(engine.getStatus().connection).toBe('offline');
    // Waiting for its next attempt, or in it: never dropped, never marked failed.
    expect(['pending', 'sending']).toContain(cache.outbox.get(entry.id)?.state);
    expect(cache.outbox.get(entry.id)?.failure).toEqual({ kind: 'unreachable' });
    expect(engine.getStatus().problem).toEqual({ kind: 'unreachable', during: 'sending' });
  });

  it('skips a malformed record, logs it, and keeps the rest of the page and the cache', async () => {
    const { backend, cache } = await setup();
    const warnings: string[] = [];
    const logger: Logger = { ...silentLogger, warn: (fields, message) => warnings.push(`${message} ${JSON.stringify(fields)}`) };
    // A proxy backend that corrupts one ticket of the snapshot.
    const proxy: Server = createServer(async (req, res) => {
      const upstream = await fetch(backend.url + req.url, { headers: { authorization: req.headers.authorization ?? '' } });
      const body = (await upstream.json()) as { tickets?: Array<Record<string, unknown>> };
      if (req.url?.startsWith('/api/v1/snapshot') && body.tickets?.[0]) body.tickets[0] = { ...body.tickets[0], status: 'exploded', priority: 42 };
      res.writeHead(upstream.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise<void>((r) => proxy.close(() => r())));
    const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const engine = new SyncEngine({ cache, connector: new EmbeddedConnector(url, backend.token), logger, emit: () => {} });
    await engine.pull();
    await engine.stop();
    expect(cache.tickets.ticketCount()).toBe(299);
    expect(cache.tickets.get('T-100001')).toBeNull();
    expect(warnings.join('\n')).toMatch(/malformed record.*T-100001.*status/);
    expect(engine.getStatus().problem).toEqual({ kind: 'malformed_records', count: 1 });
  });
});
