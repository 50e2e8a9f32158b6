import type { Priority, Ticket, TicketStatus } from '../../../preload/contract';
import type { ConflictFields } from '../../../preload/contract/kinds';

/** The fields an agent can change on a ticket; absent means unchanged. */
export interface TicketChanges {
  status?: TicketStatus;
  priority?: Priority;
  assigneeId?: string | null;
  tags?: string[];
  snoozedUntil?: number | null;
}

/** Says what a change does, in the words the agent used ("status → solved"). */
export function describeChanges(changes: TicketChanges): string {
  const parts: string[] = [];
  if (changes.status !== undefined) parts.push(`status → ${changes.status}`);
  if (changes.priority !== undefined) parts.push(`priority → ${changes.priority}`);
  if (changes.assigneeId !== undefined) parts.push(changes.assigneeId === null ? 'unassigned' : `assignee → ${changes.assigneeId}`);
  if (changes.tags !== undefined) parts.push(`tags → ${changes.tags.join(', ') || '(none)'}`);
  if (changes.snoozedUntil !== undefined) parts.push(changes.snoozedUntil === null ? 'unsnoozed' : `snoozed until ${new Date(changes.snoozedUntil).toISOString()}`);
  return parts.join(', ');
}

/** For a conflict: what the ticket now holds in each field the agent wanted to change (the interface words it). */
export function currentValuesOf(changes: TicketChanges, current: Ticket): ConflictFields {
  const fields: ConflictFields = {};
  if (changes.status !== undefined) fields.status = current.status;
  if (changes.priority !== undefined) fields.priority = current.priority;
  if (changes.assigneeId !== undefined) fields.assigneeId = current.assigneeId;
  if (changes.tags !== undefined) fields.tags = [...current.tags];
  if (changes.snoozedUntil !== undefined) fields.snoozedUntil = current.snoozedUntil;
  return fields;
}

/** Applies changes as absolute values, so replaying them twice gives the same ticket. */
export function applyTicketChanges(ticket: Ticket, changes: TicketChanges): Ticket {
  const next = { ...ticket };
  if (changes.status !== undefined) next.status = changes.status;
  if (changes.priority !== undefined) next.priority = changes.priority;
  if (changes.assigneeId !== undefined) next.assigneeId = changes.assigneeId;
  if (changes.tags !== undefined) next.tags = [...new Set(changes.tags)];
  if (changes.snoozedUntil !== undefined) next.snoozedUntil = changes.snoozedUntil;
  return next;
}
