import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpError, requestUrl, safeEqual, sendJson } from '../services/http/http-helpers';
import { BackendEscalations } from './backend-escalations';
import type { BackendStore } from './backend-store';
import { FaultInjector } from './fault-injector';
import { PresenceRegistry } from './presence-registry';
import { BackOffice } from './back-office/back-office';
import { auditRoutes } from './routes/audit-routes';
import { backOfficeDevRoutes, backOfficeRoutes } from './routes/back-office-routes';
import { privacyRoutes } from './routes/privacy-routes';
import { protectionRoutes } from './routes/protection-routes';
import { changeRoutes } from './routes/change-routes';
import { devRoutes } from './routes/dev-routes';
import { directoryRoutes } from './routes/directory-routes';
import { LiveEvents } from './routes/live-events';
import { mutationRoutes } from './routes/mutation-routes';
import type { RouteContext } from './routes/route-context';
import { createRouter } from './routes/router';
import { ticketRoutes } from './routes/ticket-routes';
import type { TrafficSimulator } from './traffic-simulator';

export interface BackendHttpServer {
  url: string;
  server: Server;
  faults: FaultInjector;
  /** Tells every live-stream listener that the change cursor moved. */
  notifyChange(): void;
  close(): Promise<void>;
}

/**
 * The embedded backend's HTTP API (see main/backend/API.md). Loopback only,
 * bearer-token auth on everything but /health.
 */
export async function startBackendHttpServer(options: { store: BackendStore; token: string; port?: number; now?: () => number; traffic?: TrafficSimulator; devRoutes?: boolean }): Promise<BackendHttpServer> {
  const { store, token } = options;
  const now = options.now ?? Date.now;
  const faults = new FaultInjector(now);
  const live = new LiveEvents(store, new PresenceRegistry(now));
  const presenceSweep = setInterval(() => live.broadcastPresence(live.presence.sweep()), 5_000);
  presenceSweep.unref();
  const context: RouteContext = { store, escalations: new BackendEscalations(store), faults, live, now, ...(options.traffic ? { traffic: options.traffic } : {}) };
  const backOffice = new BackOffice(store, now);
  backOffice.overlay = (account) => context.escalations.protections.overlay(account);
  const route = createRouter([
    ...directoryRoutes(context),
    ...ticketRoutes(context),
    ...changeRoutes(context),
    ...mutationRoutes(context),
    ...auditRoutes(context),
    ...privacyRoutes(context),
    ...backOfficeRoutes(backOffice),
    ...protectionRoutes(context, backOffice),
    ...(options.devRoutes ? [...devRoutes(context), ...backOfficeDevRoutes(backOffice)] : []),
  ]);

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
    await route(req, res, url);
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
    notifyChange: () => live.notifyChange(),
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(presenceSweep);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
