import { sendJson } from '../../services/http/http-helpers';
import { presenceRequest } from '../request-schemas';
import { nonNegative, pageSize, parseBody, type RouteContext } from './route-context';
import type { Route } from './router';

/** Keeping desks current: changes after a cursor, the live stream, and who has which ticket open. */
export function changeRoutes({ store, escalations, live }: RouteContext): Route[] {
  return [
    // Every page carries the audit chain's head: desks anchor it, so a cut tail cannot pass for a whole chain.
    ['GET', /^\/api\/v1\/changes$/, (_q, res, _p, query) => sendJson(res, 200, { ...store.changesSince(nonNegative(query, 'since'), pageSize(query, 500)), auditHead: escalations.auditLog.head() })],
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
