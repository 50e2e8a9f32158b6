import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { decodePathSegment, HttpError, openEventStream, readJsonBody, requestUrl, safeEqual, sendJson } from '../services/http/http-helpers';
import type { BackendStore } from './backend-store';
import type { MutationOutcome } from './wire-types';
import { FaultInjector, faultSettingsSchema } from './fault-injector';
import { PresenceRegistry } from './presence-registry';
import { verifyChain, toCsv } from '../services/audit/audit-chain';
import { BackendEscalations } from './backend-escalations';
import { surgeRequest } from './surge-request';
import type { TrafficSimulator } from './traffic-simulator';
import { acknowledgeRequest, deescalateRequest, escalationRequest, idempotencyKey, messageRequest, presenceRequest, simulatedAgentUpdate, simulatedCustomerMessage, simulatedNewTicket, updateRequest } from './request-schemas';

const BODY_LIMIT = 1024 * 1024;
const MAX_PAGE = 2000;

export interface BackendHttpServer {
  url: string;
  server: Server;
  faults: FaultInjector;
  /** Tells every live-stream listener that the change cursor moved. */
  notifyChange(): void;
  close(): Promise<void>;
}

type Route = (req: IncomingMessage, res: ServerResponse, params: string[], query: URLSearchParams) => Promise<void> | void;

/**
 * The embedded backend's HTTP API (see main/backend/API.md). Loopback only,
 * bearer-token auth on everything but /health.
 */
