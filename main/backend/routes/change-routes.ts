import { sendJson } from '../../services/http/http-helpers';
import { presenceRequest } from '../request-schemas';
import { nonNegative, pageSize, parseBody, type RouteContext } from './route-context';
import type { Route } from './router';

/** Keeping desks current: changes after a cursor, the live stream, and who has which ticket open. */
export function changeRoutes({ store, live }: RouteContext): Route[] {
  return [
    ['GET', /^\/api\/v1\/changes$/, (_q, res, _p, query) => sendJson(res, 200, store.changesSince(nonNegative(query, 'since'), pageSize(query, 500)))],
    ['GET', /^\/api\/v1\/stream$/, (req, res) => live.open(req, res)],
    [
      'POST',
      /^\/api\/v1\/presence$/,
      async (req, res) => {
        const body = await parseBody(req, presenceRequest);
        live.broadcastPresence(live.presence.set(body.agentId, body.ticketId, body.typing));
        sendJson(res, 200, { ok: true });
      },
    ],
  ];
}
