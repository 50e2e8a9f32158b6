import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BackendStore } from './backend-store';
import { startBackendHttpServer } from './backend-http-server';
import type { FaultInjector } from './fault-injector';
import { startLiveTraffic } from './live-traffic-loop';
import { generateSeed } from './seed/generate-seed';
import type { SurgeRequest } from './surge-request';
import type { TrafficSimulator } from './traffic-simulator';

export interface EmbeddedBackendOptions {
  /** Folder for the backend's own SQLite file; ':memory:' keeps it in memory. */
  dataDir: string | ':memory:';
  port?: number;
  token?: string;
  /** Tickets to seed into an empty database. */
  ticketCount?: number;
  seed?: number;
  /** New customer messages per minute (0 = quiet). */
  trafficPerMinute?: number;
  /** A surge to start right away (the backend command's --surge). */
  surge?: SurgeRequest;
  /**
   * The development routes under /api/v1/admin/ (applied log, fault injection, simulated customers,
   * colleagues and surges): for development and tests only (the backend command's --dev-routes),
   * never in a team's shared backend. Off by default.
   */
  devRoutes?: boolean;
  now?: () => number;
}

export interface EmbeddedBackend {
  url: string;
  token: string;
  store: BackendStore;
  faults: FaultInjector;
  /** Everyday traffic and surges; also behind /api/v1/admin/surge when the development routes are on. */
  traffic: TrafficSimulator;
  notifyChange(): void;
  close(): Promise<void>;
}

export const DEFAULT_SEED_TICKETS = 2000;

export async function startEmbeddedBackend(options: EmbeddedBackendOptions): Promise<EmbeddedBackend> {
  const now = options.now ?? Date.now;
  let file = ':memory:';
  if (options.dataDir !== ':memory:') {
    mkdirSync(options.dataDir, { recursive: true });
    file = join(options.dataDir, 'backend.sqlite');
  }
  const store = new BackendStore(file);
  if (!store.isSeeded()) {
    store.seed(generateSeed({ ticketCount: options.ticketCount ?? DEFAULT_SEED_TICKETS, seed: options.seed ?? 42, now: now() }));
  }
  // Hex, so a token never starts with '-' and is never mistaken for a command-line option.
  const token = options.token ?? randomBytes(24).toString('hex');
  // The simulator and the server need each other: the server exposes the surge knob, and the
  // simulator announces its writes on the server's live stream.
  let notifyChange = (): void => {};
  const traffic = startLiveTraffic({ store, perMinute: options.trafficPerMinute ?? 0, seed: (options.seed ?? 42) + 1, onChange: () => notifyChange(), now });
  const http = await startBackendHttpServer({ store, token, port: options.port ?? 0, now, traffic, devRoutes: options.devRoutes ?? false }).catch((error: unknown) => {
    traffic.stop();
    throw error;
  });
  notifyChange = http.notifyChange;
  if (options.surge) traffic.startSurge(options.surge);
  return {
    url: http.url,
    token,
    store,
    faults: http.faults,
    traffic,
    notifyChange: http.notifyChange,
    close: async () => {
      traffic.stop();
      await http.close();
      store.close();
    },
  };
}
