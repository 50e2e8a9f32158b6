import { createBridge } from './bridge-core';
import type { BridgeResult } from './contract';

/**
 * The browser-hosted mode's stand-in for the Electron preload: the same bridge, carried over a
 * loopback HTTP connection to the preview server. The per-run secret arrives in the URL fragment
 * (never sent in requests or logged), is kept for this tab only, and removed from the address bar.
 */
const SECRET_KEY = 'agentdesk.preview.secret';

function takeSecret(): string {
  const match = /(?:^#|&)secret=([^&]+)/.exec(location.hash);
  if (match?.[1]) {
    let value = match[1];
    try {
      value = decodeURIComponent(value);
    } catch {
      // A malformed fragment: keep it as typed; the server will say the page is not paired.
    }
    sessionStorage.setItem(SECRET_KEY, value);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(SECRET_KEY) ?? '';
}

const secret = takeSecret();

async function invoke(channel: string, input: unknown): Promise<BridgeResult<unknown>> {
  try {
    const response = await fetch(`/bridge/invoke/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-agentdesk-secret': secret },
      body: JSON.stringify(input ?? {}),
    });
    if (response.status === 401) return { ok: false, error: { code: 'forbidden', message: 'this page is not paired with the preview server; open the URL it printed' } };
    return (await response.json()) as BridgeResult<unknown>;
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: `the preview server is unreachable: ${error instanceof Error ? error.message : String(error)}` } };
  }
}

function listen(deliver: (event: string, payload: unknown) => void): void {
  // EventSource cannot send headers, so the secret goes in the query string of this one request.
  const source = new EventSource(`/bridge/events?secret=${encodeURIComponent(secret)}`);
  source.addEventListener('bridge', (message) => {
    const { name, payload } = JSON.parse((message as MessageEvent<string>).data) as { name: string; payload: unknown };
    deliver(name, payload);
  });
}

Object.defineProperty(window, 'agentdesk', { value: createBridge({ invoke, listen }, 'browser'), writable: false, configurable: false });
