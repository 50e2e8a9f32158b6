import { describe, expect, it } from 'vitest';
import { computeSurgeSnapshot, medianOf, minutesAgo, type ClosedTicketFacts, type OpenGroupCounts, type SurgeFacts } from '../../../main/services/domain/surge-stats';
import { T0 } from '../fixtures/make-ticket';

const MIN = 60_000;
// Deliberately not on a clock minute: the timeline's minutes end at "now", not at :00.
const NOW = T0 + 30 * MIN + 20_000;

function facts(overrides: Partial<SurgeFacts>): SurgeFacts {
  return { now: NOW, windowMinutes: 10, openGroups: [], openArrivals: [], openDue: [], incoming: [], closed: [], ...overrides };
}

function group(overrides: Partial<OpenGroupCounts> & Pick<OpenGroupCounts, 'language' | 'topic' | 'open'>): OpenGroupCounts {
  return { unassigned: 0, breached: 0, breachingSoon: 0, nextDueAt: null, ...overrides };
}

function closed(overrides: Partial<ClosedTicketFacts> & Pick<ClosedTicketFacts, 'createdAt' | 'closedAt'>): ClosedTicketFacts {
  return { priority: 'normal', security: false, firstResponseAt: null, ...overrides };
}

describe('surge minutes', () => {
  it('counts minutes back from now: the latest minute ends now and holds a clock running slightly ahead', () => {
    expect(minutesAgo(NOW, NOW)).toBe(0);
    expect(minutesAgo(NOW - MIN + 1, NOW)).toBe(0);
    expect(minutesAgo(NOW - MIN, NOW)).toBe(1);
    expect(minutesAgo(NOW - 10 * MIN, NOW)).toBe(10);
    expect(minutesAgo(NOW + 5_000, NOW)).toBe(0);
    expect(minutesAgo(NOW + 5 * MIN, NOW)).toBe(0);
  });

  it('takes the mean of the middle two for an even count', () => {
    expect(medianOf([])).toBe(0);
    expect(medianOf([3, 1, 2])).toBe(2);
    expect(medianOf([4, 0, 4, 0])).toBe(2);
  });
});

