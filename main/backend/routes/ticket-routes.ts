import { HttpError, sendJson } from '../../services/http/http-helpers';
import { nonNegative, pageSize, type RouteContext } from './route-context';
import type { Route } from './router';

/** Reading tickets: the bootstrap snapshot page by page, and one ticket with its conversation. */
export function ticketRoutes({ store }: RouteContext): Route[] {
  return [
    ['GET', /^\/api\/v1\/snapshot$/, (_q, res, _p, query) => sendJson(res, 200, store.snapshotPage(nonNegative(query, 'after'), pageSize(query, 500)))],
    [
      'GET',
      /^\/api\/v1\/tickets\/([^/]+)$/,
      (_q, res, [id]) => {
        const ticket = store.ticket(id!);
        if (!ticket) throw new HttpError(404, 'not_found', `no ticket ${id}`);
        sendJson(res, 200, { ticket, customer: store.customer(ticket.customerId), messages: store.messagesOf(ticket.id) });
      },
    ],
  ];
}