export async function startBackendHttpServer(options: { store: BackendStore; token: string; port?: number; now?: () => number; traffic?: TrafficSimulator; devRoutes?: boolean }): Promise<BackendHttpServer> {
  const { store, token } = options;
  const now = options.now ?? Date.now;
  const listeners = new Set<(event: string, data: unknown) => void>();
  const faults = new FaultInjector(now);
  const escalations = new BackendEscalations(store);
  const streams = new Set<ServerResponse>();
  const presence = new PresenceRegistry(now);
  const broadcastPresence = (ticketIds: readonly string[]) => {
    for (const ticketId of ticketIds) {
      const data = { ticketId, viewers: presence.viewers(ticketId) };
      for (const send of listeners) send('presence', data);
    }
  };
  const presenceSweep = setInterval(() => broadcastPresence(presence.sweep()), 5_000);
  presenceSweep.unref();
  const parseBody = async <T>(req: IncomingMessage, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, limit = BODY_LIMIT): Promise<T> => {
    const parsed = schema.safeParse(await readJsonBody(req, limit));
    if (!parsed.success) throw new HttpError(422, 'invalid_request', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    return parsed.data;
  };
  const notifyChange = () => {
    const data = { cursor: store.cursor() };
    for (const send of listeners) send('change', data);
  };

  const respondMutation = (res: ServerResponse, outcome: MutationOutcome & { replayed: boolean }) => {
    if (!outcome.replayed && outcome.status < 300) notifyChange();
    if (faults.dropAfterCommit()) {
      res.socket?.destroy();
      return;
    }
    sendJson(res, outcome.status, outcome.body, outcome.replayed ? { 'idempotent-replayed': 'true' } : {});
  };

  const requireKey = (req: IncomingMessage): string => {
    const parsed = idempotencyKey.safeParse(req.headers['idempotency-key']);
    if (!parsed.success) throw new HttpError(400, 'idempotency_key_required', 'an Idempotency-Key header of 8 to 128 characters is required');
    return parsed.data;
  };

  const pageSize = (query: URLSearchParams, fallback: number) => {
    const n = Number(query.get('limit') ?? fallback);
    if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) throw new HttpError(400, 'invalid_limit', `limit must be an integer from 1 to ${MAX_PAGE}`);
    return n;
  };

  const nonNegative = (query: URLSearchParams, name: string) => {
    const n = Number(query.get(name) ?? 0);
    if (!Number.isSafeInteger(n) || n < 0) throw new HttpError(400, `invalid_${name}`, `${name} must be a non-negative integer`);
    return n;
  };

  const traffic = (): TrafficSimulator => {
    if (!options.traffic) throw new HttpError(404, 'no_traffic_simulator', 'this backend runs without simulated traffic');
    return options.traffic;
  };

  const routes: Array<[string, RegExp, Route]> = [
    ['GET', /^\/api\/v1\/agents$/, (_q, res) => sendJson(res, 200, { agents: store.agents() })],
    // Whose token this is. The backend's one token is a team token (it may act for any agent), so
    // it belongs to no single agent; a desk then signs in as the agent it was told, or the first frontline one.
    ['GET', /^\/api\/v1\/me$/, (_q, res) => sendJson(res, 200, { agent: null, scope: 'team' })],
    ['GET', /^\/api\/v1\/macros$/, (_q, res) => sendJson(res, 200, { macros: store.macros() })],
    ['GET', /^\/api\/v1\/snapshot$/, (_q, res, _p, query) => sendJson(res, 200, store.snapshotPage(nonNegative(query, 'after'), pageSize(query, 500)))],
    ['GET', /^\/api\/v1\/changes$/, (_q, res, _p, query) => sendJson(res, 200, store.changesSince(nonNegative(query, 'since'), pageSize(query, 500)))],
    [
      'GET',
      /^\/api\/v1\/tickets\/([^/]+)$/,
      (_q, res, [id]) => {
        const ticket = store.ticket(id!);
        if (!ticket) throw new HttpError(404, 'not_found', `no ticket ${id}`);
        sendJson(res, 200, { ticket, customer: store.customer(ticket.customerId), messages: store.messagesOf(ticket.id) });
      },
    ],
    [
      'POST',
      /^\/api\/v1\/tickets\/([^/]+)\/messages$/,
      async (req, res, [id]) => {
        const key = requireKey(req);
        const body = await parseBody(req, messageRequest);
        respondMutation(res, store.addAgentMessage({ idempotencyKey: key, ticketId: id!, now: now(), ...body }));
      },
    ],
    [
      'PATCH',
      /^\/api\/v1\/tickets\/([^/]+)$/,
      async (req, res, [id]) => {
        const key = requireKey(req);
        const body = await parseBody(req, updateRequest);
        respondMutation(res, escalations.updateTicket({ idempotencyKey: key, ticketId: id!, now: now(), ...body }));
      },
    ],
    [
      'POST',
      /^\/api\/v1\/tickets\/([^/]+)\/escalation$/,
      async (req, res, [id]) => {
        const key = requireKey(req);
        const body = await parseBody(req, escalationRequest);
        respondMutation(res, escalations.escalate({ idempotencyKey: key, ticketId: id!, now: now(), ...body }));
      },
    ],
    [
      'POST',
      /^\/api\/v1\/tickets\/([^/]+)\/escalation\/acknowledge$/,
      async (req, res, [id]) => {
        const key = requireKey(req);
        const body = await parseBody(req, acknowledgeRequest);
        respondMutation(res, escalations.acknowledge({ idempotencyKey: key, ticketId: id!, now: now(), ...body }));
      },
    ],
    [
      'POST',
      /^\/api\/v1\/tickets\/([^/]+)\/escalation\/deescalate$/,
      async (req, res, [id]) => {
        const key = requireKey(req);
        const body = await parseBody(req, deescalateRequest);
        respondMutation(res, escalations.deescalate({ idempotencyKey: key, ticketId: id!, now: now(), ...body }));
      },
    ],
    [
      'GET',
      /^\/api\/v1\/audit$/,
      (_q, res, _p, query) => {
        const ticketId = query.get('ticketId') ?? undefined;
        const entries = escalations.auditLog.list(ticketId ? { ticketId } : {});
        if (query.get('format') === 'csv') {
          res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
          res.end(toCsv(entries));
          return;
        }
        // A ticket's entries are a slice of the chain, so only the whole log can be verified.
        sendJson(res, 200, { entries, verification: ticketId ? null : verifyChain(entries) });
      },
    ],
    [
      'GET',
      /^\/api\/v1\/stream$/,
      (req, res) => {
        const send = openEventStream(req, res, () => {
          listeners.delete(send);
          streams.delete(res);
        });
        listeners.add(send);
        streams.add(res);
        send('change', { cursor: store.cursor() });
        // A desk that connects late still learns who is already on which ticket.
        for (const ticketId of presence.ticketsWithViewers()) send('presence', { ticketId, viewers: presence.viewers(ticketId) });
      },
    ],
    [
      'POST',
      /^\/api\/v1\/presence$/,
      async (req, res) => {
        const body = await parseBody(req, presenceRequest);
        broadcastPresence(presence.set(body.agentId, body.ticketId, body.typing));
        sendJson(res, 200, { ok: true });
      },
    ],
  ];

  // Development and test helpers: only when started with devRoutes, never in a shared backend.
  const devRoutes: Array<[string, RegExp, Route]> = [
    [
      'POST',
      /^\/api\/v1\/admin\/simulate\/agent-update$/,
      async (req, res) => {
        const body = await parseBody(req, simulatedAgentUpdate);
        const ticket = store.ticket(body.ticketId);
        if (!ticket) throw new HttpError(404, 'not_found', `no ticket ${body.ticketId}`);
        const outcome = store.updateTicket({ idempotencyKey: `simulated-${randomUUID()}`, ticketId: ticket.id, authorId: body.agentId, now: now(), baseVersion: ticket.version, changes: body.changes });
        respondMutation(res, outcome);
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
        notifyChange();
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
        notifyChange();
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
          if (!parsed.success) throw new HttpError(422, 'invalid_request', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
          faults.configure(parsed.data);
          // Going down cuts the live streams too, as a real outage would.
          if (faults.isDown()) for (const stream of streams) stream.destroy();
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
  if (options.devRoutes) routes.push(...devRoutes);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = requestUrl(req, 'http://backend.invalid');
    if (req.method === 'GET' && url.pathname === '/api/v1/health') {
      sendJson(res, 200, { ok: true, name: 'agentdesk-embedded-backend', apiVersion: 1, cursor: store.cursor() });
      return;
    }
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || !safeEqual(auth.slice(7), token)) throw new HttpError(401, 'unauthorized', 'a valid bearer token is required');
    if (!url.pathname.startsWith('/api/v1/admin/')) {
      const decision = faults.decide();
      if (decision.kind === 'drop') {
        req.socket.destroy();
        return;
      }
      if (faults.latency() > 0) await new Promise((resolve) => setTimeout(resolve, faults.latency()));
      if (decision.kind === 'rate_limited') {
        sendJson(res, 429, { error: 'rate_limited', message: 'too many requests' }, { 'retry-after': String(decision.retryAfterSeconds) });
        return;
      }
      if (decision.kind === 'error') throw new HttpError(503, 'unavailable', 'simulated server error');
    }
    for (const [method, pattern, route] of routes) {
      const match = pattern.exec(url.pathname);
      if (!match) continue;
      if (req.method !== method) continue;
      await route(req, res, match.slice(1).map(decodePathSegment), url.searchParams);
      return;
    }
    throw new HttpError(404, 'no_route', `no route ${req.method} ${url.pathname}`);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // After refusing a body half-read, the connection cannot carry another request.
      if (error instanceof HttpError) sendJson(res, error.status, { error: error.code, message: error.message }, error.status === 413 ? { connection: 'close' } : {});
      else sendJson(res, 500, { error: 'internal', message: error instanceof Error ? error.message : String(error) });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    faults,
    notifyChange,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(presenceSweep);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
