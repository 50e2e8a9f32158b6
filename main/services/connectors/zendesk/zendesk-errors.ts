import { ConnectorError } from '../backend-connector';
import { errorForStatus } from '../http-json-client';
import { errorBodySchema } from './zendesk-wire';

/**
 * Turns a Zendesk error answer into a ConnectorError whose message an agent (or the lead
 * engineer reading a log) can act on. Zendesk's envelope is `{"error": …, "description": …}`,
 * with `details` per field on a 422 RecordInvalid.
 */
export function describeZendeskError(body: unknown): string | null {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return null;
  const { error, description, details } = parsed.data;
  const parts: string[] = [];
  if (typeof error === 'string') parts.push(error);
  else if (error) parts.push([error.title, error.message].filter(Boolean).join(': '));
  if (description && description !== error) parts.push(description);
  if (details) {
    const fieldErrors = Object.entries(details).flatMap(([field, list]) => list.map((d) => `${field}: ${d.description ?? d.error ?? 'invalid'}`));
    if (fieldErrors.length > 0) parts.push(fieldErrors.slice(0, 5).join('; '));
  }
  const text = parts.filter((p) => p.length > 0).join(' — ');
  return text.length > 0 ? text.slice(0, 500) : null;
}

export function zendeskErrorForStatus(status: number, what: string, body: unknown, baseUrl: string, retryAfterMs?: number): ConnectorError {
  const said = describeZendeskError(body);
  const suffix = said ? ` (${said})` : '';
  switch (status) {
    case 401:
      return new ConnectorError('auth', `Zendesk refused the credentials for ${baseUrl}: check the agent email and API token, or the OAuth token${suffix}`, { status });
    case 403:
      // The credentials work; this one request is beyond the account's rights, so only it fails.
      return new ConnectorError('permanent', `Zendesk denied ${what}: the account behind the token lacks permission${suffix}`, { status });
    case 404:
      // A 404 without Zendesk's envelope usually means the URL is not a Zendesk account at all.
      return new ConnectorError('permanent', said ? `Zendesk found nothing for ${what}${suffix}` : `no Zendesk API at ${baseUrl} (HTTP 404 for ${what}): check the account URL, e.g. https://yourcompany.zendesk.com`, { status });
    case 422:
      return new ConnectorError('permanent', `Zendesk rejected ${what} as invalid${suffix}`, { status });
    case 429:
      return new ConnectorError('temporary', `Zendesk rate limit reached during ${what}${suffix}`, { status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
    default:
      return errorForStatus(status, `Zendesk answered ${what} with HTTP ${status}${suffix}`, retryAfterMs);
  }
}

/** A failure after which we cannot know whether Zendesk applied the request. */
export function isUncertainFailure(error: unknown): boolean {
  if (!(error instanceof ConnectorError) || error.kind !== 'temporary') return false;
  // 429 and 408 are refusals before any work; no status means the connection broke; 5xx may come after the write.
  const status = error.details.status;
  return status === undefined || status >= 500;
}
