import { HttpProtectiveBackOffice } from './http-protective-back-office';
import type { BackOfficeConnector } from './back-office-connector';

/** An exchange's back office: its address and token (`--back-office <url> --back-office-token <t>`). */
export interface BackOfficeConfig {
  url: string;
  token: string;
}

/**
 * The back office the desk reads accounts from: the one configured; else, with AgentDesk's own
 * backend, that backend (it serves one, with the same token); else none (Request Tracker and
 * Zendesk have no back office of their own), and the panel says so.
 */
export function chooseBackOffice(configured: BackOfficeConfig | null | undefined, helpdesk: { kind: string; url: string; token: string }): BackOfficeConnector | null {
  if (configured) return new HttpProtectiveBackOffice({ url: configured.url, token: configured.token });
  if (configured === undefined && helpdesk.kind === 'embedded') return new HttpProtectiveBackOffice({ url: helpdesk.url, token: helpdesk.token });
  return null;
}
