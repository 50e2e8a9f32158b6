import { RT_NAME_KEYS, type BackendCheckResult, type BackendChoice, type BackendProblemKind, type RtLayoutChoice } from '../../../preload/contract';
import { formatRtPriorityScale, readRtPriorityScale } from '../../../preload/rules/rt-priority-scale';
import { ConnectorError } from '../connectors/backend-connector';
import { otherBackendKindAt } from '../connectors/backend-fingerprint';
import { classifyBackendProblem, createConnector, describeBackendProblem, type BackendConfig, type RequestTrackerBackendConfig } from '../connectors/connector-factory';

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
      return { kind: 'request-tracker', url, token, ...rtConfigOf(choice.rt) };
    case 'zendesk':
      return { kind: 'zendesk', url, token, ...(choice.oauth ? { oauth: true } : { email: choice.email?.trim() ?? '' }) };
  }
}

/** The names given and the priority scale, when it reads as one (testChoice refuses one that does not). */
function rtConfigOf(rt: RtLayoutChoice | undefined): Partial<RequestTrackerBackendConfig> {
  if (!rt) return {};
  const read = rt.priorities === null ? null : readRtPriorityScale(rt.priorities);
  return { ...rt.names, ...(read && 'scale' in read ? { priorities: read.scale } : {}) };
}

/** The RT layout of a configuration, as the settings view shows it; absent when all is default. */
function rtChoiceOf(config: RequestTrackerBackendConfig): RtLayoutChoice | undefined {
  const names = Object.fromEntries(RT_NAME_KEYS.flatMap((key) => (config[key] !== undefined ? [[key, config[key]]] : [])));
  const priorities = config.priorities ? formatRtPriorityScale(config.priorities) : null;
  return Object.keys(names).length > 0 || priorities !== null ? { names, priorities } : undefined;
}

/** A priority scale typed in the settings view that is not one; null when there is none or it reads. */
export function rtChoiceProblem(choice: BackendChoice): BackendCheckResult | null {
  const text = choice.kind === 'request-tracker' ? (choice.rt?.priorities ?? null) : null;
  if (text === null || text.trim() === '' || 'scale' in readRtPriorityScale(text)) return null;
  return failed('rt-priorities', `"${text}" is not a Request Tracker priority scale: give the RT numbers for low, normal, high and urgent, each above the one before, e.g. 0,50,75,100.`);
}

export function choiceOf(config: BackendConfig | null): BackendChoice {
  if (!config) return { kind: 'embedded', url: '', email: null, oauth: false };
  const rt = config.kind === 'request-tracker' ? rtChoiceOf(config) : undefined;
  return {
    kind: config.kind,
    url: config.url,
    email: config.kind === 'zendesk' ? (config.email ?? null) : null,
    oauth: config.kind === 'zendesk' && config.oauth === true,
    ...(rt ? { rt } : {}),
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
  const started = Date.now();
  try {
    const connector = createConnector(config);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ConnectorError('temporary', `no answer within ${Math.round(timeoutMs / 1000)} s: timed out`)), timeoutMs);
    });
    await Promise.race([connector.checkConnection(), timeout]);
    return { ok: true, message: `Signed in to ${config.url}.`, switched: false, problem: null, tokenStorage: null };
  } catch (error) {
    const problem = classifyBackendProblem(error);
    // A token refused, or an API missing, may well be the right token for the wrong kind of server.
    if (problem === 'credentials' || problem === 'wrong-address' || problem === 'wrong-kind') {
      // Within what is left of the check's time limit: the sentence still comes within it.
      const detected = await otherBackendKindAt(config.url, config.kind, Math.max(500, Math.min(4_000, timeoutMs - (Date.now() - started))));
      if (detected) return { ...failed('other-kind', describeOtherKind(config, detected)), detectedKind: detected };
    }
    return failed(problem, describeBackendProblem(error, config));
  } finally {
    clearTimeout(timer);
  }
}

const KIND_NAMES: Record<BackendConfig['kind'], string> = { embedded: 'an AgentDesk backend', 'request-tracker': 'Request Tracker', zendesk: 'Zendesk' };

function describeOtherKind(config: BackendConfig, detected: BackendConfig['kind']): string {
  return `${config.url} is ${KIND_NAMES[detected]}, not ${KIND_NAMES[config.kind]}: choose ${KIND_NAMES[detected]} as the backend kind, or check the address.`;
}

function missingField(config: BackendConfig): BackendProblemKind | null {
  if (config.token.trim() === '') return 'missing-token';
  if (config.kind === 'zendesk' && !config.oauth && (config.email ?? '').trim() === '') return 'missing-email';
  return null;
}

function failed(problem: BackendProblemKind, message: string): BackendCheckResult {
  return { ok: false, message, switched: false, problem, tokenStorage: null };
}
