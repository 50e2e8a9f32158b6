import { ConnectorError } from '../backend-connector';
import { parseRetryAfter } from '../http-json-client';
import { zendeskErrorForStatus } from './zendesk-errors';

/** An API token (basic auth as `email/token:TOKEN`) or an OAuth access token (bearer). */
export type ZendeskAuth = { kind: 'api_token'; email: string; token: string } | { kind: 'oauth'; accessToken: string };

export interface ZendeskHttpOptions {
  baseUrl: string;
  auth: ZendeskAuth;
  /** Per request; a server that accepts the connection and never answers must not hang sync. */
  timeoutMs?: number;
  /** Retry-After waits up to this long happen here; longer ones go back to the caller (the outbox backs off). */
  maxRateLimitWaitMs?: number;
  /** Attempts per request for rate limits and, on reads, dropped connections and 5xx. */
  maxAttempts?: number;
  /** Pause before re-reading after a dropped connection or a 5xx. */
  retryDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface ZendeskRequest {
  query?: Record<string, string | string[] | undefined>;
  body?: unknown;
  /**
   * Whether a dropped connection or a 5xx may simply be sent again. True for reads; writes say
   * false, because Zendesk may have applied them: the delivery code decides how to retry those.
   */
  repeatable: boolean;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The API token must never travel in clear text, except to a server on this machine. */
export function checkBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConnectorError('permanent', `"${baseUrl}" is not a URL: use the account address, e.g. https://yourcompany.zendesk.com`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new ConnectorError('permanent', `refusing ${url.protocol}// for Zendesk at ${url.host}: credentials are only sent over https`);
  }
  return url;
}

/** Zendesk's JSON API over fetch: authentication, timeouts, Retry-After, and errors sorted by kind. */
export class ZendeskHttpClient {
  private readonly base: URL;
  private readonly authorization: string;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: ZendeskHttpOptions) {
    this.base = checkBaseUrl(options.baseUrl);
    this.authorization =
      options.auth.kind === 'api_token'
        ? `Basic ${Buffer.from(`${options.auth.email}/token:${options.auth.token}`).toString('base64')}`
        : `Bearer ${options.auth.accessToken}`;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  get baseUrl(): string {
    return this.base.origin;
  }

  async request(method: 'GET' | 'PUT', path: string, request: ZendeskRequest): Promise<unknown> {
    const url = new URL(path, this.base);
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(name, v);
    }
    const what = `${method} ${url.pathname}`;
    const maxAttempts = Math.max(1, this.options.maxAttempts ?? 4);
    for (let attempt = 1; ; attempt++) {
      const canRetry = attempt < maxAttempts;
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers: {
            authorization: this.authorization,
            accept: 'application/json',
            ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
          // A redirect would carry the token to another address; Zendesk's API never needs one.
          redirect: 'manual',
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 20_000),
        });
      } catch (error) {
        const failure = new ConnectorError('temporary', `Zendesk unreachable at ${this.base.origin} (${what}): ${networkReason(error, this.options.timeoutMs ?? 20_000)}`);
        if (request.repeatable && canRetry) {
          await this.sleep((this.options.retryDelayMs ?? 500) * attempt);
          continue;
        }
        throw failure;
      }
      const text = await response.text().catch(() => '');
      if (response.status >= 300 && response.status < 400) {
        throw new ConnectorError('permanent', `Zendesk at ${this.base.origin} redirected ${what} to ${response.headers.get('location') ?? 'elsewhere'}: use the account's API address instead`, { status: response.status });
      }
      const json = parseJson(text);
      if (response.ok) {
        if (json === undefined) throw new ConnectorError('invalid_payload', `Zendesk answered ${what} with a body that is not JSON: is ${this.base.origin} a Zendesk account?`, { status: response.status });
        return json;
      }
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      if (response.status === 429 && canRetry) {
        // Zendesk always sends Retry-After with a 429; without it, wait a little longer each time.
        const wait = retryAfterMs ?? 1000 * attempt;
        if (wait <= (this.options.maxRateLimitWaitMs ?? 60_000)) {
          await this.sleep(wait);
          continue;
        }
      }
      if (response.status >= 500 && request.repeatable && canRetry) {
        await this.sleep(retryAfterMs ?? (this.options.retryDelayMs ?? 500) * attempt);
        continue;
      }
      if (response.status === 409) throw new ConnectorError('conflict', `Zendesk refused ${what}: the ticket changed since the version it was based on`, { status: 409 });
      throw zendeskErrorForStatus(response.status, what, json ?? null, this.base.origin, retryAfterMs);
    }
  }
}

function parseJson(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function networkReason(error: unknown, timeoutMs: number): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return `no answer within ${Math.round(timeoutMs / 100) / 10} s`;
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  if (cause && typeof cause.code === 'string') return cause.code === 'ENOTFOUND' ? 'host not found (check the account URL)' : cause.code;
  return typeof cause?.message === 'string' ? cause.message : error.message;
}
