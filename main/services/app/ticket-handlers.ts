import type { Agent, Message, TextSegment, TicketDetail } from '../../../preload/contract';
import { addressesIn, segmentText } from '../domain/text-safety';
import type { OutboxPayload } from '../domain/outbox-payload';
import type { CacheStore } from '../store/cache-store';
import { toPublicEntry } from '../store/outbox-repository';
import { HandlerError, type ChannelHandlers } from './channel-handlers';

export interface TicketHandlerDeps {
  cache: CacheStore;
  agent: () => Agent;
  now: () => number;
  /** Outbox entries on their way to the backend right now. */
  sendingIds: () => ReadonlySet<number>;
  /** Called after an outbox entry was committed, so sync and views hear of it. */
  onQueued: (ticketIds: readonly string[]) => void;
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

/** Segments only when there is something to point out; most messages travel as plain bodies. */
function annotate(body: string, addresses: readonly string[]): TextSegment[] | null {
  // A log pasted in by the megabyte is shown as text; cutting it up would cost more than it tells.
  if (body.length > 100_000) return null;
  const segments = segmentText(body, { addresses });
  return segments.length === 1 && segments[0]!.kind === 'text' ? null : segments;
}

/** Queue, ticket and outbox channels: reads from the cache, writes through the outbox. */
export function createTicketHandlers(deps: TicketHandlerDeps): Pick<
  ChannelHandlers,
  | 'queue.page'
  | 'queue.locate'
  | 'search.query'
  | 'ticket.takeNext'
  | 'ticket.get'
  | 'ticket.reply'
  | 'ticket.update'
  | 'ticket.bulkUpdate'
  | 'settings.get'
  | 'settings.set'
  | 'draft.save'
  | 'outbox.retry'
  | 'outbox.discard'
> {
  const { cache, now } = deps;

  /** Call inside a durable transaction: the outbox row and its optimistic effect commit together. */
  const enqueueOne = (ticketId: string, payload: OutboxPayload) => {
    const server = cache.tickets.serverTicket(ticketId);
    if (!server) throw new HandlerError('not_found', `no ticket ${ticketId} in the cache`);
    const queued = cache.outbox.enqueue({ ticketId, payload, baseVersion: server.version, now: now() });
    cache.tickets.refreshEffective(ticketId);
    return queued;
  };

  const enqueue = (ticketId: string, payload: OutboxPayload, clearDraft: boolean) => {
    const entry = cache.durableTransaction(() => {
      const queued = enqueueOne(ticketId, payload);
      if (clearDraft) cache.drafts.save(ticketId, '', now());
      return queued;
    });
    deps.onQueued([ticketId]);
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

    'search.query': ({ text, limit }) => {
      const started = performance.now();
      const hits = cache.search.search(text, limit ?? 50);
      return { query: text, hits, tookMs: performance.now() - started };
    },

    'ticket.takeNext': () => {
      const agent = deps.agent();
      const ticketId = cache.tickets.nextToTake(agent, now());
      if (ticketId === null) return { ticketId: null, entry: null };
      const { entry } = enqueue(ticketId, { kind: 'update', changes: { assigneeId: agent.id, ...(cache.tickets.get(ticketId)?.status === 'new' ? { status: 'open' as const } : {}) }, authorId: agent.id }, false);
      return { ticketId, entry };
    },

    'ticket.get': ({ ticketId }): TicketDetail | null => {
      const ticket = cache.tickets.get(ticketId);
      if (!ticket) return null;
      const outbox = cache.outbox.forTicket(ticketId);
      const stored = cache.tickets.messages(ticketId);
      // Addresses are compared across the whole conversation: poisoning imitates an earlier one.
      const addresses = addressesIn(stored.map((m) => m.body).filter((b) => b.length <= 100_000));
      const messages: TicketDetail['messages'] = stored.map((m) => ({ ...m, pending: false, segments: annotate(m.body, addresses) }));
      const delivered = new Set(messages.flatMap((m) => (m.clientKey ? [m.clientKey] : [])));
      // The agent's own words show at once, marked pending until the backend's copy arrives.
      for (const entry of outbox) {
        const p = entry.payload;
        if ((p.kind === 'reply' || p.kind === 'note') && !delivered.has(entry.key) && entry.state !== 'failed' && entry.state !== 'discarded') {
          messages.push({
            id: `local-${entry.key}`,
            ticketId,
            authorType: 'agent',
            authorId: p.authorId,
            kind: p.kind,
            body: p.body,
            createdAt: entry.createdAt,
            clientKey: entry.key,
            pending: true,
            segments: annotate(p.body, addresses),
          });
        }
      }
      return {
        ticket,
        customer: cache.tickets.customer(ticket.customerId),
        messages,
        outbox: outbox.filter((e) => e.state !== 'delivered' || now() - (e.deliveredAt ?? 0) < 10 * 60_000).map((e) => toPublicEntry(e, deps.sendingIds())),
        draft: cache.drafts.get(ticketId),
      };
    },

    'ticket.reply': ({ ticketId, kind, body, lastSeenMessageId, ignoreCollision }) => {
      const me = deps.agent().id;
      if (kind === 'reply' && lastSeenMessageId !== undefined && !ignoreCollision) {
        const collision = writtenSince(cache.tickets.messages(ticketId), lastSeenMessageId, me);
        if (collision.length > 0) return { entry: null, collision };
      }
      return { ...enqueue(ticketId, { kind, body, authorId: me }, true), collision: [] };
    },

    'ticket.update': ({ ticketId, changes }) => enqueue(ticketId, { kind: 'update', changes, authorId: deps.agent().id }, false),

    'ticket.bulkUpdate': ({ ticketIds, changes }) => {
      const authorId = deps.agent().id;
      const unique = [...new Set(ticketIds)];
      // All or nothing: a bulk action never half-happens.
      const entries = cache.durableTransaction(() => unique.map((id) => enqueueOne(id, { kind: 'update', changes, authorId })));
      deps.onQueued(unique);
      return { entries: entries.map((e) => toPublicEntry(e, deps.sendingIds())) };
    },

    'settings.get': () => cache.settings.get(),

    'settings.set': (patch) => cache.durableTransaction(() => cache.settings.update(patch)),

    'draft.save': ({ ticketId, body }) => {
      const at = now();
      cache.durableTransaction(() => cache.drafts.save(ticketId, body, at));
      return { savedAt: at };
    },

    'outbox.discard': ({ entryId }) => {
      const entry = cache.durableTransaction(() => {
        const existing = cache.outbox.get(entryId);
        if (!existing) throw new HandlerError('not_found', `no outbox entry ${entryId}`);
        if (!cache.outbox.discard(entryId)) throw new HandlerError('forbidden', `outbox entry ${entryId} is ${existing.state}, only failed entries can be discarded`);
        cache.tickets.refreshEffective(existing.ticketId);
        return cache.outbox.get(entryId)!;
      });
      deps.onQueued([entry.ticketId]);
      return { entry: toPublicEntry(entry, deps.sendingIds()) };
    },

    'outbox.retry': ({ entryId }) => {
      const entry = cache.durableTransaction(() => {
        const existing = cache.outbox.get(entryId);
        if (!existing) throw new HandlerError('not_found', `no outbox entry ${entryId}`);
        const serverVersion = cache.tickets.serverTicket(existing.ticketId)?.version ?? existing.baseVersion;
        if (!cache.outbox.requeue(entryId, serverVersion)) throw new HandlerError('forbidden', `outbox entry ${entryId} is ${existing.state}, only failed entries can be retried`);
        cache.tickets.refreshEffective(existing.ticketId);
        return cache.outbox.get(entryId)!;
      });
      deps.onQueued([entry.ticketId]);
      return { entry: toPublicEntry(entry, deps.sendingIds()) };
    },
  };
}
