import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** Options shared by the desktop app and `npm run preview` (a public interface: keep them stable). */
export interface DeskOptions {
  dataDir: string;
  backend?: { url: string; token: string };
  /** --backend without --token: the desktop looks the token up in the OS keychain. */
  backendUrl?: string;
  agentId?: string;
  port?: number;
  trafficPerMinute: number;
  seedTickets?: number;
}

export class UsageError extends Error {}

function integer(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} takes a non-negative whole number, got "${value}"`);
  return n;
}

export function parseDeskOptions(argv: string[], defaultDataDir = join(homedir(), '.agentdesk', 'desk'), options: { allowStoredToken?: boolean } = {}): DeskOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      backend: { type: 'string' },
      token: { type: 'string' },
      data: { type: 'string' },
      agent: { type: 'string' },
      port: { type: 'string' },
      traffic: { type: 'string' },
      'seed-tickets': { type: 'string' },
    },
  }).valueOf() as { values: Record<string, string | undefined> };
  if (values.token !== undefined && values.backend === undefined) throw new UsageError('--token needs --backend');
  if (values.backend !== undefined && values.token === undefined && !options.allowStoredToken) throw new UsageError('--backend and --token go together');
  if (values.backend !== undefined) {
    const url = new URL(values.backend);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError('--backend must be an http(s) URL');
  }
  const port = integer(values.port, 'port');
  const seedTickets = integer(values['seed-tickets'], 'seed-tickets');
  return {
    dataDir: resolve(values.data ?? defaultDataDir),
    ...(values.backend !== undefined && values.token !== undefined ? { backend: { url: values.backend, token: values.token } } : {}),
    ...(values.backend !== undefined && values.token === undefined ? { backendUrl: values.backend } : {}),
    ...(values.agent !== undefined ? { agentId: values.agent } : {}),
    ...(port !== undefined ? { port } : {}),
    trafficPerMinute: integer(values.traffic, 'traffic') ?? 0,
    ...(seedTickets !== undefined ? { seedTickets } : {}),
  };
}

export interface BackendCliOptions {
  dataDir: string | ':memory:';
  port: number;
  token?: string;
  tickets?: number;
  seed?: number;
  trafficPerMinute: number;
}

export function parseBackendOptions(argv: string[]): BackendCliOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      data: { type: 'string' },
      memory: { type: 'boolean' },
      port: { type: 'string' },
      token: { type: 'string' },
      tickets: { type: 'string' },
      seed: { type: 'string' },
      traffic: { type: 'string' },
    },
  }) as { values: Record<string, string | boolean | undefined> };
  const str = (k: string) => values[k] as string | undefined;
  if (values.memory && str('data')) throw new UsageError('--memory and --data exclude each other');
  const tickets = integer(str('tickets'), 'tickets');
  const seed = integer(str('seed'), 'seed');
  return {
    dataDir: values.memory ? ':memory:' : resolve(str('data') ?? join(homedir(), '.agentdesk', 'backend')),
    port: integer(str('port'), 'port') ?? 0,
    ...(str('token') !== undefined ? { token: str('token')! } : {}),
    ...(tickets !== undefined ? { tickets } : {}),
    ...(seed !== undefined ? { seed } : {}),
    trafficPerMinute: integer(str('traffic'), 'traffic') ?? 0,
  };
}
