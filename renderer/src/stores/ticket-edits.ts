import type { Ticket } from '../../../preload/contract/domain-types';
import type { OutboxEntry, TicketDetail } from '../../../preload/contract/queue-types';
import type { TicketChanges } from './ticket-store';

// What the pane shows ahead of main's next answer: the agent's changes and the outbox entries main
// just queued, applied to the cached details.

/** Only the fields the agent changed; undefined means "leave as is", not "clear". */
export function withChanges(ticket: Ticket, c: TicketChanges): Ticket {
  const next = { ...ticket };
  if (c.status !== undefined) next.status = c.status;
  if (c.priority !== undefined) next.priority = c.priority;
  if (c.assigneeId !== undefined) next.assigneeId = c.assigneeId;
  if (c.tags !== undefined) next.tags = c.tags;
  if (c.snoozedUntil !== undefined) next.snoozedUntil = c.snoozedUntil;
  return next;
}

function mergeEntry(entries: readonly OutboxEntry[], entry: OutboxEntry): OutboxEntry[] {
  const i = entries.findIndex((e) => e.id === entry.id);
  if (i < 0) return [...entries, entry];
  const next = entries.slice();
  next[i] = entry;
  return next;
}

/** The cached details with the entries merged into their tickets' outboxes, and which tickets that touched. */
export function withOutboxEntries(
  details: Readonly<Record<string, TicketDetail | null>>,
  entries: readonly OutboxEntry[],
): { details: Record<string, TicketDetail | null>; touched: Set<string> } {
  const touched = new Set<string>();
  const next: Record<string, TicketDetail | null> = { ...details };
  for (const entry of entries) {
    const detail = next[entry.ticketId];
    if (!detail) continue;
    next[entry.ticketId] = { ...detail, outbox: mergeEntry(detail.outbox, entry) };
    touched.add(entry.ticketId);
  }
  return { details: next, touched };
}
