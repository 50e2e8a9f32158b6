import type { Agent, Macro, Message, ReplyNotice, Ticket } from '../../../preload/contract';
import { hasUnfilledPlaceholder } from '../../../preload/rules/unfilled-placeholder';
import { macroActionChanges } from '../domain/macro-actions';
import { withQualityReview } from '../domain/quality-review';
import { ticketChangeRefusal } from '../domain/security-rights';
import type { TicketChanges } from '../domain/ticket-changes';
import { HandlerError, type ChannelHandlers } from './channel-handlers';
import type { OutboxWriter } from './outbox-writer';
import { crossCustomerLeak } from './privacy-handlers';
import type { TicketHandlerDeps } from './ticket-handlers';

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

/**
 * ticket.reply: a reply or note is refused with template markup left in it; a reply is held back
 * (nothing queued) when the customer wrote since the agent last looked, or when it names another
 * customer and the agent has not said why. Otherwise the words, the cleared draft and the actions
 * of the macros used are queued in one commit.
 */
export function createReplyHandler(deps: TicketHandlerDeps, writer: OutboxWriter): ChannelHandlers['ticket.reply'] {
  const { cache, now } = deps;
  return ({ ticketId, kind, body, lastSeenMessageId, ignoreCollision, macroIds, crossCustomerOverride }) => {
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
  };
}
