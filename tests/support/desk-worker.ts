// A desk without a window: the real cache and sync engine against a standalone backend, used by
// the crash tests (kill -9 at any moment, then start again on the same cache).
// Usage: node --import tsx tests/support/desk-worker.ts --data DIR --backend URL --token T [--enqueue N] [--escalate]
// --escalate: every fourth ticket is escalated as its fourth change, behind three ordinary ones.
// --batch-size N: changes per request (small, so a crash test's drain spans many runs).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EmbeddedConnector } from '../../main/services/connectors/embedded-connector';
import { createLogger } from '../../main/services/logging/logger';
import { openCacheStore } from '../../main/services/store/cache-store';
import { SyncEngine } from '../../main/services/sync/sync-engine';

const { values } = parseArgs({
  options: { data: { type: 'string' }, backend: { type: 'string' }, token: { type: 'string' }, enqueue: { type: 'string', default: '0' }, tickets: { type: 'string', default: '40' }, escalate: { type: 'boolean', default: false }, 'batch-size': { type: 'string' } },
});
const cache = openCacheStore(join(values.data!, 'cache.sqlite'));
const engine = new SyncEngine({
  cache,
  connector: new EmbeddedConnector(values.backend!, values.token!, { reconnectDelayMs: 100 }),
  logger: createLogger({ level: 'error', name: 'desk-worker' }),
  emit: () => {},
  pollIntervalMs: 200,
  ...(values['batch-size'] ? { batchSize: Number(values['batch-size']) } : {}),
});

// The mutations are queued against the bootstrapped cache; an outage at start-up only delays that.
while (cache.state.get<string>('pull.cursor') === null) {
  await engine.pull();
  if (cache.state.get<string>('pull.cursor') === null) await new Promise((resolve) => setTimeout(resolve, 100));
}
const wanted = Number(values.enqueue);
if (wanted > 0 && cache.state.get<boolean>('test.enqueued') !== true) {
  const tickets = Number(values.tickets);
  // One transaction: either every mutation is queued, or (after a kill) none and we try again.
  cache.transaction(() => {
    for (let i = 0; i < wanted; i++) {
      const ticketId = `T-${100001 + (i % tickets)}`;
      const server = cache.tickets.serverTicket(ticketId)!;
      const sequence = Math.floor(i / tickets);
      const body = `crash-test ${ticketId} #${sequence}`;
      if (values.escalate && sequence === 3 && (i % tickets) % 4 === 0) {
        // Urgent, behind entries of its own ticket: the holding reply carries the sequence number.
        const payload = { kind: 'escalate' as const, reason: 'account_takeover' as const, note: body, holdWithdrawals: false, holdingReply: { body, language: 'en' }, authorId: 'agent-frontline-1' };
        cache.outbox.enqueue({ ticketId, payload, baseVersion: server.version, urgent: true, now: Date.now() });
        continue;
      }
      cache.outbox.enqueue({ ticketId, payload: { kind: i % 5 === 4 ? 'note' : 'reply', body, authorId: 'agent-frontline-1' }, baseVersion: server.version, now: Date.now() });
    }
    cache.state.set('test.enqueued', true);
  });
  process.stdout.write(`enqueued ${wanted}\n`);
}
process.stdout.write('draining\n');
await engine.start();
for (;;) {
  await engine.drain();
  const counts = cache.outbox.counts();
  if (counts.pending === 0) {
    process.stdout.write(`drained, ${counts.failed} failed\n`);
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
}
await engine.stop();
cache.close();
