import { acknowledgeRequest, batchRequest, deescalateRequest, escalationRequest, messageRequest, updateRequest, type MutationKind } from '../request-schemas';
import type { MutationOutcome } from '../wire-types';
import { sendJson } from '../../services/http/http-helpers';
import { invalidRequest, parseBody, requireKey, respondMutation, type RouteContext, type Schema } from './route-context';
import type { Route } from './router';

interface Addressed {
  idempotencyKey: string;
  ticketId: string;
  now: number;
}

type Applied = MutationOutcome & { replayed: boolean };

/** A batch may carry up to 100 entries of up to 20,000 characters each, and some larger ones. */
const BATCH_BODY_LIMIT = 8 * 1024 * 1024;

/** What desks send: replies and notes, ticket changes and the security desk's actions, each applied once per Idempotency-Key. */
export function mutationRoutes(context: RouteContext): Route[] {
  const { store, escalations, now } = context;
  // One table from kind to request and rule, shared by the single routes and the batch.
  const kinds: { [K in MutationKind]: { schema: Schema<object>; apply: (input: Addressed & never) => Applied } } = {
    message: { schema: messageRequest, apply: (input) => store.addAgentMessage(input) },
    update: { schema: updateRequest, apply: (input) => escalations.updateTicket(input) },
    escalate: { schema: escalationRequest, apply: (input) => escalations.escalate(input) },
    acknowledge: { schema: acknowledgeRequest, apply: (input) => escalations.acknowledge(input) },
    deescalate: { schema: deescalateRequest, apply: (input) => escalations.deescalate(input) },
  };
  const applyKind = (kind: MutationKind, input: Addressed & object): Applied => kinds[kind].apply(input as never);
  // Every single mutation: an Idempotency-Key, a validated body, and the ticket from the path.
  const single = (method: string, pattern: RegExp, kind: MutationKind): Route => [
    method,
    pattern,
    async (req, res, [id]) => {
      const key = requireKey(req);
      const body = await parseBody(req, kinds[kind].schema);
      respondMutation(context, res, applyKind(kind, { idempotencyKey: key, ticketId: id!, now: now(), ...body }));
    },
  ];
  return [
    single('POST', /^\/api\/v1\/tickets\/([^/]+)\/messages$/, 'message'),
    single('PATCH', /^\/api\/v1\/tickets\/([^/]+)$/, 'update'),
    single('POST', /^\/api\/v1\/tickets\/([^/]+)\/escalation$/, 'escalate'),
    single('POST', /^\/api\/v1\/tickets\/([^/]+)\/escalation\/acknowledge$/, 'acknowledge'),
    single('POST', /^\/api\/v1\/tickets\/([^/]+)\/escalation\/deescalate$/, 'deescalate'),
    [
      'POST',
      /^\/api\/v1\/mutations$/,
      async (req, res) => {
        const { mutations } = await parseBody(req, batchRequest, BATCH_BODY_LIMIT);
        const at = now();
        // One transaction for the batch (each entry still its own savepoint and idempotency record):
        // the per-request and per-commit costs are what limited a desk draining thousands of changes.
        const results = store.db.transaction(() =>
          mutations.map(({ idempotencyKey, ticketId, kind, body }) => {
            const parsed = kinds[kind].schema.safeParse(body);
            if (!parsed.success) {
              const refusal = invalidRequest(parsed.error.issues);
              return { status: refusal.status, body: { error: refusal.code, message: refusal.message }, replayed: false };
            }
            return applyKind(kind, { idempotencyKey, ticketId, now: at, ...parsed.data });
          }),
        )();
        if (results.some((r) => !r.replayed && r.status < 300)) context.live.notifyChange();
        if (context.faults.dropAfterCommit()) {
          res.socket?.destroy();
          return;
        }
        sendJson(res, 200, { results });
      },
    ],
  ];
}
