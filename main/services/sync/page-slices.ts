import type { ValidatedPage } from '../connectors/backend-connector';

export type PageSlice = Pick<ValidatedPage, 'tickets' | 'customers' | 'messages'>;

/**
 * A pulled page cut into slices of a few tickets each, every ticket with its customer and its
 * messages, so each slice is stored in a transaction short enough not to hold up the desk (a page
 * of 1,000 tickets stored at once blocked the main process for 400 ms and more). Whatever belongs
 * to no ticket of the page goes with the last slice. Always at least one slice.
 */
export function slicePage(page: PageSlice, ticketsPerSlice: number): PageSlice[] {
  if (page.tickets.length <= ticketsPerSlice) return [page];
  const slices: PageSlice[] = [];
  const sliceOfTicket = new Map<string, number>();
  const sliceOfCustomer = new Map<string, number>();
  for (let i = 0; i < page.tickets.length; i += ticketsPerSlice) {
    const tickets = page.tickets.slice(i, i + ticketsPerSlice);
    for (const t of tickets) {
      sliceOfTicket.set(t.id, slices.length);
      if (!sliceOfCustomer.has(t.customerId)) sliceOfCustomer.set(t.customerId, slices.length);
    }
    slices.push({ tickets, customers: [], messages: [] });
  }
  const last = slices.length - 1;
  for (const c of page.customers) slices[sliceOfCustomer.get(c.id) ?? last]!.customers.push(c);
  for (const m of page.messages) slices[sliceOfTicket.get(m.ticketId) ?? last]!.messages.push(m);
  return slices;
}
