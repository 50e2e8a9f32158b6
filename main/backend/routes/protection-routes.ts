import { z } from 'zod';
import { HttpError, sendJson } from '../../services/http/http-helpers';
import { PROTECTIVE_ACTIONS, UNDO_KINDS } from '../../../preload/rules/protective-actions';
import type { BackOffice } from '../back-office/back-office';
import type { ProtectionOutcome } from '../backend-protections';
import { parseBody, requireKey, type RouteContext } from './route-context';
import type { Route } from './router';

const agentId = z.string().min(1).max(64);
const accountOf = { userId: z.string().trim().max(200), email: z.string().trim().max(320), ticketId: z.string().min(1).max(64) };
const protectRequest = z
  .strictObject({ ...accountOf, agentId, action: z.enum(PROTECTIVE_ACTIONS), reason: z.string().trim().min(1).max(2000) })
  .refine((r) => r.userId !== '' || r.email !== '', 'give userId or email');
const undoRequest = z
  .strictObject({ ...accountOf, agentId, undo: z.enum(UNDO_KINDS), reason: z.string().trim().min(3).max(2000), evidence: z.string().trim().min(3).max(5000) })
  .refine((r) => r.userId !== '' || r.email !== '', 'give userId or email');
const approveRequest = z.strictObject({ agentId });

/**
 * The back office's writes (API.md, "Protective actions"): a security agent's protective action on
 * an account, a request to undo one, and a second security agent's approval. Each takes an
 * Idempotency-Key and is applied once; the four-eyes rule is enforced here, whatever a desk sends.
 */
export function protectionRoutes(context: RouteContext, backOffice: BackOffice): Route[] {
  const { escalations, now } = context;
  const protections = escalations.protections;
  const respond = (res: Parameters<Route[2]>[1], outcome: ProtectionOutcome) => {
    if (!outcome.replayed && outcome.status < 300) context.live.notifyChange();
    if (context.faults.dropAfterCommit()) {
      res.socket?.destroy();
      return;
    }
    sendJson(res, outcome.status, outcome.body, outcome.replayed ? { 'idempotent-replayed': 'true' } : {});
  };
  return [
    [
      'POST',
      /^\/api\/v1\/back-office\/protections$/,
      async (req, res) => {
        await misbehave(backOffice);
        const key = requireKey(req);
        const body = await parseBody(req, protectRequest);
        respond(res, protections.apply({ ...body, idempotencyKey: key, now: now() }));
      },
    ],
    [
      'GET',
      /^\/api\/v1\/back-office\/protections$/,
      async (_req, res, _params, query) => {
        await misbehave(backOffice);
        const userId = query.get('userId')?.trim() ?? '';
        const email = query.get('email')?.trim() ?? '';
        if (!userId && !email) throw new HttpError(400, 'account_key_required', 'give userId or email');
        const customer = context.store.customerByAccount(userId, email);
        if (!customer) throw new HttpError(404, 'no_account', `no account for ${userId || email}`);
        sendJson(res, 200, protections.forAccount(customer.userId));
      },
    ],
    [
      'POST',
      /^\/api\/v1\/back-office\/approvals$/,
      async (req, res) => {
        await misbehave(backOffice);
        const key = requireKey(req);
        const body = await parseBody(req, undoRequest);
        respond(res, protections.requestUndo({ ...body, idempotencyKey: key, now: now() }));
      },
    ],
    [
      'GET',
      /^\/api\/v1\/back-office\/approvals$/,
      async (_req, res) => {
        await misbehave(backOffice);
        sendJson(res, 200, { requests: protections.pending() });
      },
    ],
    [
      'POST',
      /^\/api\/v1\/back-office\/approvals\/([^/]+)\/approve$/,
      async (req, res, [requestId]) => {
        await misbehave(backOffice);
        const key = requireKey(req);
        const body = await parseBody(req, approveRequest);
        respond(res, protections.approve({ ...body, requestId: requestId!, idempotencyKey: key, now: now() }));
      },
    ],
  ];
}

/** The development routes' back-office fault holds for these routes too: a desk's outbox retries them. */
async function misbehave(backOffice: BackOffice): Promise<void> {
  const fault = backOffice.fault;
  if (fault.mode === 'down') throw new HttpError(503, 'back_office_down', 'the back office is down (simulated)');
  if (fault.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
}
