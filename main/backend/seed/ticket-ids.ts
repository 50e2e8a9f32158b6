/** Seeded tickets are T-100001, T-100002, … in creation order; live traffic continues the count. */
export const FIRST_TICKET_NUMBER = 100001;
const TICKET_ID_PREFIX = 'T-';

export function ticketIdFor(ticketNumber: number): string {
  return TICKET_ID_PREFIX + ticketNumber;
}

/** `M-<ticket number>-<n>`; a ticket id in another format is used whole. */
export function messageIdFor(ticketId: string, messageNumber: number): string {
  const ticketPart = ticketId.startsWith(TICKET_ID_PREFIX) ? ticketId.slice(TICKET_ID_PREFIX.length) : ticketId;
  return `M-${ticketPart}-${messageNumber}`;
}
