import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agent, Ticket } from '../../../preload/contract';
import { compareForSecurityDesk, securityLane } from '../../../main/services/domain/security-desk-order';
import { openCacheStore } from '../../../main/services/store/cache-store';
import { makeCustomer, makeTicket, T0 } from '../fixtures/make-ticket';

const security: Agent = { id: 'agent-security-1', name: 'Sam', email: 'sam@desk', role: 'security', languages: ['en'], domains: [] };
const sec = (id: string, over: Partial<Ticket> = {}) => makeTicket({ id, security: true, ...over });
const sorted = (tickets: Ticket[]) => [...tickets].sort((a, b) => compareForSecurityDesk(a, b)).map((t) => t.id);

describe('the security desk order', () => {
  it('puts cases waiting for acknowledgement first, the longest waiting on top, then acknowledged ones, then the other security cases', () => {
    const tickets = [
      sec('T-acked-due-first', { escalatedAt: T0 - 86_400_000, acknowledgedAt: T0 - 86_000_000, createdAt: T0 - 90_000_000 }),
      sec('T-flagged', { createdAt: T0 - 3_600_000 }),
      sec('T-waiting-new', { escalatedAt: T0 - 60_000, priority: 'urgent' }),
      sec('T-acked-due-later', { escalatedAt: T0 - 7_200_000, acknowledgedAt: T0 - 7_000_000 }),
      sec('T-waiting-long', { escalatedAt: T0 - 600_000, priority: 'low' }),
    ];
    // A waiting case outranks any acknowledged one, even one due sooner: its timer is running.
    expect(sorted(tickets)).toEqual(['T-waiting-long', 'T-waiting-new', 'T-acked-due-first', 'T-acked-due-later', 'T-flagged']);
    expect(tickets.map((t) => securityLane(t))).toEqual(['taken', 'flagged', 'waiting', 'taken', 'waiting']);
  });

  it('moves a case down once it is acknowledged', () => {
    const a = sec('T-a', { escalatedAt: T0 - 1000 });
    const b = sec('T-b', { escalatedAt: T0 - 500 });
    expect(sorted([a, b])).toEqual(['T-a', 'T-b']);
    expect(sorted([{ ...a, acknowledgedAt: T0 }, b])).toEqual(['T-b', 'T-a']);
  });

  it('is the order the cache serves the security view in (200 random cases, 30 runs)', () => {
    const caseArb = fc.record({
      escalated: fc.boolean(),
      acknowledged: fc.boolean(),
      escalatedAgo: fc.integer({ min: 0, max: 5 }).map((n) => n * 600_000),
      createdAgo: fc.integer({ min: 0, max: 5 }).map((n) => n * 3_600_000),
      priority: fc.constantFrom('low', 'normal', 'high', 'urgent' as const),
      answered: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(caseArb, { minLength: 1, maxLength: 200 }), (cases) => {
        const tickets = cases.map((c, i) =>
          sec(`T-${1000 + i}`, {
            priority: c.priority as Ticket['priority'],
            createdAt: T0 - c.createdAgo,
            escalatedAt: c.escalated ? T0 - c.escalatedAgo : null,
            acknowledgedAt: c.escalated && c.acknowledged ? T0 - c.escalatedAgo + 60_000 : null,
            firstResponseAt: c.answered ? T0 - c.createdAgo + 1000 : null,
          }),
        );
        const cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-security-order-')), 'cache.sqlite'));
        try {
          cache.transaction(() => cache.tickets.applyServerData({ tickets, customers: [makeCustomer({ id: 'C-1' })], messages: [] }));
          const served = cache.tickets.queuePage('security', security, 0, 500).map((r) => r.id);
          expect(served).toEqual(sorted(tickets));
        } finally {
          cache.close();
        }
      }),
      { numRuns: 30 },
    );
  });
});
