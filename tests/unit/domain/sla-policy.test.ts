import { describe, expect, it } from 'vitest';
import { DEFAULT_SLA_POLICY, responseDueAt } from '../../../main/services/domain/sla-policy';
import { compareByUrgency, queueRank, NOT_DUE } from '../../../main/services/domain/queue-order';
import { makeTicket, T0 } from '../fixtures/make-ticket';

const MIN = 60_000;

describe('SLA clocks', () => {
  it('counts the first response from creation, by priority', () => {
    expect(responseDueAt(makeTicket({ id: 'T-1', priority: 'urgent' }))).toBe(T0 + 15 * MIN);
    expect(responseDueAt(makeTicket({ id: 'T-1', priority: 'low' }))).toBe(T0 + 1440 * MIN);
  });

  it('runs security cases on the short clock whatever their priority', () => {
    expect(responseDueAt(makeTicket({ id: 'T-1', priority: 'low', security: true }))).toBe(T0 + DEFAULT_SLA_POLICY.securityFirstResponseMinutes * MIN);
  });

  it('counts the next response from the customer’s latest message once answered', () => {
    const answered = makeTicket({ id: 'T-1', priority: 'high', firstResponseAt: T0 + 10 * MIN, lastCustomerMessageAt: T0 + 30 * MIN });
    expect(responseDueAt(answered)).toBe(T0 + 30 * MIN + 120 * MIN);
  });

  it('stops when nobody waits on the agent', () => {
    expect(responseDueAt(makeTicket({ id: 'T-1', status: 'pending' }))).toBeNull();
    expect(responseDueAt(makeTicket({ id: 'T-1', status: 'solved' }))).toBeNull();
    expect(responseDueAt(makeTicket({ id: 'T-1', firstResponseAt: T0 + MIN, lastCustomerMessageAt: T0 }))).toBeNull();
  });
});

describe('queue order', () => {
  it('puts security first, then the earliest due, then the oldest', () => {
    const sorted = [
      makeTicket({ id: 'T-low', priority: 'low' }),
      makeTicket({ id: 'T-urgent', priority: 'urgent' }),
      makeTicket({ id: 'T-sec', priority: 'low', security: true, createdAt: T0 + 60 * MIN }),
      makeTicket({ id: 'T-waiting-on-customer', status: 'pending', priority: 'urgent' }),
      makeTicket({ id: 'T-urgent-older', priority: 'urgent', createdAt: T0 - MIN }),
    ].sort(compareByUrgency);
    expect(sorted.map((t) => t.id)).toEqual(['T-sec', 'T-urgent-older', 'T-urgent', 'T-low', 'T-waiting-on-customer']);
  });

  it('ranks tickets nobody waits on after every real due time', () => {
    expect(queueRank(makeTicket({ id: 'T-1', status: 'pending' })).dueSort).toBe(NOT_DUE);
    expect(queueRank(makeTicket({ id: 'T-1', status: 'closed' })).active).toBe(false);
  });
});
