import { acknowledgeRequest, deescalateRequest, escalationRequest, messageRequest, updateRequest } from '../request-schemas';
import type { MutationOutcome } from '../wire-types';
import { parseBody, requireKey, respondMutation, type RouteContext, type Schema } from './route-context';
import type { Route } from './router';

interface Addressed {
  idempotencyKey: string;
  ticketId: string;
  now: number;
}

/** What desks send: replies and notes, ticket changes and the security desk's actions, each applied once per Idempotency-Key. */
export function mutationRoutes(context: RouteContext): Route[] {
  const { store, escalations, now } = context;
  // Every mutation: an Idempotency-Key, a validated body, and the ticket from the path.
  const mutation = <T>(method: string, pattern: RegExp, schema: Schema<T>, apply: (input: Addressed & T) => MutationOutcome & { replayed: boolean }): Route => [
    method,
    pattern,
    async (req, res, [id]) => {
      const key = requireKey(req);
      const body = await parseBody(req, schema);
      respondMutation(context, res, apply({ idempotencyKey: key, ticketId: id!, now: now(), ...body }));
    },
  ];
  return [
    mutation('POST', /^\/api\/v1\/tickets\/([^/]+)\/messages$/, messageRequest, (input) => store.addAgentMessage(input)),
    mutation('PATCH', /^\/api\/v1\/tickets\/([^/]+)$/, updateRequest, (input) => escalations.updateTicket(input)),
    mutation('POST', /^\/api\/v1\/tickets\/([^/]+)\/escalation$/, escalationRequest, (input) => escalations.escalate(input)),
    mutation('POST', /^\/api\/v1\/tickets\/([^/]+)\/escalation\/acknowledge$/, acknowledgeRequest, (input) => escalations.acknowledge(input)),
    mutation('POST', /^\/api\/v1\/tickets\/([^/]+)\/escalation\/deescalate$/, deescalateRequest, (input) => escalations.deescalate(input)),
  ];
}
