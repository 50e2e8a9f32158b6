/** Builders for the TicketSQL and TransactionSQL the connector sends; values are always quoted here. */

export function quote(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

/** Joins clauses with AND, each in parentheses so an OR inside one cannot leak. */
export function allOf(...clauses: Array<string | null | undefined>): string {
  const present = clauses.filter((c): c is string => typeof c === 'string' && c.trim().length > 0);
  return present.length === 0 ? 'id > 0' : present.map((c) => `(${c})`).join(' AND ');
}

/** RT keeps reminders (and approvals) as tickets of another type; the desk wants only real tickets. */
const REAL_TICKETS = "Type = 'ticket'";

/** Tickets after `afterId`, for reading the whole set page by page in id order. */
export function snapshotQuery(afterId: number, scope: string | null): string {
  return allOf(`id > ${Math.max(0, Math.floor(afterId))}`, REAL_TICKETS, "Status != 'deleted'", scope);
}

/**
 * Tickets updated in the last `seconds` by RT's own clock. A relative date is used on purpose:
 * RT reads absolute dates in the user's time zone, which the connector cannot know, while
 * "N seconds ago" is counted from RT's own now whatever the zone.
 */
export function updatedWithinQuery(seconds: number, scope: string | null): string {
  return allOf(`LastUpdated >= ${quote(`${Math.max(1, Math.ceil(seconds))} seconds ago`)}`, REAL_TICKETS, scope);
}

/** Every transaction of these tickets; with `after`, only those after a transaction id per ticket. */
export function ticketTransactionsQuery(tickets: ReadonlyArray<{ id: string; after?: number }>): string {
  const perTicket = tickets.map((t) => (t.after && t.after > 0 ? `(ObjectId = ${Number(t.id)} AND id > ${t.after})` : `ObjectId = ${Number(t.id)}`));
  return allOf("ObjectType = 'RT::Ticket'", perTicket.join(' OR '));
}

export function isRtTicketId(id: string): boolean {
  return /^[1-9]\d{0,17}$/.test(id);
}
