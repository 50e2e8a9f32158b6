import type { Agent, Message, ReplyNotice, TextSegment, TicketDetail } from '../../../preload/contract';
import { addressesIn, segmentText } from '../domain/text-safety';
import { deescalationNoteText, escalationNoteText } from '../domain/escalation-text';
import type { OutboxPayload } from '../domain/outbox-payload';
import { macroActionChanges } from '../domain/macro-actions';
import { withQualityReview } from '../domain/quality-review';
import { bulkActionRefusal, ticketChangeRefusal } from '../domain/security-rights';
import type { TicketChanges } from '../domain/ticket-changes';
import { toPublicEntry } from '../store/outbox-repository';
import { takeChanges } from '../../../preload/rules/ticket-taking';
import { hasUnfilledPlaceholder } from '../../../preload/rules/unfilled-placeholder';
import { HandlerError, type ChannelHandlers } from './channel-handlers';
import { OutboxWriter, type OutboxWriterDeps } from './outbox-writer';

export interface TicketHandlerDeps extends OutboxWriterDeps {
  agent: () => Agent;
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
 * Segments only when there is something to point out; most messages travel as plain bodies.
 * Whatever its length, the part of a body that is shown is always checked (segmentText cuts it).
 */
function annotate(body: string, addresses: readonly string[]): TextSegment[] | null {
  const segments = segmentText(body, { addresses });
  return segments.length === 1 && segments[0]!.kind === 'text' ? null : segments;
}

/** The messages an outbox entry will add once delivered, keyed as the backend will key them. */
function localMessagesOf(key: string, p: OutboxPayload): Array<{ clientKey: string; kind: 'reply' | 'note'; body: string }> {
  switch (p.kind) {
    case 'reply':
    case 'note':
      return [{ clientKey: key, kind: p.kind, body: p.body }];
    case 'escalate':
      return [{ clientKey: key, kind: 'note', body: escalationNoteText(p) }, ...(p.holdingReply ? [{ clientKey: `${key}.reply`, kind: 'reply' as const, body: p.holdingReply.body }] : [])];
    case 'deescalate':
      return [{ clientKey: key, kind: 'note', body: deescalationNoteText(p.reason) }];
    default:
      return [];
  }
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
  const writer = new OutboxWriter(deps);

  /** The desk refuses what the backend would refuse anyway, before it sits in the outbox. */
  const checkRights = (ticketId: string, changes: TicketChanges) => {
    const ticket = cache.tickets.get(ticketId);
    const refusal = ticket ? ticketChangeRefusal(deps.agent().role, ticket, changes) : null;
    if (refusal) throw new HandlerError('forbidden', refusal);
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
      const { entry } = writer.enqueue(ticketId, { kind: 'update', changes: takeChanges(agent.id, cache.tickets.get(ticketId)?.status), authorId: agent.id });
      return { ticketId, entry };
    },

    'ticket.get': ({ ticketId }): TicketDetail | null => {
      const ticket = cache.tickets.get(ticketId);
      if (!ticket) return null;
      const outbox = cache.outbox.forTicket(ticketId);
      const stored = cache.tickets.messages(ticketId);
      // Addresses are compared across the whole conversation: poisoning imitates an earlier one.
      const addresses = addressesIn(stored.map((m) => m.body));
      const messages: TicketDetail['messages'] = stored.map((m) => ({ ...m, pending: false, segments: annotate(m.body, addresses) }));
      const delivered = new Set(messages.flatMap((m) => (m.clientKey ? [m.clientKey] : [])));
      // The agent's own words show at once, marked pending until the backend's copy arrives.
      for (const entry of outbox) {
        if (entry.state === 'failed' || entry.state === 'discarded') continue;
        for (const local of localMessagesOf(entry.key, entry.payload)) {
          if (delivered.has(local.clientKey)) continue;
          messages.push({ id: `local-${local.clientKey}`, ticketId, authorType: 'agent', authorId: entry.payload.authorId, kind: local.kind, body: local.body, createdAt: entry.createdAt, clientKey: local.clientKey, pending: true, segments: annotate(local.body, addresses) });
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

    'ticket.reply': ({ ticketId, kind, body, lastSeenMessageId, ignoreCollision, macroIds }) => {
      // The composer blocks this too; main refuses it whatever the renderer did.
      if (hasUnfilledPlaceholder(body)) throw new HandlerError('invalid_input', `the ${kind} still holds template markup ({{ }} or {% %}): never sent as it is`, { kind: 'unfilled_placeholder' });
      const agent = deps.agent();
      const me = agent.id;
      if (kind === 'reply' && lastSeenMessageId !== undefined && !ignoreCollision) {
        const collision = writtenSince(cache.tickets.messages(ticketId), lastSeenMessageId, me);
        if (collision.length > 0) return { entry: null, collision, actionsEntry: null, notice: null };
      }
      const ticket = cache.tickets.get(ticketId);
      const macros = kind === 'reply' && ticket ? (macroIds ?? []).flatMap((id) => cache.macros.get(id) ?? []) : [];
      const changes = ticket ? macroActionChanges(macros, ticket, me) : {};
      let notice: ReplyNotice | null = null;
      // The reply goes; a status this agent may not set is left out rather than holding back the rest.
      if (ticket && changes.status && ticketChangeRefusal(agent.role, ticket, changes)) {
        notice = { kind: 'status_left_unchanged', status: changes.status, ticketId };
        delete changes.status;
      }
      // An executive's reply or note is marked for quality review in the same commit as the words.
      const actions = ticket ? withQualityReview(agent.role, ticket, changes) : changes;
      const [entry, actionsEntry] = cache.durableTransaction(() => {
        const reply = writer.enqueueOne(ticketId, { kind, body, authorId: me });
        cache.drafts.save(ticketId, '', now());
        const update = Object.keys(actions).length > 0 ? writer.enqueueOne(ticketId, { kind: 'update', changes: actions, authorId: me }) : null;
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
