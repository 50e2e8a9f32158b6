import { ConnectorError } from '../backend-connector';
import { errorForStatus, parseRetryAfter } from '../http-json-client';

export type QueryValue = string | number | ReadonlyArray<string | number>;

export interface RtRequest {
  query?: Record<string, QueryValue | undefined>;
  /** A JSON body (content type application/json). */
  json?: unknown;
  /** A form body: REST2 takes long TicketSQL/TransactionSQL this way. */
  form?: Record<string, string>;
  headers?: Record<string, string>;
  /** Statuses handed back to the caller instead of thrown (e.g. 412 for If-Match). */
  accept?: readonly number[];
}

export interface RtResponse {
  status: number;
  json: unknown;
  etag: string | null;
}

/**
 * Talks to RT's REST2 API with token auth, a timeout, and failures sorted into ConnectorError
 * kinds. It also keeps an estimate of RT's clock, which incremental pulls are measured against.
 */
export class RtHttpClient {
  readonly apiBase: string;
  private readonly skews: number[] = [];

  constructor(
    readonly baseUrl: string,
    private readonly token: string,
    private readonly timeoutMs: number,
  ) {
    this.apiBase = `${baseUrl.replace(/\/+$/, '')}/REST/2.0`;
  }

  async request(method: string, path: string, options: RtRequest = {}): Promise<RtResponse> {
    const url = new URL(`${this.apiBase}${path}`);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, String(item));
    }
    const headers: Record<string, string> = { authorization: `token ${this.token}`, accept: 'application/json', ...options.headers };
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(options.form).toString();
    }
    const what = `${method} ${path}`;
    let response: Response;
    try {
      response = await fetch(url, { method, headers, ...(body !== undefined ? { body } : {}), signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      const reason = error instanceof Error ? (error.name === 'TimeoutError' ? `no answer in ${this.timeoutMs} ms` : ((error.cause as Error | undefined)?.message ?? error.message)) : String(error);
      throw new ConnectorError('temporary', `Request Tracker unreachable at ${this.baseUrl}: ${reason}`);
    }
    this.noteServerDate(response.headers.get('date'));
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      // The request reached RT; only the answer was lost.
      throw new ConnectorError('temporary', `Request Tracker at ${this.baseUrl} dropped the answer to ${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const json = parseJson(text);
    const accepted = options.accept?.includes(response.status) ?? false;
    if (!response.ok && !accepted) throw this.failure(response, what, json);
    if (response.ok && json === undefined) {
      throw new ConnectorError('invalid_payload', `${this.baseUrl} answered ${what} with something that is not JSON: is it the address of a Request Tracker 5 (its REST2 API lives under /REST/2.0)?`, { status: response.status });
    }
    return { status: response.status, json: json ?? null, etag: response.headers.get('etag') };
  }

  /** RT's clock now, in epoch seconds, erring late by up to a couple of seconds. */
  serverNowSeconds(localNowMs = Date.now()): number {
    // Each Date header gives a lower bound of the skew; the largest recent one is the tightest.
    const skew = this.skews.length > 0 ? Math.max(...this.skews) : 0;
    return Math.ceil((localNowMs + skew) / 1000) + 1;
  }

  hasClockReading(): boolean {
    return this.skews.length > 0;
  }

  private noteServerDate(header: string | null): void {
    const serverMs = header ? Date.parse(header) : NaN;
    if (!Number.isFinite(serverMs)) return;
    this.skews.push(serverMs - Date.now());
    if (this.skews.length > 20) this.skews.shift();
  }

  private failure(response: Response, what: string, json: unknown): ConnectorError {
    const said = typeof (json as { message?: unknown } | undefined)?.message === 'string' ? ` — ${(json as { message: string }).message.slice(0, 300)}` : '';
    const message = `Request Tracker answered ${what} with HTTP ${response.status}${said}`;
    if (response.status === 401) return new ConnectorError('auth', `Request Tracker at ${this.baseUrl} refused the token (HTTP 401): check the auth token`, { status: 401 });
    // 403 in REST2 means "this user lacks the right", not a bad token.
    if (response.status === 403) return new ConnectorError('permanent', message, { status: 403 });
    return errorForStatus(response.status, message, parseRetryAfter(response.headers.get('retry-after')));
  }
}

function parseJson(text: string): unknown {
  if (text.length === 0) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
