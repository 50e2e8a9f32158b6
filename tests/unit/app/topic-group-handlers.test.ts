import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent, Ticket } from '../../../preload/contract';
import { createTopicGroupHandlers } from '../../../main/services/app/topic-group-handlers';
import { MAX_BULK_TICKETS } from '../../../preload/contract';
import { loadStarterLibrary } from '../../../main/services/domain/starter-library';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { orderOf, viewFilter } from '../../../main/services/store/ticket-repository';
import { makeCustomer, makeTicket, T0 } from '../fixtures/make-ticket';

const me: Agent = { id: 'agent-1', name: 'Rūta Petrauskaitė', email: 'ruta@desk', role: 'frontline', languages: ['en', 'lt'], domains: [] };
const MINUTE = 60_000;
/** Two hours in: high (60 min) and urgent (15 min) first responses are late, normal (240 min) ones are not. */
const NOW = T0 + 120 * MINUTE;

describe('topic group handlers', () => {
  let cache: CacheStore;
  let handlers: ReturnType<typeof createTopicGroupHandlers>;

  const load = (tickets: Ticket[]) =>
    cache.transaction(() => cache.tickets.applyServerData({ tickets, customers: [makeCustomer({ id: 'C-1' })], messages: [] }));

  beforeEach(() => {
    cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-topic-groups-')), 'cache.sqlite'));
    cache.transaction(() => cache.reference.replaceBackendMacros(loadStarterLibrary()));
    handlers = createTopicGroupHandlers({ cache, agent: () => me, now: () => NOW, sendingIds: () => new Set(), onQueued: () => {} });
  });
  afterEach(() => cache.close());

  const incidentQueue = (): Ticket[] => [
    makeTicket({ id: 'W-1', topic: 'withdrawal', language: 'es', priority: 'high', createdAt: T0 + 1 }),
    makeTicket({ id: 'W-2', topic: 'withdrawal', language: 'ru', createdAt: T0 + 2 }),
    makeTicket({ id: 'W-3', topic: 'withdrawal', language: 'lt', priority: 'urgent', assigneeId: 'agent-1', createdAt: T0 + 3 }),
    makeTicket({ id: 'W-4', topic: 'withdrawal', language: 'es', createdAt: T0 + 4 }),
    makeTicket({ id: 'M-1', topic: 'market_incident', language: 'en', priority: 'high', createdAt: T0 + 5 }),
    makeTicket({ id: 'M-2', topic: 'market_incident', language: 'en', createdAt: T0 + 6 }),
    makeTicket({ id: 'M-3', topic: 'market_incident', language: 'de', priority: 'urgent', createdAt: T0 + 7 }),
    makeTicket({ id: 'K-1', topic: 'kyc', language: 'lt', createdAt: T0 + 8 }),
    makeTicket({ id: 'S-1', topic: 'account_compromise', language: 'en', security: true, createdAt: T0 + 9 }),
    // Out of the working views: solved, or snoozed past NOW.
    makeTicket({ id: 'W-solved', topic: 'withdrawal', status: 'solved', createdAt: T0 + 10 }),
    makeTicket({ id: 'W-snoozed', topic: 'withdrawal', snoozedUntil: NOW + 60 * MINUTE, createdAt: T0 + 11 }),
  ];

  it('groups the open tickets of the view by topic: counts, SLA breaches, languages, largest group first', async () => {
    load(incidentQueue());
    const { groups } = await handlers['queue.topicGroups']({ view: 'all' });
    expect(groups).toEqual([
      { topic: 'withdrawal', count: 4, breached: 2, languages: { es: 2, ru: 1, lt: 1 }, suggestedMacroId: 'starter.withdrawal-delayed' },
      { topic: 'market_incident', count: 3, breached: 2, languages: { en: 2, de: 1 }, suggestedMacroId: 'starter.market-incident-notice' },
      // Security cases run on a 5-minute clock: long past due. Their holding reply goes only with an escalation.
      { topic: 'account_compromise', count: 1, breached: 1, languages: { en: 1 }, suggestedMacroId: null },
      { topic: 'kyc', count: 1, breached: 0, languages: { lt: 1 }, suggestedMacroId: 'starter.kyc-onboarding' },
    ]);
    // The groups add up to the view.
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(cache.tickets.count('all', me, NOW));
  });

  it('follows each view’s own membership rules', async () => {
    load(incidentQueue());
    const topicsOf = async (view: 'mine' | 'unassigned' | 'security' | 'snoozed') =>
      (await handlers['queue.topicGroups']({ view })).groups.map((g) => [g.topic, g.count] as const);
    expect(await topicsOf('mine')).toEqual([['withdrawal', 1]]);
    // Unassigned, in this agent's languages (en, lt): no Spanish, Russian or German.
    expect(await topicsOf('unassigned')).toEqual([
      ['market_incident', 2],
      ['account_compromise', 1],
      ['kyc', 1],
    ]);
    expect(await topicsOf('security')).toEqual([['account_compromise', 1]]);
    expect(await topicsOf('snoozed')).toEqual([['withdrawal', 1]]);
  });

  it('suggests no macro for a topic the shared library does not cover, even when a personal one does', async () => {
    cache.transaction(() => {
      cache.reference.replaceBackendMacros(loadStarterLibrary().filter((m) => m.topic !== 'market_incident'));
      cache.macros.savePersonal({ title: 'My incident note', topic: 'market_incident', keywords: [], bodies: [{ language: 'en', body: 'Hello' }], requiredFields: [], actions: {} });
    });
    load(incidentQueue());
    const { groups } = await handlers['queue.topicGroups']({ view: 'all' });
    expect(groups.find((g) => g.topic === 'market_incident')?.suggestedMacroId).toBeNull();
    expect(groups.find((g) => g.topic === 'withdrawal')?.suggestedMacroId).toBe('starter.withdrawal-delayed');
  });

  it('lists a group’s tickets in queue order, the same order queue.page shows them', async () => {
    load(incidentQueue());
    const { ticketIds } = await handlers['queue.topicTickets']({ view: 'all', topic: 'withdrawal' });
    const queueOrder = cache.tickets
      .queuePage('all', me, 0, 100, NOW)
      .filter((r) => r.topic === 'withdrawal')
      .map((r) => r.id);
    expect(ticketIds).toEqual(queueOrder);
    // Urgent before high before normal (earliest SLA first); oldest first among equals.
    expect(ticketIds).toEqual(['W-3', 'W-1', 'W-2', 'W-4']);
    expect((await handlers['queue.topicTickets']({ view: 'mine', topic: 'withdrawal' })).ticketIds).toEqual(['W-3']);
    expect((await handlers['queue.topicTickets']({ view: 'all', topic: 'fees' })).ticketIds).toEqual([]);
  });

  it('pages a group’s rows with its total, as the queue shows them', async () => {
    load(incidentQueue());
    const first = await handlers['queue.topicPage']({ view: 'all', topic: 'withdrawal', offset: 0, limit: 3 });
    const second = await handlers['queue.topicPage']({ view: 'all', topic: 'withdrawal', offset: 3, limit: 3 });
    expect(first.total).toBe(4);
    expect(first.rows.map((r) => r.id)).toEqual(['W-3', 'W-1', 'W-2']);
    expect(second.rows.map((r) => r.id)).toEqual(['W-4']);
    expect(first.rows[0]).toMatchObject({ topic: 'withdrawal', language: 'lt', priority: 'urgent', customerName: 'Ana García', assigneeId: 'agent-1', pendingChanges: 0 });
  });

  it('stops a group’s ticket list at what one incident reply can take', async () => {
    const many = Array.from({ length: MAX_BULK_TICKETS + 5 }, (_, i) => makeTicket({ id: `D-${String(i).padStart(4, '0')}`, topic: 'deposit', createdAt: T0 + i }));
    load(many);
    const { ticketIds } = await handlers['queue.topicTickets']({ view: 'all', topic: 'deposit' });
    expect(ticketIds).toHaveLength(MAX_BULK_TICKETS);
    expect(ticketIds[0]).toBe('D-0000');
    expect(ticketIds.at(-1)).toBe(`D-${String(MAX_BULK_TICKETS - 1).padStart(4, '0')}`);
    const { groups } = await handlers['queue.topicGroups']({ view: 'all' });
    expect(groups).toEqual([expect.objectContaining({ topic: 'deposit', count: MAX_BULK_TICKETS + 5 })]);
  });

  it('counts the groups and pages a group from covering indexes, never the wide rows', () => {
    load(incidentQueue());
    const plan = (sql: string, params: unknown[]) =>
      (cache.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((p) => p.detail).join(' | ');
    for (const view of ['all', 'unassigned', 'security'] as const) {
      const f = viewFilter(view, me, NOW);
      const counts = `SELECT t.topic, t.language, COUNT(*), SUM(CASE WHEN t.due_sort <= ? THEN 1 ELSE 0 END) FROM tickets t WHERE ${f.where} GROUP BY t.topic, t.language`;
      expect(plan(counts, [NOW, ...f.params]), view).toMatch(/COVERING INDEX tickets_topic_cells/);
    }
    const f = viewFilter('all', me, NOW);
    expect(plan(`SELECT t.id FROM tickets t WHERE ${f.where} AND t.topic = ? ${orderOf('all')} LIMIT 100 OFFSET 200`, [...f.params, 'deposit'])).toMatch(
      /COVERING INDEX tickets_topic_queue \(topic=\? AND active=\?\)/,
    );
  });
});
