import type { BackendKind } from './connector-factory';

// What kind of helpdesk answers at an address, from what each says before anyone signs in. Asked
// only after a check failed, so that a wrong backend kind is told apart from a wrong token (the
// AgentDesk backend answers 401 to every path, Request Tracker's and Zendesk's API paths included).

const PROBE_TIMEOUT_MS = 4_000;

type Probe = (base: string, signal: AbortSignal) => Promise<boolean>;

async function json(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** The AgentDesk backend's health route is open and names it. */
const isAgentDeskBackend: Probe = async (base, signal) => {
  const response = await fetch(`${base}/api/v1/health`, { signal, redirect: 'manual' });
  const body = await json(response);
  return response.ok && (body as { name?: unknown } | null)?.name === 'agentdesk-embedded-backend';
};

/** Request Tracker sends anyone not signed in to its login page, with its session cookie. */
const isRequestTracker: Probe = async (base, signal) => {
  const response = await fetch(`${base}/`, { signal, redirect: 'manual' });
  await response.body?.cancel();
  const location = response.headers.get('location') ?? '';
  return /\/NoAuth\/Login\.html/.test(location) || /(^|,\s*)RT_SID_/.test(response.headers.get('set-cookie') ?? '');
};

/** Zendesk answers its "who am I" route for anyone: an anonymous end-user, or "Couldn't authenticate you". */
const isZendesk: Probe = async (base, signal) => {
  const response = await fetch(`${base}/api/v2/users/me.json`, { signal, redirect: 'manual' });
  const body = (await json(response)) as { error?: unknown; user?: { role?: unknown } } | null;
  if (response.status === 401) return body?.error === "Couldn't authenticate you";
  return response.ok && typeof body?.user?.role === 'string';
};

const PROBES: ReadonlyArray<[BackendKind, Probe]> = [
  ['embedded', isAgentDeskBackend],
  ['request-tracker', isRequestTracker],
  ['zendesk', isZendesk],
];

/** The kind of backend at `url` other than `expected`, when one recognisably answers there; else null. */
export async function otherBackendKindAt(url: string, expected: BackendKind, timeoutMs = PROBE_TIMEOUT_MS): Promise<BackendKind | null> {
  const base = url.replace(/\/+$/, '');
  const signal = AbortSignal.timeout(timeoutMs);
  for (const [kind, probe] of PROBES) {
    if (kind === expected) continue;
    try {
      if (await probe(base, signal)) return kind;
    } catch {
      // Not this kind, or nothing answers: the check's own sentence stands.
    }
  }
  return null;
}
