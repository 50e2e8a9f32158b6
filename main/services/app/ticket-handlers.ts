import type { Agent } from '../../../preload/contract';
import { bulkActionRefusal, ticketChangeRefusal } from '../domain/security-rights';
import type { TicketChanges } from '../domain/ticket-changes';
import { toPublicEntry, type QueuedMutation } from '../store/outbox-repository';
import { ticketDetail } from './ticket-detail';
import { takeChanges } from '../../../preload/rules/ticket-taking';
import { HandlerError, type ChannelHandlers } from './channel-handlers';
import { OutboxWriter, type OutboxWriterDeps } from './outbox-writer';
import { readsOn, type ReadPool } from '../workers/read-pool';
import type { CustomerDataGuard } from './customer-data-guard';
import { createReplyHandler } from './ticket-reply';

export { writtenSince } from './ticket-reply';

export interface TicketHandlerDeps extends OutboxWriterDeps {
  agent: () => Agent;
  /** Where search runs: the read workers (the desk), or in-process when absent. */
  reads?: ReadPool;
  /** Masks customer data in the ticket detail for this agent (the desk always has one). */
  privacy?: CustomerDataGuard;
}

type ReadChannels = 'queue.page' | 'queue.locate' | 'search.query' | 'ticket.get' | 'ticket.getMany' | 'settings.get' | 'outbox.failed';
type WriteChannels = 'ticket.takeNext' | 'ticket.reply' | 'ticket.update' | 'ticket.bulkUpdate' | 'settings.set' | 'draft.save' | 'outbox.retry' | 'outbox.discard';

/** Queue, ticket and outbox channels: reads from the cache, writes through the outbox. */
export function createTicketHandlers(deps: TicketHandlerDeps): Pick<ChannelHandlers, ReadChannels | WriteChannels> {
  return { ...ticketReadHandlers(deps), ...ticketWriteHandlers(deps) };
}

/** What the desk shows: the queue, search, ticket details, settings and the failed outbox entries. */
function ticketReadHandlers(deps: TicketHandlerDeps): Pick<ChannelHandlers, ReadChannels> {
  const { cache, now } = deps;
  const read = readsOn(deps.reads, cache.db);
  return {
    'queue.page': ({ view, offset, limit }) => ({
      view,
      offset,
      total: cache.tickets.count(view, deps.agent(), now()),
      rows: cache.tickets.queuePage(view, deps.agent(), offset, limit, now()),
    }),

    'queue.locate': ({ view, ticketId }) => ({ index: cache.tickets.locate(view, deps.agent(), ticketId, now()) }),

    // On a read worker; tookMs is the search's own time there.
    'search.query': async ({ text, limit }) => ({ query: text, ...(await read({ kind: 'search', text, limit: limit ?? 50, masked: deps.privacy?.hidden(null)('document') ?? false })) }),

    'ticket.get': ({ ticketId }) => ticketDetail(deps, ticketId),

    'ticket.getMany': ({ ticketIds }) => ticketIds.map((id) => ticketDetail(deps, id)),

    'settings.get': () => cache.settings.get(),

    'outbox.failed': ({ limit }) => ({
      entries: cache.outbox.failed(limit).map((e) => toPublicEntry(e, deps.sendingIds())),
      total: cache.outbox.counts().failed,
    }),
  };
}

/** What the agent changes: every change to a ticket goes through the outbox, in a durable transaction. */
function ticketWriteHandlers(deps: TicketHandlerDeps): Pick<ChannelHandlers, WriteChannels> {
  const { cache, now } = deps;
  const writer = new OutboxWriter(deps);

  /** The desk refuses what the backend would refuse anyway, before it sits in the outbox. */
  const checkRights = (ticketId: string, changes: TicketChanges) => {
    const ticket = cache.tickets.get(ticketId);
    const refusal = ticket ? ticketChangeRefusal(deps.agent().role, ticket, changes) : null;
    if (refusal) throw new HandlerError('forbidden', refusal);
  };

  /** The agent's decision on a failed entry (discard it, or send it again), committed with the ticket's view. */
  const decideFailed = (entryId: number, decision: 'discarded' | 'retried', apply: (existing: QueuedMutation) => boolean) => {
    const entry = cache.durableTransaction(() => {
      const existing = cache.outbox.get(entryId);
      if (!existing) throw new HandlerError('not_found', `no outbox entry ${entryId}`);
      if (!apply(existing)) throw new HandlerError('forbidden', `outbox entry ${entryId} is ${existing.state}, only failed entries can be ${decision}`);
      cache.tickets.refreshEffective(existing.ticketId);
      return cache.outbox.get(entryId)!;
    });
    deps.onQueued([entry.ticketId]);
    return { entry: toPublicEntry(entry, deps.sendingIds()) };
  };

  return {
    'ticket.takeNext': () => {
      const agent = deps.agent();
      const ticketId = cache.tickets.nextToTake(agent, now());
      if (ticketId === null) return { ticketId: null, entry: null };
      const { entry } = writer.enqueue(ticketId, { kind: 'update', changes: takeChanges(agent.id, cache.tickets.get(ticketId)?.status), authorId: agent.id });
      return { ticketId, entry };
    },

    'ticket.reply': createReplyHandler(deps, writer),

    'ticket.update': ({ ticketId, changes }) => {
      checkRights(ticketId, changes);
      return writer.enqueue(ticketId, { kind: 'update', changes, authorId: deps.agent().id });
    },

    'ticket.bulkUpdate': ({ ticketIds, changes }) => {
      const refusal = bulkActionRefusal(deps.agent().role);
      if (refusal) throw new HandlerError('forbidden', refusal);
      const authorId = deps.agent().id;
      const unique = [...new Set(ticketIds)];
      for (const id of unique) checkRights(id, changes);
      // All or nothing: a bulk action never half-happens.
      const entries = cache.durableTransaction(() => unique.map((id) => writer.enqueueOne(id, { kind: 'update', changes, authorId })));
      deps.onQueued(unique);
      return { entries: entries.map((e) => writer.toPublic(e)) };
    },

    'settings.set': (patch) => cache.durableTransaction(() => cache.settings.update(patch)),

    'draft.save': ({ ticketId, body }) => {
      // A draft belongs to a ticket the desk has: an id it does not know is refused, never stored.
      if (!cache.tickets.get(ticketId)) throw new HandlerError('not_found', `no ticket ${JSON.stringify(ticketId)} in the cache: a draft needs a ticket`);
      const at = now();
      cache.durableTransaction(() => cache.drafts.save(ticketId, body, at));
      return { savedAt: at };
    },

    'outbox.discard': ({ entryId }) => decideFailed(entryId, 'discarded', (existing) => cache.outbox.discard(existing.id)),

    // Re-based onto the ticket's current version: the agent applies theirs knowingly.
    'outbox.retry': ({ entryId }) => decideFailed(entryId, 'retried', (existing) => cache.outbox.requeue(existing.id, cache.tickets.serverTicket(existing.ticketId)?.version ?? existing.baseVersion)),
  };
}
