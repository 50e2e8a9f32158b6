import type { Agent, Macro, Message, ReplyNotice, Ticket } from '../../../preload/contract';
import { macroActionChanges } from '../domain/macro-actions';
import { withQualityReview } from '../domain/quality-review';
import { bulkActionRefusal, ticketChangeRefusal } from '../domain/security-rights';
import type { TicketChanges } from '../domain/ticket-changes';
import { toPublicEntry, type QueuedMutation } from '../store/outbox-repository';
import { ticketDetail } from './ticket-detail';
import { takeChanges } from '../../../preload/rules/ticket-taking';
import { hasUnfilledPlaceholder } from '../../../preload/rules/unfilled-placeholder';
import { HandlerError, type ChannelHandlers } from './channel-handlers';
import { OutboxWriter, type OutboxWriterDeps } from './outbox-writer';
import { readsOn, type ReadPool } from '../workers/read-pool';
import type { CustomerDataGuard } from './customer-data-guard';
import { crossCustomerLeak } from './privacy-handlers';

export interface TicketHandlerDeps extends OutboxWriterDeps {
  agent: () => Agent;
  /** Where search runs: the read workers (the desk), or in-process when absent. */
  reads?: ReadPool;
  /** Masks customer data in the ticket detail for this agent (the desk always has one). */
  privacy?: CustomerDataGuard;
}

/**
 * Messages by anyone but me after the one the agent last saw (null: saw none). An unknown id
 * (say, a message the cache has not got yet) cannot be placed, so it warns of nothing.
 */
export function writtenSince(messages: readonly Message[], lastSeenMessageId: string | null, me: string): Message[] {
  const start = lastSeenMessageId === null ? 0 : messages.findIndex((m) => m.id === lastSeenMessageId) + 1;
  if (start === 0 && lastSeenMessageId !== null) return [];
  return messages.slice(start).filter((m) => !(m.authorType === 'agent' && m.authorId === me));
}

/**
 * The ticket changes the macros of a reply ask for. A status this agent may not set is left out
 * (with a notice) rather than holding back the rest; an executive's reply or note is marked for
 * quality review in the same commit as the words.
 */
function replyActions(agent: Agent, ticket: Ticket | null, macros: readonly Macro[]): { actions: TicketChanges; notice: ReplyNotice | null } {
  if (!ticket) return { actions: {}, notice: null };
  const changes = macroActionChanges(macros, ticket, agent.id);
  let notice: ReplyNotice | null = null;
  if (changes.status && ticketChangeRefusal(agent.role, ticket, changes)) {
    notice = { kind: 'status_left_unchanged', status: changes.status, ticketId: ticket.id };
    delete changes.status;
  }
  return { actions: withQualityReview(agent.role, ticket, changes), notice };
}

/** Queue, ticket and outbox channels: reads from the cache, writes through the outbox. */
export function createTicketHandlers(deps: TicketHandlerDeps): Pick<
  ChannelHandlers,
  | 'queue.page'
  | 'queue.locate'
  | 'search.query'
  | 'ticket.takeNext'
  | 'ticket.get'
  | 'ticket.getMany'
  | 'ticket.reply'
  | 'ticket.update'
  | 'ticket.bulkUpdate'
  | 'settings.get'
  | 'settings.set'
  | 'draft.save'
  | 'outbox.retry'
  | 'outbox.discard'
  | 'outbox.failed'
