import { RT_NAME_KEYS, type BackendProblemKind } from '../../../preload/contract';
import { ConnectorError, type BackendConnector } from './backend-connector';
import { EmbeddedConnector } from './embedded-connector';
import { RequestTrackerConnector } from './request-tracker/rt-connector';
import type { RequestTrackerOptions } from './request-tracker/rt-options';
import { ZendeskConnector } from './zendesk/zendesk-connector';
import type { ZendeskAuth } from './zendesk/zendesk-http';

export type BackendKind = BackendConnector['kind'];

export const BACKEND_KINDS = ['embedded', 'request-tracker', 'zendesk'] as const satisfies readonly BackendKind[];

/** AgentDesk's own backend, standalone or in-process: a bearer token. */
export interface EmbeddedBackendConfig {
  kind: 'embedded';
  url: string;
  token: string;
}

/** Request Tracker 5 over REST2: an RT auth token; the layout (queues, groups, fields, priority scale) defaults to a stock RT's (rt-options.ts). */
export interface RequestTrackerBackendConfig extends Omit<RequestTrackerOptions, 'defaultLanguage'> {
  kind: 'request-tracker';
  url: string;
  token: string;
}

/** The Request Tracker names that can be set, each with its default in RequestTrackerOptions. */
export const RT_LAYOUT_NAMES = RT_NAME_KEYS satisfies ReadonlyArray<keyof RequestTrackerBackendConfig>;
export type RtLayoutNames = Partial<Record<(typeof RT_LAYOUT_NAMES)[number], string>>;

/** Zendesk Support: an agent's email with an API token, or an OAuth access token (oauth: true, no email). */
export interface ZendeskBackendConfig {
  kind: 'zendesk';
  url: string;
  email?: string;
  token: string;
  oauth?: boolean;
}

export type BackendConfig = EmbeddedBackendConfig | RequestTrackerBackendConfig | ZendeskBackendConfig;

const KIND_NAMES: Record<BackendKind, string> = {
  embedded: 'the AgentDesk backend',
  'request-tracker': 'Request Tracker',
  zendesk: 'Zendesk',
};

const API_NAMES: Record<BackendKind, string> = {
  embedded: 'AgentDesk backend API',
  'request-tracker': 'Request Tracker REST2 API',
  zendesk: 'Zendesk API',
};

/** Builds the connector for a configured backend; a configuration that cannot work fails here, as a ConnectorError. */
export function createConnector(config: BackendConfig): BackendConnector {
  checkAddress(config);
  switch (config.kind) {
    case 'embedded':
      return new EmbeddedConnector(config.url, config.token);
    case 'request-tracker':
      return new RequestTrackerConnector(config.url, config.token, {
        ...Object.fromEntries(RT_LAYOUT_NAMES.flatMap((key) => (config[key] !== undefined ? [[key, config[key]]] : []))),
        ...(config.priorities ? { priorities: config.priorities } : {}),
      });
    case 'zendesk':
      return new ZendeskConnector({ url: config.url, auth: zendeskAuth(config) });
  }
}

// Checked up front: a malformed address would otherwise only fail at the first request, as a bare TypeError.
function checkAddress(config: BackendConfig): void {
  let url: URL | null = null;
  try {
    url = new URL(config.url);
  } catch {
    // Reported below.
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new ConnectorError('permanent', `"${config.url}" is not an http(s) address for ${KIND_NAMES[config.kind]}`);
  }
}

function zendeskAuth(config: ZendeskBackendConfig): ZendeskAuth {
  if (config.oauth && config.email !== undefined) {
    throw new ConnectorError('permanent', 'Zendesk takes either an agent email with an API token, or an OAuth token, not both');
  }
  if (config.oauth) return { kind: 'oauth', accessToken: config.token };
  if (config.email === undefined || config.email.trim() === '') {
    throw new ConnectorError('permanent', "Zendesk needs the agent's email to go with an API token (or an OAuth token instead)");
  }
  return { kind: 'api_token', email: config.email.trim(), token: config.token };
}

