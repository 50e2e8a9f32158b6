import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOMAIN_OF_TOPIC, LANGUAGES, PRIORITIES, TICKET_STATUSES, TOPICS, type SurgeSnapshot, type Ticket } from '../../../preload/contract';
import { createSurgeHandlers } from '../../../main/services/app/surge-handlers';
import { isActive } from '../../../main/services/domain/queue-order';
import { responseDueAt } from '../../../main/services/domain/sla-policy';
import { minutesAgo, SOON_MINUTES } from '../../../main/services/domain/surge-stats';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { makeTicket, T0 } from '../fixtures/make-ticket';

const MIN = 60_000;
const NOW = T0 + 3 * 60 * MIN + 12_345;

describe('surge.snapshot from the cache', () => {
  let cache: CacheStore;
  let snapshot: (windowMinutes: number) => SurgeSnapshot;
  beforeEach(() => {
    cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-surge-')), 'cache.sqlite'));
    const handlers = createSurgeHandlers({ cache, now: () => NOW });
    snapshot = (windowMinutes) => handlers['surge.snapshot']({ windowMinutes }) as SurgeSnapshot;
  });
  afterEach(() => cache.close());

  const store = (tickets: Ticket[]) => cache.transaction(() => cache.tickets.applyServerData({ tickets, customers: [], messages: [] }));

  it('puts a ticket created exactly a minute ago into the minute before the latest, and one a millisecond later into the latest', () => {
    store([
      makeTicket({ id: 'T-1', createdAt: NOW - MIN, lastCustomerMessageAt: NOW - MIN }),
      makeTicket({ id: 'T-2', createdAt: NOW - MIN + 1, lastCustomerMessageAt: NOW - MIN + 1 }),
      makeTicket({ id: 'T-3', createdAt: NOW + 2_000, lastCustomerMessageAt: NOW + 2_000 }), // a backend clock slightly ahead
    ]);
    const { minutes, totals } = snapshot(5);
    expect(minutes.map((m) => m.incoming)).toEqual([0, 0, 0, 1, 2]);
    expect(minutes.map((m) => m.queueDepth)).toEqual([0, 0, 0, 1, 3]);
    expect(totals).toMatchObject({ open: 3, unassigned: 3, incomingLastMinute: 2 });
  });

  it('takes a solved ticket out of the queue depth from the minute it was solved', () => {
    store([
      makeTicket({ id: 'T-1', createdAt: NOW - 60 * MIN, lastCustomerMessageAt: NOW - 60 * MIN }),
      makeTicket({ id: 'T-2', status: 'solved', createdAt: NOW - 60 * MIN, updatedAt: NOW - 2.5 * MIN, firstResponseAt: NOW - 50 * MIN }),
      makeTicket({ id: 'T-3', status: 'closed', createdAt: NOW - 60 * MIN, updatedAt: NOW - 90 * MIN }),
    ]);
    const { minutes, totals } = snapshot(5);
    expect(minutes.map((m) => m.queueDepth)).toEqual([2, 2, 1, 1, 1]);
    expect(minutes.map((m) => m.solved)).toEqual([0, 0, 1, 0, 0]);
    expect(totals.open).toBe(1);
  });

  it('counts breaches and the next one to come from the SLA clocks', () => {
    store([
      // Urgent: due 15 minutes after creation, so 5 minutes ago.
      makeTicket({ id: 'T-1', priority: 'urgent', language: 'es', topic: 'withdrawal', createdAt: NOW - 20 * MIN, lastCustomerMessageAt: NOW - 20 * MIN }),
      // Security: due 5 minutes after creation, so in 3 minutes.
      makeTicket({ id: 'T-2', security: true, language: 'en', topic: 'account_compromise', assigneeId: 'agent-sec', createdAt: NOW - 2 * MIN, lastCustomerMessageAt: NOW - 2 * MIN }),
      // Waiting on the customer: no clock runs.
      makeTicket({ id: 'T-3', status: 'pending', priority: 'urgent', createdAt: NOW - 50 * MIN, lastCustomerMessageAt: NOW - 50 * MIN }),
    ]);
    const { totals, minutes, byLanguage, byDomain } = snapshot(10);
    expect(totals).toMatchObject({ open: 3, unassigned: 2, breached: 1, breachingSoon: 1, nextBreachInMs: 3 * MIN });
    // Due exactly at the end of the minute five minutes back: breached from that minute on.
    expect(minutes.map((m) => m.breached)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
    expect(byLanguage[0]).toEqual({ key: 'en', open: 2, breached: 0, incoming15m: 1, nextBreachInMs: 3 * MIN });
    expect(byDomain.find((r) => r.key === 'security')).toEqual({ key: 'security', open: 1, breached: 0, incoming15m: 1, nextBreachInMs: 3 * MIN });
  });

  it('agrees with a ticket-by-ticket count on a random cache', () => {
    const tickets = randomTickets(600, 7);
    store(tickets);
    for (const windowMinutes of [5, 30, 60]) expect(snapshot(windowMinutes)).toEqual(countOneByOne(tickets, NOW, windowMinutes));
  });
});

/** A mixed cache: a third of it older than the longest window, some tickets a few seconds ahead of the desk's clock. */
function randomTickets(count: number, seed: number): Ticket[] {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const createdAt = NOW - Math.floor(random() * 90 * MIN) + (random() < 0.02 ? 20_000 : 0);
    const status = pick(TICKET_STATUSES);
    const answered = random() < 0.5;
    const firstResponseAt = answered ? createdAt + Math.floor(random() * 30 * MIN) : null;
    const lastCustomerMessageAt = answered && random() < 0.5 ? firstResponseAt! + Math.floor(random() * 10 * MIN) : createdAt;
    const updatedAt = Math.max(createdAt, firstResponseAt ?? 0, lastCustomerMessageAt) + Math.floor(random() * 20 * MIN);
    return makeTicket({
      id: `T-${i + 1}`,
      status,
      priority: pick(PRIORITIES),
      security: random() < 0.1,
      language: pick(LANGUAGES.slice(0, 5)),
      topic: pick(TOPICS),
      assigneeId: random() < 0.4 ? 'agent-1' : null,
      createdAt,
      updatedAt,
      firstResponseAt,
      lastCustomerMessageAt,
    });
  });
}

