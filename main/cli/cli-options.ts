import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { BACKEND_KINDS, RT_LAYOUT_NAMES, type BackendConfig, type BackendKind, type RtLayoutNames } from '../services/connectors/connector-factory';
import { parseRtPriorityScale, type RtPriorityScale } from '../services/connectors/request-tracker/rt-field-maps';
import { INCIDENT_KINDS, isIncidentKind, parseSurgeSpec, type SurgeRequest } from '../backend';

/** Options shared by the desktop app and `npm run preview` (a public interface: keep them stable). */
export interface DeskOptions {
  dataDir: string;
  backend?: { url: string; token: string };
  /** --backend without --token: the desktop looks the token up in the OS keychain. */
  backendUrl?: string;
  /** What kind of server --backend is (--backend-kind); embedded unless told otherwise. */
  backendKind: BackendKind;
  /** Zendesk: the agent whose API token --token is (--zendesk-email). */
  zendeskEmail?: string;
  /** Zendesk: --token is an OAuth access token instead of an API token (--zendesk-oauth). */
  zendeskOAuth?: boolean;
  /** Request Tracker: queue, group and custom field names when they differ from the defaults (--rt-…). */
  rtNames?: RtLayoutNames;
  /** Request Tracker: the RT number for low, normal, high and urgent (--rt-priorities 0,50,75,100). */
  rtPriorities?: RtPriorityScale;
  agentId?: string;
  port?: number;
  trafficPerMinute: number;
  seedTickets?: number;
  /** The exchange's back office for the account panel (--back-office <url> --back-office-token <t>). */
  backOffice?: { url: string; token: string };
}

export class UsageError extends Error {}

function integer(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} takes a non-negative whole number, got "${value}"`);
  return n;
}

const backendKindSchema = z.enum(BACKEND_KINDS);

/** --rt-security-queue, --rt-default-queue, --rt-agent-group, --rt-security-group, --rt-topic-field, --rt-language-field, --rt-tags-field. */
const RT_FLAGS = Object.fromEntries(RT_LAYOUT_NAMES.map((key) => [`rt-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, key])) as Record<string, (typeof RT_LAYOUT_NAMES)[number]>;
const emailSchema = z.email();

export function parseDeskOptions(argv: string[], defaultDataDir = join(homedir(), '.agentdesk', 'desk'), options: { allowStoredToken?: boolean } = {}): DeskOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      backend: { type: 'string' },
      token: { type: 'string' },
      'backend-kind': { type: 'string' },
      'zendesk-email': { type: 'string' },
      'zendesk-oauth': { type: 'boolean' },
      ...Object.fromEntries(Object.keys(RT_FLAGS).map((flag) => [flag, { type: 'string' as const }])),
      'rt-priorities': { type: 'string' },
      data: { type: 'string' },
      agent: { type: 'string' },
      port: { type: 'string' },
      traffic: { type: 'string' },
      'seed-tickets': { type: 'string' },
      'back-office': { type: 'string' },
      'back-office-token': { type: 'string' },
    },
  }).valueOf() as { values: Record<string, string | undefined> & { 'zendesk-oauth'?: boolean } };
  if (values.token !== undefined && values.backend === undefined) throw new UsageError('--token needs --backend');
  if (values.backend !== undefined && values.token === undefined && !options.allowStoredToken) throw new UsageError('--backend and --token go together');
  if (values.backend !== undefined) {
    const url = URL.canParse(values.backend) ? new URL(values.backend) : null;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new UsageError(`--backend must be an http(s) URL, got "${values.backend}"`);
  }
  const backendKind = parseBackendKind(values['backend-kind']);
  // The in-process backend is always the embedded one; any other kind is a server the desk is pointed at.
  if (backendKind !== 'embedded' && values.backend === undefined) {
    throw new UsageError(`--backend-kind ${backendKind} needs --backend <url> and --token <token>`);
  }
  const zendeskEmail = values['zendesk-email'];
  const zendeskOAuth = values['zendesk-oauth'] === true;
  if (backendKind !== 'zendesk' && (zendeskEmail !== undefined || zendeskOAuth)) {
    throw new UsageError(`--zendesk-email and --zendesk-oauth are for --backend-kind zendesk, not ${backendKind}`);
  }
  if (backendKind === 'zendesk') {
    if (zendeskEmail !== undefined && zendeskOAuth) throw new UsageError('--zendesk-email (API token) and --zendesk-oauth (OAuth token) exclude each other');
    if (zendeskEmail === undefined && !zendeskOAuth) throw new UsageError("--backend-kind zendesk needs --zendesk-email <agent's email> for an API token, or --zendesk-oauth for an OAuth token");
    if (zendeskEmail !== undefined && !emailSchema.safeParse(zendeskEmail).success) throw new UsageError(`--zendesk-email takes an email address, got "${zendeskEmail}"`);
  }
  const rtNames: RtLayoutNames = {};
  for (const [flag, key] of Object.entries(RT_FLAGS)) {
    const value = values[flag];
    if (value === undefined) continue;
    if (backendKind !== 'request-tracker') throw new UsageError(`--${flag} is for --backend-kind request-tracker, not ${backendKind}`);
    if (value.trim() === '' || value.length > 200) throw new UsageError(`--${flag} takes a Request Tracker name, got "${value}"`);
    rtNames[key] = value.trim();
  }
  const rtPriorities = parseRtPriorities(values['rt-priorities'], backendKind);
  const backOffice = parseBackOffice(values['back-office'], values['back-office-token']);
  const port = integer(values.port, 'port');
  const seedTickets = integer(values['seed-tickets'], 'seed-tickets');
  return {
    dataDir: resolve(values.data ?? defaultDataDir),
    ...(values.backend !== undefined && values.token !== undefined ? { backend: { url: values.backend, token: values.token } } : {}),
    ...(values.backend !== undefined && values.token === undefined ? { backendUrl: values.backend } : {}),
    backendKind,
    ...(zendeskEmail !== undefined ? { zendeskEmail } : {}),
    ...(zendeskOAuth ? { zendeskOAuth } : {}),
    ...(Object.keys(rtNames).length > 0 ? { rtNames } : {}),
    ...(rtPriorities ? { rtPriorities } : {}),
    ...(values.agent !== undefined ? { agentId: values.agent } : {}),
    ...(port !== undefined ? { port } : {}),
    trafficPerMinute: integer(values.traffic, 'traffic') ?? 0,
    ...(seedTickets !== undefined ? { seedTickets } : {}),
    ...(backOffice ? { backOffice } : {}),
  };
}

