import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';

// A batch is what the one-at-a-time rule would hand out in a row: the property test of the
// scheduler proves that rule, this proves the batch pick never departs from it.
let cache: CacheStore | null = null;
const RUNS = Number(process.env.AGENTDESK_PROPERTY_RUNS ?? 300);
afterEach(() => cache?.close());

describe('outbox batch pick', () => {
  it('equals successive single picks, each adding its ticket to those in flight', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ ticket: fc.integer({ min: 1, max: 6 }), urgent: fc.boolean(), wait: fc.constantFrom(0, 0, 0, 5_000) }), { minLength: 1, maxLength: 30 }),
        fc.subarray([1, 2, 3, 4, 5, 6]),
        fc.integer({ min: 1, max: 8 }),
        (entries, inFlight, limit) => {
          cache?.close();
          cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-batch-pick-')), 'cache.sqlite'));
          const now = 1_000_000;
          for (const e of entries) {
            const ticketId = `T-${e.ticket}`;
            const payload = e.urgent
              ? { kind: 'escalate' as const, reason: 'account_takeover' as const, note: '', holdWithdrawals: false, holdingReply: null, authorId: 'a' }
              : { kind: 'note' as const, body: 'n', authorId: 'a' };
            const { id } = cache.outbox.enqueue({ ticketId, payload, baseVersion: 1, urgent: e.urgent, now });
            if (e.wait > 0) cache.outbox.markRetry(id, '{"kind":"unreachable"}', now + e.wait);
          }
          const busy = new Set(inFlight.map((n) => `T-${n}`));
          const batch = cache.outbox.nextSendables(now, busy, limit).map((e) => e.id);
          const oneByOne: number[] = [];
          const growing = new Set(busy);
          for (let i = 0; i < limit; i++) {
            const next = cache.outbox.nextSendable(now, growing);
            if (!next) break;
            oneByOne.push(next.id);
            growing.add(next.ticketId);
          }
          expect(batch).toEqual(oneByOne);
        },
      ),
      { numRuns: RUNS },
    );
    // Each run opens a cache of its own (its migrations included): the time grows with the runs.
  }, 30_000 + RUNS * 40);
});
