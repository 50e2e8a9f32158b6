import type { Macro, Ticket } from '../../../preload/contract';
import type { TicketChanges } from './ticket-changes';

/**
 * What the actions of the macros in one reply change on a ticket: a later macro wins a field,
 * tags add up on top of the ticket's own, "assign to me" assigns to the sender.
 */
export function macroActionChanges(macros: readonly Pick<Macro, 'actions'>[], ticket: Pick<Ticket, 'tags'>, senderId: string): TicketChanges {
  const changes: TicketChanges = {};
  const added: string[] = [];
  for (const { actions } of macros) {
    if (actions.status) changes.status = actions.status;
    if (actions.priority) changes.priority = actions.priority;
    if (actions.addTags) added.push(...actions.addTags);
    if (actions.assignToSelf) changes.assigneeId = senderId;
  }
  const tags = [...new Set([...ticket.tags, ...added])];
  if (tags.length !== ticket.tags.length) changes.tags = tags;
  return changes;
}
