import { randomUUID } from 'node:crypto';
import { HttpError, readJsonBody, sendJson } from '../../services/http/http-helpers';
import { faultSettingsSchema } from '../fault-injector';
import { simulatedAgentUpdate, simulatedCustomerMessage, simulatedNewTicket } from '../request-schemas';
import { surgeRequest } from '../surge-request';
import type { TrafficSimulator } from '../traffic-simulator';
import { BODY_LIMIT, invalidRequest, nonNegative, pageSize, parseBody, respondMutation, type RouteContext } from './route-context';
import type { Route } from './router';

/**
 * Development and test helpers under /api/v1/admin/: fault injection, simulated colleagues and
 * customers, surges and the applied log. Served only when the backend is started with devRoutes
 * (--dev-routes), never by a team's shared backend.
 */
export function devRoutes(context: RouteContext): Route[] {
  const { store, faults, live, now } = context;
  const traffic = (): TrafficSimulator => {
    if (!context.traffic) throw new HttpError(404, 'no_traffic_simulator', 'this backend runs without simulated traffic');
    return context.traffic;
  };
  return [
    [
      'POST',
      /^\/api\/v1\/admin\/simulate\/agent-update$/,
      async (req, res) => {
        const body = await parseBody(req, simulatedAgentUpdate);
        const ticket = store.ticket(body.ticketId);
        if (!ticket) throw new HttpError(404, 'not_found', `no ticket ${body.ticketId}`);
        const outcome = store.updateTicket({ idempotencyKey: `simulated-${randomUUID()}`, ticketId: ticket.id, authorId: body.agentId, now: now(), baseVersion: ticket.version, changes: body.changes });
        respondMutation(context, res, outcome);
      },
    ],
    [
      'POST',
      /^\/api\/v1\/admin\/simulate\/customer-message$/,
      async (req, res) => {
        const body = await parseBody(req, simulatedCustomerMessage);
        const ticket = store.ticket(body.ticketId);
        if (!ticket) throw new HttpError(404, 'not_found', `no ticket ${body.ticketId}`);
        const message = { id: `M-${ticket.id.slice(2)}-${store.messagesOf(ticket.id).length + 1}`, ticketId: ticket.id, authorType: 'customer' as const, authorId: ticket.customerId, kind: 'reply' as const, body: body.body, createdAt: now(), clientKey: null };
        store.addCustomerTraffic({ ticket, customer: null, message });
        live.notifyChange();
        sendJson(res, 201, { message });
      },
    ],
    [
      'POST',
      /^\/api\/v1\/admin\/simulate\/new-ticket$/,
      async (req, res) => {
        // Admin only: large enough for the 5 MB bodies of the hostile-content tests.
        const body = await parseBody(req, simulatedNewTicket, 12 * 1024 * 1024);
        const created = store.addSimulatedTicket({ ...body, now: now() });
        live.notifyChange();
        sendJson(res, 201, created);
      },
    ],
    ['GET', /^\/api\/v1\/admin\/faults$/, (_q, res) => sendJson(res, 200, faults.describe())],
    [
      'POST',
      /^\/api\/v1\/admin\/faults$/,
      async (req, res) => {
        const body = await readJsonBody(req, BODY_LIMIT);
        if (body && typeof body === 'object' && (body as { reset?: unknown }).reset === true) faults.reset();
        else {
          const parsed = faultSettingsSchema.safeParse(body);
          if (!parsed.success) throw invalidRequest(parsed.error.issues);
          faults.configure(parsed.data);
          if (faults.isDown()) live.cutStreams();
        }
        sendJson(res, 200, faults.describe());
      },
    ],
    ['GET', /^\/api\/v1\/admin\/surge$/, (_q, res) => sendJson(res, 200, traffic().surgeState())],
    [
      'POST',
      /^\/api\/v1\/admin\/surge$/,
      async (req, res) => {
        const body = await parseBody(req, surgeRequest);
        try {
          sendJson(res, 200, traffic().startSurge(body));
        } catch (error) {
          if (error instanceof RangeError) throw new HttpError(422, 'surge_too_large', error.message);
          throw error;
        }
      },
    ],
    ['DELETE', /^\/api\/v1\/admin\/surge$/, (_q, res) => sendJson(res, 200, traffic().endSurge())],
    ['GET', /^\/api\/v1\/admin\/applied$/, (_q, res, _p, query) => sendJson(res, 200, { applied: store.appliedLog(nonNegative(query, 'since'), pageSize(query, 1000)) })],
  ];
}
