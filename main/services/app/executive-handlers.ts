import type { Agent, SuggestedReply } from '../../../preload/contract';
import { HOLDING_REPLY_MACRO_ID } from '../domain/holding-reply';
import { suggestIncidentMacro } from '../domain/incident-macro';
import { renderMacroFor } from '../domain/macro-context';
import { HandlerError, type ChannelHandlers } from './channel-handlers';
import type { OutboxWriterDeps } from './outbox-writer';
import { accountMacroFactsFor } from './account-macro-facts';

export interface ExecutiveHandlerDeps extends OutboxWriterDeps {
  agent: () => Agent;
}

/** Executive mode: the reply the desk proposes for a ticket, ready to read, edit and send. */
export function createExecutiveHandlers(deps: ExecutiveHandlerDeps): Pick<ChannelHandlers, 'ticket.suggestedReply'> {
  const { cache } = deps;
  return {
    'ticket.suggestedReply': ({ ticketId }): SuggestedReply | null => {
      const ticket = cache.tickets.get(ticketId);
      if (!ticket) throw new HandlerError('not_found', `no ticket ${ticketId} in the cache`);
      const agent = deps.agent();
      // The security holding reply tells the customer security has the case: it goes only with an escalation.
      const library = cache.macros.list(agent.id).filter((m) => m.id !== HOLDING_REPLY_MACRO_ID);
      const macro = suggestIncidentMacro(library, ticket.topic);
      if (!macro) return null;
      const rendered = renderMacroFor(macro, ticket, cache.tickets.customer(ticket.customerId), agent, {}, accountMacroFactsFor(cache, ticket.id));
      return { macroId: macro.id, title: macro.title, preview: { macroId: macro.id, ticketId, ...rendered } };
    },
  };
}