> {
  const { cache, now } = deps;
  const read = readsOn(deps.reads, cache.db);
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
    'queue.page': ({ view, offset, limit }) => ({
      view,
      offset,
      total: cache.tickets.count(view, deps.agent(), now()),
      rows: cache.tickets.queuePage(view, deps.agent(), offset, limit, now()),
    }),

    'queue.locate': ({ view, ticketId }) => ({ index: cache.tickets.locate(view, deps.agent(), ticketId, now()) }),

    // On a read worker; tookMs is the search's own time there.
    'search.query': async ({ text, limit }) => ({ query: text, ...(await read({ kind: 'search', text, limit: limit ?? 50, masked: deps.privacy?.hidden(null)('document') ?? false })) }),

    'ticket.takeNext': () => {
      const agent = deps.agent();
      const ticketId = cache.tickets.nextToTake(agent, now());
      if (ticketId === null) return { ticketId: null, entry: null };
      const { entry } = writer.enqueue(ticketId, { kind: 'update', changes: takeChanges(agent.id, cache.tickets.get(ticketId)?.status), authorId: agent.id });
      return { ticketId, entry };
    },

    'ticket.get': ({ ticketId }) => ticketDetail(deps, ticketId),

    'ticket.getMany': ({ ticketIds }) => ticketIds.map((id) => ticketDetail(deps, id)),

    'ticket.reply': ({ ticketId, kind, body, lastSeenMessageId, ignoreCollision, macroIds, crossCustomerOverride }) => {
      // The composer blocks this too; main refuses it whatever the renderer did.
      if (hasUnfilledPlaceholder(body)) throw new HandlerError('invalid_input', `the ${kind} still holds template markup ({{ }} or {% %}): never sent as it is`, { kind: 'unfilled_placeholder' });
      const agent = deps.agent();
      if (kind === 'reply' && lastSeenMessageId !== undefined && !ignoreCollision) {
        const collision = writtenSince(cache.tickets.messages(ticketId), lastSeenMessageId, agent.id);
        if (collision.length > 0) return { entry: null, collision, actionsEntry: null, notice: null };
      }
      // Another customer's identifier in a reply is their data leaving: nothing is queued unless the agent says why.
      const leak = kind === 'reply' ? crossCustomerLeak(cache, ticketId, body) : null;
      if (leak && !crossCustomerOverride) return { entry: null, collision: [], actionsEntry: null, notice: null, leak };
      const { actions, notice } = replyActions(agent, cache.tickets.get(ticketId), kind === 'reply' ? (macroIds ?? []).flatMap((id) => cache.macros.get(id) ?? []) : []);
      const [entry, actionsEntry] = cache.durableTransaction(() => {
        if (leak && crossCustomerOverride) cache.audit.append({ at: now(), actorId: agent.id, action: 'cross_customer_override', ticketId, details: { identifier: leak.identifier, shown: leak.shown, note: crossCustomerOverride.note } });
        const reply = writer.enqueueOne(ticketId, { kind, body, authorId: agent.id });
        cache.drafts.save(ticketId, '', now());
        const update = Object.keys(actions).length > 0 ? writer.enqueueOne(ticketId, { kind: 'update', changes: actions, authorId: agent.id }) : null;
        return [reply, update] as const;
      });
      deps.onQueued([ticketId]);
      return { entry: writer.toPublic(entry), collision: [], actionsEntry: actionsEntry ? writer.toPublic(actionsEntry) : null, notice };
    },

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

    'settings.get': () => cache.settings.get(),

    'settings.set': (patch) => cache.durableTransaction(() => cache.settings.update(patch)),

    'draft.save': ({ ticketId, body }) => {
      // A draft belongs to a ticket the desk has: an id it does not know is refused, never stored.
      if (!cache.tickets.get(ticketId)) throw new HandlerError('not_found', `no ticket ${JSON.stringify(ticketId)} in the cache: a draft needs a ticket`);
      const at = now();
      cache.durableTransaction(() => cache.drafts.save(ticketId, body, at));
      return { savedAt: at };
    },

    'outbox.failed': ({ limit }) => ({
      entries: cache.outbox.failed(limit).map((e) => toPublicEntry(e, deps.sendingIds())),
      total: cache.outbox.counts().failed,
    }),

    'outbox.discard': ({ entryId }) => decideFailed(entryId, 'discarded', (existing) => cache.outbox.discard(existing.id)),

    // Re-based onto the ticket's current version: the agent applies theirs knowingly.
    'outbox.retry': ({ entryId }) => decideFailed(entryId, 'retried', (existing) => cache.outbox.requeue(existing.id, cache.tickets.serverTicket(existing.ticketId)?.version ?? existing.baseVersion)),
  };
}
