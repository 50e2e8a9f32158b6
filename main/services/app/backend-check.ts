import type { BackendCheckResult, BackendChoice, BackendProblemKind } from '../../../preload/contract';
import { ConnectorError } from '../connectors/backend-connector';
import { classifyBackendProblem, createConnector, describeBackendProblem, type BackendConfig } from '../connectors/connector-factory';

/** A backend as the agent typed it in the settings view. */
export interface BackendChoiceInput extends BackendChoice {
  /** Empty: keep the token already stored for this backend. */
  token: string;
}

/** The in-process embedded backend: no address, no token, nothing to check. */
export function isInProcessChoice(choice: Pick<BackendChoice, 'kind' | 'url'>): boolean {
  return choice.kind === 'embedded' && choice.url.trim() === '';
}

/** The connector configuration for a typed choice and its token. */
export function configOf(choice: BackendChoice, token: string): BackendConfig {
  const url = choice.url.trim().replace(/\/+$/, '');
  switch (choice.kind) {
    case 'embedded':
      return { kind: 'embedded', url, token };
    case 'request-tracker':
      return { kind: 'request-tracker', url, token };
    case 'zendesk':
      return { kind: 'zendesk', url, token, ...(choice.oauth ? { oauth: true } : { email: choice.email?.trim() ?? '' }) };
  }
}

export function choiceOf(config: BackendConfig | null): BackendChoice {
  if (!config) return { kind: 'embedded', url: '', email: null, oauth: false };
  return {
    kind: config.kind,
    url: config.url,
    email: config.kind === 'zendesk' ? (config.email ?? null) : null,
    oauth: config.kind === 'zendesk' && config.oauth === true,
  };
}

/** The key a backend's token is kept under: its address (the desktop has always stored it so). */
export function tokenKey(url: string): string {
  return `backend-token:${url.trim().replace(/\/+$/, '')}`;
}

/** Long enough for a slow helpdesk to answer, short enough that the settings view never seems to hang. */
export const CHECK_TIMEOUT_MS = 12_000;

/**
 * Signs in to the backend once, with a hard time limit, and says in one sentence what is wrong:
 * the address, the network, the credentials or the kind of server.
 */
export async function checkBackend(config: BackendConfig, timeoutMs = CHECK_TIMEOUT_MS): Promise<BackendCheckResult> {
  const problem = missingField(config);
  if (problem) return failed(problem, problem === 'missing-token' ? 'Enter the token for this backend.' : "Enter the agent's email for the Zendesk API token, or choose an OAuth token.");
  let timer: NodeJS.Timeout | undefined;
  try {
    const connector = createConnector(config);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ConnectorError('temporary', `no answer within ${Math.round(timeoutMs / 1000)} s: timed out`)), timeoutMs);
    });
    await Promise.race([connector.checkConnection(), timeout]);
    return { ok: true, message: `Signed in to ${config.url}.`, switched: false, problem: null, tokenStorage: null };
  } catch (error) {
    return failed(classifyBackendProblem(error), describeBackendProblem(error, config));
  } finally {
    clearTimeout(timer);
  }
}

function missingField(config: BackendConfig): BackendProblemKind | null {
  if (config.token.trim() === '') return 'missing-token';
  if (config.kind === 'zendesk' && !config.oauth && (config.email ?? '').trim() === '') return 'missing-email';
  return null;
}

function failed(problem: BackendProblemKind, message: string): BackendCheckResult {
  return { ok: false, message, switched: false, problem, tokenStorage: null };
}