function parseBackOffice(url: string | undefined, token: string | undefined): DeskOptions['backOffice'] {
  if (url === undefined && token === undefined) return undefined;
  if (url === undefined || token === undefined) throw new UsageError('--back-office and --back-office-token go together');
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) throw new UsageError(`--back-office must be an http(s) URL, got "${url}"`);
  if (token.trim() === '') throw new UsageError('--back-office-token takes the back office\'s token');
  return { url, token: token.trim() };
}

function parseRtPriorities(value: string | undefined, backendKind: BackendKind): RtPriorityScale | undefined {
  if (value === undefined) return undefined;
  if (backendKind !== 'request-tracker') throw new UsageError(`--rt-priorities is for --backend-kind request-tracker, not ${backendKind}`);
  const scale = parseRtPriorityScale(value);
  if (typeof scale === 'string') throw new UsageError(`--rt-priorities takes ${scale}`);
  return scale;
}

function parseBackendKind(value: string | undefined): BackendKind {
  if (value === undefined) return 'embedded';
  const parsed = backendKindSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--backend-kind takes ${BACKEND_KINDS.join(', ')}; got "${value}"`);
  return parsed.data;
}

/** The backend the parsed options name, with the token from --token or from where the desktop keeps it. */
export function deskBackendConfig(options: Pick<DeskOptions, 'backendKind' | 'zendeskEmail' | 'zendeskOAuth' | 'rtNames' | 'rtPriorities'>, url: string, token: string): BackendConfig {
  switch (options.backendKind) {
    case 'embedded':
      return { kind: 'embedded', url, token };
    case 'request-tracker':
      return { kind: 'request-tracker', url, token, ...options.rtNames, ...(options.rtPriorities ? { priorities: options.rtPriorities } : {}) };
    case 'zendesk':
      return { kind: 'zendesk', url, token, ...(options.zendeskEmail !== undefined ? { email: options.zendeskEmail } : {}), ...(options.zendeskOAuth ? { oauth: true } : {}) };
  }
}

export interface BackendCliOptions {
  dataDir: string | ':memory:';
  port: number;
  token?: string;
  tickets?: number;
  seed?: number;
  trafficPerMinute: number;
  /** --surge <factor>x<minutes> [--surge-incident <kind>]: a surge from the start. */
  surge?: SurgeRequest;
  /** --dev-routes: the development and test routes under /api/v1/admin/ (off unless asked for). */
  devRoutes?: true;
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
      surge: { type: 'string' },
      'surge-incident': { type: 'string' },
      'dev-routes': { type: 'boolean' },
    },
  }) as { values: Record<string, string | boolean | undefined> };
  const str = (k: string) => values[k] as string | undefined;
  if (values.memory && str('data')) throw new UsageError('--memory and --data exclude each other');
  const tickets = integer(str('tickets'), 'tickets');
  const seed = integer(str('seed'), 'seed');
  const surge = str('surge') === undefined ? undefined : parseSurgeSpec(str('surge')!);
  if (surge === null) throw new UsageError(`--surge takes <factor>x<minutes> such as 10x30, got "${str('surge')}"`);
  const incident = str('surge-incident');
  if (incident !== undefined && surge === undefined) throw new UsageError('--surge-incident needs --surge');
  if (incident !== undefined && !isIncidentKind(incident)) throw new UsageError(`--surge-incident is one of ${INCIDENT_KINDS.join(', ')}, got "${incident}"`);
  return {
    dataDir: values.memory ? ':memory:' : resolve(str('data') ?? join(homedir(), '.agentdesk', 'backend')),
    port: integer(str('port'), 'port') ?? 0,
    ...(str('token') !== undefined ? { token: str('token')! } : {}),
    ...(tickets !== undefined ? { tickets } : {}),
    ...(seed !== undefined ? { seed } : {}),
    trafficPerMinute: integer(str('traffic'), 'traffic') ?? 0,
    ...(surge !== undefined ? { surge: incident !== undefined ? { ...surge, incident } : surge } : {}),
    ...(values['dev-routes'] === true ? { devRoutes: true as const } : {}),
  };
}
