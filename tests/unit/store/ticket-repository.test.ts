import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../../preload/contract';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { toPublicEntry } from '../../../main/services/store/outbox-repository';
import { makeCustomer, makeMessage, makeTicket, T0 } from '../fixtures/make-ticket';

const agent: Agent = { id: 'agent-1', name: 'Ana', email: 'ana@desk', role: 'frontline', languages: ['en', 'es'], domains: ['deposit'] };

describe('ticket repository', () => {
  let cache: CacheStore;
  beforeEach(() => {
    cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-store-')), 'cache.sqlite'));
  });
  afterEach(() => cache.close());

  const load = (tickets = [
    makeTicket({ id: 'T-1', priority: 'low' }),
    makeTicket({ id: 'T-2', priority: 'urgent', assigneeId: 'agent-1' }),
    makeTicket({ id: 'T-3', security: true, language: 'ru' }),
    makeTicket({ id: 'T-4', status: 'closed' }),
    makeTicket({ id: 'T-5', language: 'de' }),
  ]) => cache.transaction(() => cache.tickets.applyServerData({ tickets, customers: [makeCustomer({ id: 'C-1' })], messages: [makeMessage({ id: 'M-1', ticketId: 'T-1' })] }));

  it('serves the queue in urgency order from the index, with customer names', () => {
    load();
    const rows = cache.tickets.queuePage('all', agent, 0, 50);
    expect(rows.map((r) => r.id)).toEqual(['T-3', 'T-2', 'T-5', 'T-1']);
    expect(rows[0]?.customerName).toBe('Ana García');
    expect(cache.tickets.count('all', agent)).toBe(4);
    const plan = cache.db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM tickets t WHERE t.active = 1 ORDER BY t.security DESC, t.due_sort, t.created_at, t.id LIMIT 50`).all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX tickets_queue/);
  });

  it('filters the views: mine, unassigned in my languages, security', () => {
    load();
    expect(cache.tickets.queuePage('mine', agent, 0, 50).map((r) => r.id)).toEqual(['T-2']);
    expect(cache.tickets.queuePage('unassigned', agent, 0, 50).map((r) => r.id)).toEqual(['T-1']);
    expect(cache.tickets.queuePage('security', agent, 0, 50).map((r) => r.id)).toEqual(['T-3']);
  });

  it('puts escalations waiting for acknowledgement at the top of the security view, longest waiting first, then taken cases, then the rest', () => {
    const sec = (id: string, over: Partial<Parameters<typeof makeTicket>[0]>) => makeTicket({ id, security: true, ...over });
    load([
      sec('T-taken-old', { escalatedAt: T0 - 86_400_000, acknowledgedAt: T0 - 86_000_000, priority: 'urgent' }),
      sec('T-flagged', { createdAt: T0 - 3_600_000 }),
      sec('T-waiting-new', { escalatedAt: T0 - 60_000 }),
      sec('T-taken-due-first', { escalatedAt: T0 - 7_200_000, acknowledgedAt: T0 - 7_000_000, createdAt: T0 - 7_300_000 }),
      sec('T-waiting-long', { escalatedAt: T0 - 600_000 }),
    ]);
    const order = cache.tickets.queuePage('security', agent, 0, 50).map((r) => r.id);
    expect(order).toEqual(['T-waiting-long', 'T-waiting-new', 'T-taken-due-first', 'T-taken-old', 'T-flagged']);
    order.forEach((id, index) => expect(cache.tickets.locate('security', agent, id)).toBe(index));
  });

  it('pages with offset and limit', () => {
    load(Array.from({ length: 30 }, (_, i) => makeTicket({ id: `T-${100 + i}`, createdAt: T0 + i })));
    const first = cache.tickets.queuePage('all', agent, 0, 10);
    const second = cache.tickets.queuePage('all', agent, 10, 10);
    expect(first).toHaveLength(10);
    expect(second[0]?.id).toBe('T-110');
  });

  it('never lets an older copy of a ticket replace a newer one', () => {
    load([makeTicket({ id: 'T-1', version: 5, status: 'pending' })]);
    load([makeTicket({ id: 'T-1', version: 3, status: 'open' })]);
    expect(cache.tickets.get('T-1')?.status).toBe('pending');
  });

  it('shows pending local changes over server state until the server confirms them', () => {
    load([makeTicket({ id: 'T-1', version: 1 })]);
    cache.transaction(() => {
      cache.outbox.enqueue({ ticketId: 'T-1', payload: { kind: 'update', changes: { status: 'solved' }, authorId: 'agent-1' }, baseVersion: 1, now: T0 });
      cache.tickets.refreshEffective('T-1');
    });
    expect(cache.tickets.get('T-1')?.status).toBe('solved');
    expect(cache.tickets.serverTicket('T-1')?.status).toBe('open');
    // A pull that predates the change keeps it replayed.
    load([makeTicket({ id: 'T-1', version: 1, subject: 'renamed' })]);
    expect(cache.tickets.get('T-1')).toMatchObject({ status: 'solved', subject: 'renamed' });
    // Delivered at version 2; once version 2 arrives, the server's word is the whole truth.
    const entry = cache.outbox.forTicket('T-1')[0]!;
    cache.outbox.markDelivered(entry.id, 2, T0);
    load([makeTicket({ id: 'T-1', version: 2, status: 'pending' })]);
    expect(cache.tickets.get('T-1')?.status).toBe('pending');
  });

  it('stores messages once, however often a page repeats them', () => {
    load();
    load();
    expect(cache.tickets.messages('T-1')).toHaveLength(1);
  });

  it('finds tickets by subject and message words with FTS5', () => {
    load([makeTicket({ id: 'T-1', subject: 'Retiro pendiente de USDT' })]);
    const bySubject = cache.db.prepare(`SELECT t.id FROM tickets_fts f JOIN tickets t ON t.rowid = f.rowid WHERE tickets_fts MATCH ?`).all('retiro') as Array<{ id: string }>;
    expect(bySubject.map((r) => r.id)).toEqual(['T-1']);
    // Messages are indexed in batches behind a watermark, not by triggers.
    expect(cache.messageSearch.backlog()).toBe(1);
    expect(cache.messageSearch.indexBatch(100)).toBe(1);
    expect(cache.messageSearch.indexBatch(100)).toBe(0);
    const byBody = cache.db.prepare(`SELECT m.ticket_id FROM messages_fts f JOIN messages m ON m.rowid = f.rowid WHERE messages_fts MATCH ?`).all('deposit') as Array<{ ticket_id: string }>;
    expect(byBody.map((r) => r.ticket_id)).toEqual(['T-1']);
  });
});

describe('outbox repository', () => {
  let cache: CacheStore;
  beforeEach(() => {
    cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-outbox-')), 'cache.sqlite'));
  });
  afterEach(() => cache.close());

  const reply = (ticketId: string, urgent = false) =>
    cache.outbox.enqueue({ ticketId, payload: { kind: 'reply', body: 'hi', authorId: 'a' }, baseVersion: 1, urgent, now: T0 });

  it('keeps per-ticket order and lets urgent entries jump the queue', () => {
    const a1 = reply('T-1');
    reply('T-1');
    const b1 = reply('T-2', true);
    expect(cache.outbox.nextSendable(T0)?.id).toBe(b1.id);
    cache.outbox.markDelivered(b1.id, 2, T0);
    expect(cache.outbox.nextSendable(T0)?.id).toBe(a1.id);
    // The second entry of T-1 may not overtake the first while the first waits for a retry.
    cache.outbox.markRetry(a1.id, 'HTTP 503', T0 + 10_000);
    expect(cache.outbox.nextSendable(T0)).toBeNull();
    expect(cache.outbox.nextSendable(T0 + 10_000)?.id).toBe(a1.id);
  });

  it('moves past a failed entry instead of blocking behind it forever', () => {
    const a1 = reply('T-1');
    const a2 = reply('T-1');
    cache.outbox.markFailed(a1.id, 'HTTP 422');
    expect(cache.outbox.nextSendable(T0)?.id).toBe(a2.id);
    expect(cache.outbox.counts()).toEqual({ pending: 1, failed: 1 });
  });

  it('keeps an entry in flight stored as pending, so a crash mid-send means it goes again', () => {
    const a1 = reply('T-1');
    expect(toPublicEntry(cache.outbox.get(a1.id)!, new Set([a1.id])).state).toBe('sending');
    expect(cache.outbox.get(a1.id)?.state).toBe('pending');
    expect(toPublicEntry(cache.outbox.get(a1.id)!, new Set()).state).toBe('pending');
  });

  it('gives every entry its own idempotency key', () => {
    const keys = new Set([reply('T-1').key, reply('T-1').key, reply('T-2').key]);
    expect(keys.size).toBe(3);
  });
});
