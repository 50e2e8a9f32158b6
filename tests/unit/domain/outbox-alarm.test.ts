import { describe, expect, it } from 'vitest';
import { STALL_AFTER_MS, URGENT_LATE_MS, outboxAlarm, type OutboxHealthInput } from '../../../main/services/domain/outbox-alarm';

const T0 = 1_700_000_000_000;
const base: OutboxHealthInput = { now: T0, oldest: null, oldestUrgent: null, lastProgressAt: T0, connection: 'online', rateLimited: false, pending: 0 };
const due = (ticketId: string, since: number, attempts = 0) => ({ ticketId, since, attempts });

describe('outbox alarm', () => {
  it('stays quiet while nothing waits, and while a long backlog keeps moving', () => {
    expect(outboxAlarm(base)).toBeNull();
    const old = due('T-1', T0 - 10 * STALL_AFTER_MS);
    expect(outboxAlarm({ ...base, oldest: old, pending: 5000, lastProgressAt: T0 - 1000 })).toBeNull();
  });

  it('calls the outbox stalled once nothing has moved for longer than the longest backoff, naming the oldest entry', () => {
    const old = due('T-7', T0 - STALL_AFTER_MS - 1);
    expect(outboxAlarm({ ...base, oldest: old, pending: 373, lastProgressAt: T0 - STALL_AFTER_MS - 1 })).toEqual({ kind: 'stalled', ticketId: 'T-7', since: old.since, cause: 'not_sent', pending: 373 });
    expect(outboxAlarm({ ...base, oldest: old, pending: 1, lastProgressAt: T0 - STALL_AFTER_MS + 1 })).toBeNull();
  });

  it('raises an escalation still on the desk after 5 s, whatever the connection, before any stall', () => {
    const urgent = due('T-9', T0 - URGENT_LATE_MS - 1);
    expect(outboxAlarm({ ...base, oldestUrgent: urgent, oldest: due('T-1', T0 - 10 * STALL_AFTER_MS), lastProgressAt: 0, pending: 2 })).toMatchObject({ kind: 'urgent_waiting', ticketId: 'T-9' });
    expect(outboxAlarm({ ...base, oldestUrgent: due('T-9', T0 - URGENT_LATE_MS + 1) })).toBeNull();
  });

  it('says what holds the work: the backend away, a rate limit, retries, or the desk itself', () => {
    const urgent = (attempts: number) => due('T-9', T0 - 60_000, attempts);
    expect(outboxAlarm({ ...base, oldestUrgent: urgent(3), connection: 'offline' })?.cause).toBe('offline');
    expect(outboxAlarm({ ...base, oldestUrgent: urgent(3), rateLimited: true })?.cause).toBe('rate_limited');
    expect(outboxAlarm({ ...base, oldestUrgent: urgent(3) })?.cause).toBe('retrying');
    expect(outboxAlarm({ ...base, oldestUrgent: urgent(0) })?.cause).toBe('not_sent');
  });
});
