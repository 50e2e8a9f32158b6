import { z } from 'zod';
import { HttpError, sendJson } from '../../services/http/http-helpers';
import { BackendReveals } from '../backend-reveals';
import { parseBody, type RouteContext } from './route-context';
import type { Route } from './router';

const revealRequest = z.strictObject({
  agentId: z.string().min(1).max(64),
  ticketId: z.string().min(1).max(64),
  field: z.string().min(1).max(40),
  reason: z.string().min(1).max(40),
  note: z.string().max(500),
});
const clearRequest = z.strictObject({ agentId: z.string().min(1).max(64), alarmId: z.string().min(1).max(100) });

/** Reveals of customer data and the insider guard's alarms (API.md, "Customer data"). */
export function privacyRoutes(context: RouteContext): Route[] {
  const { store, escalations, now } = context;
  const reveals = new BackendReveals(escalations.auditLog, now);
  const agentOrThrow = (agentId: string) => {
    const agent = store.agent(agentId);
    if (!agent) throw new HttpError(422, 'unknown_agent', `no agent ${agentId}`);
    return agent;
  };
  return [
    [
      'POST',
      /^\/api\/v1\/reveals$/,
      async (req, res) => {
        const body = await parseBody(req, revealRequest);
        agentOrThrow(body.agentId);
        const ticket = store.ticket(body.ticketId);
        if (!ticket) throw new HttpError(404, 'not_found', `no ticket ${body.ticketId}`);
        const outcome = store.db.transaction(() => reveals.reveal({ ...body, customerId: ticket.customerId }))();
        context.live.notifyChange();
        // A paused agent's request is answered, not failed: the answer is the guard's verdict.
        sendJson(res, outcome.ok ? 201 : 200, outcome.ok ? { until: outcome.until, pausedSince: null } : { until: null, pausedSince: outcome.pausedSince });
      },
    ],
    ['GET', /^\/api\/v1\/security\/alarms$/, (_q, res) => sendJson(res, 200, { alarms: reveals.alarms() })],
    [
      'POST',
      /^\/api\/v1\/security\/alarms\/clear$/,
      async (req, res) => {
        const body = await parseBody(req, clearRequest);
        if (agentOrThrow(body.agentId).role !== 'security') throw new HttpError(403, 'forbidden', 'only security agents clear an alarm');
        const cleared = store.db.transaction(() => reveals.clear(body.agentId, body.alarmId))();
        sendJson(res, 200, { cleared });
      },
    ],
  ];
}