describe('surge snapshot', () => {
  it('describes an empty cache as a quiet window of zeros, with no surge factor and no breach to come', () => {
    const snapshot = computeSurgeSnapshot(facts({}));
    expect(snapshot.generatedAt).toBe(NOW);
    expect(snapshot.windowMinutes).toBe(10);
    expect(snapshot.minutes).toHaveLength(10);
    expect(snapshot.minutes[0]!.start).toBe(NOW - 10 * MIN);
    expect(snapshot.minutes[9]!.start).toBe(NOW - MIN);
    expect(snapshot.minutes.every((m) => m.incoming === 0 && m.solved === 0 && m.queueDepth === 0 && m.breached === 0)).toBe(true);
    expect(snapshot.totals).toEqual({ open: 0, unassigned: 0, breached: 0, breachingSoon: 0, incomingLastMinute: 0, incomingPerMinute: 0, surgeFactor: null, nextBreachInMs: null });
    expect(snapshot.byLanguage).toEqual([]);
    expect(snapshot.byDomain).toEqual([]);
    expect(snapshot.byTopic).toEqual([]);
  });

  it('sets the latest minute against the window’s median, and leaves the factor out when the median is zero', () => {
    const surging = computeSurgeSnapshot(
      facts({
        windowMinutes: 5,
        incoming: [
          { minutesAgo: 0, language: 'en', topic: 'market_incident', count: 9 },
          { minutesAgo: 0, language: 'es', topic: 'withdrawal', count: 3 },
          { minutesAgo: 1, language: 'en', topic: 'deposit', count: 2 },
          { minutesAgo: 2, language: 'en', topic: 'deposit', count: 1 },
          { minutesAgo: 3, language: 'ru', topic: 'kyc', count: 2 },
          { minutesAgo: 4, language: 'lt', topic: 'fees', count: 3 },
          // Older than the window: only a breakdown's last 15 minutes see it.
          { minutesAgo: 7, language: 'en', topic: 'deposit', count: 40 },
        ],
      }),
    );
    expect(surging.minutes.map((m) => m.incoming)).toEqual([3, 2, 1, 2, 12]);
    expect(surging.totals.incomingLastMinute).toBe(12);
    expect(surging.totals.incomingPerMinute).toBe(4);
    expect(surging.totals.surgeFactor).toBe(6); // median of 1, 2, 2, 3, 12 is 2

    const fromNothing = computeSurgeSnapshot(facts({ windowMinutes: 5, incoming: [{ minutesAgo: 0, language: 'en', topic: 'deposit', count: 5 }] }));
    expect(fromNothing.totals.incomingLastMinute).toBe(5);
    expect(fromNothing.totals.surgeFactor).toBeNull();
  });

  it('rebuilds the queue depth of every minute: arrivals join it, solved tickets leave it', () => {
    const a = closed({ createdAt: NOW - 8.5 * MIN, closedAt: NOW - 3.5 * MIN });
    const b = closed({ createdAt: NOW - 60 * MIN, closedAt: NOW - 0.5 * MIN }); // in the queue since before the window
    const c = closed({ createdAt: NOW - 6.2 * MIN, closedAt: NOW - 6.1 * MIN }); // came and went within one minute
    const snapshot = computeSurgeSnapshot(
      facts({
        openGroups: [group({ language: 'en', topic: 'deposit', open: 7 })],
        // Four of the seven arrived before the window.
        openArrivals: [
          { minutesAgo: 2, count: 1 },
          { minutesAgo: 5, count: 2 },
        ],
        incoming: [
          { minutesAgo: 2, language: 'en', topic: 'deposit', count: 1 },
          { minutesAgo: 5, language: 'en', topic: 'deposit', count: 2 },
          { minutesAgo: 6, language: 'en', topic: 'deposit', count: 1 },
          { minutesAgo: 8, language: 'en', topic: 'deposit', count: 1 },
        ],
        closed: [a, b, c],
      }),
    );
    const minutes = snapshot.minutes;
    expect(minutes.map((m) => m.queueDepth)).toEqual([5, 6, 6, 6, 8, 8, 7, 8, 8, 7]);
    expect(minutes.map((m) => m.solved)).toEqual([0, 0, 0, 1, 0, 0, 1, 0, 0, 1]);
    expect(minutes.at(-1)!.queueDepth).toBe(snapshot.totals.open);
    // Every minute's change is what came in less what was solved.
    for (let i = 1; i < minutes.length; i++) {
      expect(minutes[i]!.queueDepth - minutes[i - 1]!.queueDepth).toBe(minutes[i]!.incoming - minutes[i]!.solved);
    }
  });

  it('counts breaches minute by minute: open tickets from when they fell due, closed ones until they were answered or closed', () => {
    const snapshot = computeSurgeSnapshot(
      facts({
        openGroups: [group({ language: 'en', topic: 'withdrawal', open: 5, breached: 3, breachingSoon: 1, nextDueAt: NOW + 4 * MIN })],
        // One of the three breached fell due before the window.
        openDue: [
          { minutesAgo: 1, count: 1 },
          { minutesAgo: 6, count: 1 },
        ],
        closed: [
          // Urgent (15 minutes): due 10 minutes ago, answered 4.5 minutes ago, solved later.
          closed({ priority: 'urgent', createdAt: NOW - 25 * MIN, firstResponseAt: NOW - 4.5 * MIN, closedAt: NOW - 2.5 * MIN }),
          // Security (5 minutes): due 2.5 minutes ago, never answered, closed half a minute ago.
          closed({ priority: 'low', security: true, createdAt: NOW - 7.5 * MIN, closedAt: NOW - 0.5 * MIN }),
          // Normal (four hours): solved long before it was due.
          closed({ createdAt: NOW - 9 * MIN, closedAt: NOW - MIN }),
        ],
      }),
    );
    expect(snapshot.minutes.map((m) => m.breached)).toEqual([2, 2, 2, 3, 3, 2, 2, 3, 4, 3]);
    expect(snapshot.totals).toMatchObject({ open: 5, breached: 3, breachingSoon: 1, nextBreachInMs: 4 * MIN });
  });

  it('breaks the queue down by language, domain and topic, largest first, with the last 15 minutes of arrivals', () => {
    const snapshot = computeSurgeSnapshot(
      facts({
        windowMinutes: 5,
        openGroups: [
          group({ language: 'en', topic: 'deposit', open: 4, unassigned: 3, breached: 1, nextDueAt: NOW + 10 * MIN }),
          group({ language: 'en', topic: 'withdrawal', open: 2, unassigned: 1, breached: 2, nextDueAt: NOW + 3 * MIN }),
          group({ language: 'es', topic: 'kyc', open: 4 }),
          group({ language: 'lt', topic: 'fees', open: 1, breached: 1, breachingSoon: 1, nextDueAt: NOW + MIN }),
        ],
        incoming: [
          { minutesAgo: 0, language: 'lt', topic: 'api_keys', count: 3 },
          { minutesAgo: 14, language: 'es', topic: 'kyc', count: 2 },
          { minutesAgo: 15, language: 'en', topic: 'deposit', count: 5 },
        ],
      }),
    );
    expect(snapshot.totals).toMatchObject({ open: 11, unassigned: 4, breached: 4, breachingSoon: 1, nextBreachInMs: MIN });
    expect(snapshot.byLanguage).toEqual([
      { key: 'en', open: 6, breached: 3, incoming15m: 0, nextBreachInMs: 3 * MIN },
      { key: 'es', open: 4, breached: 0, incoming15m: 2, nextBreachInMs: null },
      { key: 'lt', open: 1, breached: 1, incoming15m: 3, nextBreachInMs: MIN },
    ]);
    expect(snapshot.byDomain).toEqual([
      { key: 'funds', open: 7, breached: 4, incoming15m: 0, nextBreachInMs: MIN },
      { key: 'account', open: 4, breached: 0, incoming15m: 2, nextBreachInMs: null },
      { key: 'security', open: 0, breached: 0, incoming15m: 3, nextBreachInMs: null },
    ]);
    // Equal in size: the one with more breaches first.
    expect(snapshot.byTopic.map((r) => r.key)).toEqual(['deposit', 'kyc', 'withdrawal', 'fees', 'api_keys']);
  });
});
