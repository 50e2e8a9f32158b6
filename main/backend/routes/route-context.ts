import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, readJsonBody, sendJson } from '../../services/http/http-helpers';
import type { BackendEscalations } from '../backend-escalations';
import type { BackendStore } from '../backend-store';
import type { FaultInjector } from '../fault-injector';
import { idempotencyKey } from '../request-schemas';
import type { TrafficSimulator } from '../traffic-simulator';
import type { MutationOutcome } from '../wire-types';
import type { LiveEvents } from './live-events';

export const BODY_LIMIT = 1024 * 1024;
const MAX_PAGE = 2000;

/** What every route module works with: the backend's state, its clock and the live stream. */
export interface RouteContext {
  store: BackendStore;
  escalations: BackendEscalations;
  faults: FaultInjector;
  live: LiveEvents;
  traffic?: TrafficSimulator;
  now: () => number;
}

export type Schema<T> = { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } };

export function invalidRequest(issues: Array<{ path: PropertyKey[]; message: string }>): HttpError {
  return new HttpError(422, 'invalid_request', issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
}

export async function parseBody<T>(req: IncomingMessage, schema: Schema<T>, limit = BODY_LIMIT): Promise<T> {
  const parsed = schema.safeParse(await readJsonBody(req, limit));
  if (!parsed.success) throw invalidRequest(parsed.error.issues);
  return parsed.data;
}

export function requireKey(req: IncomingMessage): string {
  const parsed = idempotencyKey.safeParse(req.headers['idempotency-key']);
  if (!parsed.success) throw new HttpError(400, 'idempotency_key_required', 'an Idempotency-Key header of 8 to 128 characters is required');
  return parsed.data;
}

export function pageSize(query: URLSearchParams, fallback: number): number {
  const n = Number(query.get('limit') ?? fallback);
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) throw new HttpError(400, 'invalid_limit', `limit must be an integer from 1 to ${MAX_PAGE}`);
  return n;
}

export function nonNegative(query: URLSearchParams, name: string): number {
  const n = Number(query.get(name) ?? 0);
  if (!Number.isSafeInteger(n) || n < 0) throw new HttpError(400, `invalid_${name}`, `${name} must be a non-negative integer`);
  return n;
}

/** Answers a mutation; a new change wakes the live stream, and an injected fault may lose the answer after the commit. */
export function respondMutation(context: RouteContext, res: ServerResponse, outcome: MutationOutcome & { replayed: boolean }): void {
  if (!outcome.replayed && outcome.status < 300) context.live.notifyChange();
  if (context.faults.dropAfterCommit()) {
    res.socket?.destroy();
    return;
  }
  sendJson(res, outcome.status, outcome.body, outcome.replayed ? { 'idempotent-replayed': 'true' } : {});
}