/** The snapshot's rules applied to every ticket in turn, without SQL or aggregation. */
function countOneByOne(tickets: readonly Ticket[], now: number, n: number): SurgeSnapshot {
  const k = (at: number) => minutesAgo(at, now);
  const minutes = Array.from({ length: n }, (_, i) => ({ start: now - (n - i) * MIN, incoming: 0, solved: 0, queueDepth: 0, breached: 0 }));
  const at = (ago: number) => minutes[n - 1 - ago]!;
  for (const t of tickets) {
    if (k(t.createdAt) < n) at(k(t.createdAt)).incoming++;
    const active = isActive(t.status);
    if (!active && k(t.updatedAt) < n) at(k(t.updatedAt)).solved++;
    const firstDue = responseDueAt({ ...t, status: 'open', firstResponseAt: null });
    for (let ago = 0; ago < n; ago++) {
      const inQueue = k(t.createdAt) >= ago && (active || k(t.updatedAt) < ago);
      if (!inQueue) continue;
      at(ago).queueDepth++;
      const due = active ? responseDueAt(t) : firstDue;
      const answered = !active && t.firstResponseAt !== null && k(t.firstResponseAt) >= ago;
      if (due !== null && due <= now && k(due) >= ago && !answered) at(ago).breached++;
    }
  }
  const open = tickets.filter((t) => isActive(t.status));
  const dues = open.map((t) => responseDueAt(t));
  const upcoming = dues.filter((d): d is number => d !== null && d > now);
  const perMinute = minutes.map((m) => m.incoming).sort((a, b) => a - b);
  const median = n % 2 ? perMinute[n >> 1]! : (perMinute[n / 2 - 1]! + perMinute[n / 2]!) / 2;
  const last = minutes[n - 1]!.incoming;

  const rows = <K extends string>(keyOf: (t: Ticket) => K) => {
    const keys = new Set([...open.map(keyOf), ...tickets.filter((t) => k(t.createdAt) < SOON_MINUTES).map(keyOf)]);
    return [...keys]
      .map((key) => {
        const mine = open.filter((t) => keyOf(t) === key);
        const next = mine.map((t) => responseDueAt(t)).filter((d): d is number => d !== null && d > now);
        return {
          key,
          open: mine.length,
          breached: mine.filter((t) => (responseDueAt(t) ?? Infinity) <= now).length,
          incoming15m: tickets.filter((t) => keyOf(t) === key && k(t.createdAt) < SOON_MINUTES).length,
          nextBreachInMs: next.length ? Math.min(...next) - now : null,
        };
      })
      .sort((a, b) => b.open - a.open || b.breached - a.breached || b.incoming15m - a.incoming15m || (a.key < b.key ? -1 : 1));
  };

  return {
    generatedAt: now,
    windowMinutes: n,
    minutes,
    totals: {
      open: open.length,
      unassigned: open.filter((t) => t.assigneeId === null).length,
      breached: dues.filter((d) => d !== null && d <= now).length,
      breachingSoon: upcoming.filter((d) => d <= now + SOON_MINUTES * MIN).length,
      incomingLastMinute: last,
      incomingPerMinute: minutes.reduce((s, m) => s + m.incoming, 0) / n,
      surgeFactor: median > 0 ? last / median : null,
      nextBreachInMs: upcoming.length ? Math.min(...upcoming) - now : null,
    },
    byLanguage: rows((t) => t.language),
    byDomain: rows((t) => DOMAIN_OF_TOPIC[t.topic]),
    byTopic: rows((t) => t.topic),
  } as SurgeSnapshot;
}