/** What a failed check asks the person to fix (the contract's kinds, less the fields the settings view checks itself). */
export type BackendProblem = Exclude<BackendProblemKind, 'missing-token' | 'missing-email' | 'other-kind' | 'rt-priorities'>;

/** Sorts a failed createConnector() or checkConnection() by what the person setting up the desk must fix. */
export function classifyBackendProblem(error: unknown): BackendProblem {
  if (!(error instanceof ConnectorError)) {
    return (error as { code?: unknown } | null)?.code === 'ERR_INVALID_URL' ? 'invalid-address' : 'unknown';
  }
  const status = error.details.status;
  switch (error.kind) {
    case 'auth':
      return 'credentials';
    case 'invalid_payload':
      return 'wrong-kind';
    case 'conflict':
      return 'unknown';
    case 'temporary':
      if (status !== undefined) return 'server-trouble';
      return /timed out|no answer/.test(error.message) ? 'timeout' : 'unreachable';
    case 'permanent':
      if (status === undefined) {
        if (/not an http\(s\) address|is not a URL|refusing|only sent over https/.test(error.message)) return 'invalid-address';
        if (/does not look like|not JSON/.test(error.message)) return 'wrong-kind';
        return 'unknown';
      }
      if (status === 404 || (status >= 300 && status < 400)) return 'wrong-address';
      if (status === 403) return 'permission';
      // 400, 405, 415…: something answered that does not speak this API.
      return 'wrong-kind';
  }
}

/**
 * One sentence for the person at the desk saying why the backend cannot be used and what to check:
 * the address, the network, the credentials, or whether it is the kind of server configured.
 */
export function describeBackendProblem(error: unknown, backend?: Pick<BackendConfig, 'kind' | 'url'>): string {
  const name = backend ? KIND_NAMES[backend.kind] : 'the backend';
  const at = backend ? ` at ${backend.url}` : '';
  const where = backend ? backend.url : 'the backend address';
  const message = error instanceof Error ? error.message : String(error);
  const status = error instanceof ConnectorError ? error.details.status : undefined;
  switch (classifyBackendProblem(error)) {
    case 'invalid-address':
      if (/refusing|only sent over https/.test(message)) return `${capitalized(name)} credentials are only sent over https: use the https:// address of ${where}.`;
      return `"${where}" is not a usable address: give the server's full http(s) URL, e.g. https://support.example.com.`;
    case 'unreachable':
      if (/ENOTFOUND|host not found|getaddrinfo/.test(message)) return `No server named ${hostOf(where)} could be found: check the address for typing errors.`;
      return `Nothing answers${at || ' at the backend address'}: check the address and that ${name} is running and reachable from this computer.`;
    case 'timeout':
      return `${capitalized(name)}${at} did not answer in time: it may be overloaded, or a firewall may be holding the connection.`;
    case 'credentials':
      return `${capitalized(name)}${at} refused the credentials: check the token${backend?.kind === 'zendesk' ? " and the agent's email" : ''}${backend ? ', and that the backend kind is right' : ''}.`;
    case 'wrong-address':
      return `There is no ${backend ? API_NAMES[backend.kind] : 'backend API'} at ${where}: check the address${backend ? ' and the backend kind' : ''}.`;
    case 'wrong-kind': {
      const version = /version ([\w.]+)/.exec(message)?.[1];
      if (backend?.kind === 'request-tracker' && version) return `${where} runs Request Tracker ${version}, but the desk needs Request Tracker 5.`;
      return `${where} answered, but not as ${name} does: check the address and the backend kind.`;
    }
    case 'permission':
      return `${capitalized(name)}${at} accepted the token, but its account lacks the rights the desk needs: give it an agent's rights.`;
    case 'server-trouble':
      return status === 429
        ? `${capitalized(name)}${at} is limiting requests right now: try again in a minute.`
        : `${capitalized(name)}${at} has a problem of its own (HTTP ${status ?? '?'}): try again shortly, or ask its administrator.`;
    case 'unknown':
      return `Could not use ${name}${at}: ${message.replace(/\.$/, '')}.`;
  }
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function hostOf(address: string): string {
  try {
    return new URL(address).host;
  } catch {
    return address;
  }
}
