import { ConnectorError } from './backend-connector';

export interface JsonClientOptions {
  baseUrl: string;
  token: string;
  timeoutMs?: number;
}

/** Seconds or an HTTP date, as Retry-After may carry either. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/** Maps an HTTP status to how the caller must react. */
export function errorForStatus(status: number, message: string, retryAfterMs?: number): ConnectorError {
  if (status === 401) return new ConnectorError('auth', message, { status });
  // 403 is a refusal of this one request (rights), not bad credentials: the entry fails, sync goes on.
  if (status === 403) return new ConnectorError('permanent', message, { status });
  if (status === 408 || status === 425 || status === 429 || status >= 500) return new ConnectorError('temporary', message, { status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
  return new ConnectorError('permanent', message, { status });
}

/** A fetch wrapper for JSON APIs with bearer auth, a timeout, and errors sorted by kind. */
export class HttpJsonClient {
  constructor(private readonly options: JsonClientOptions) {}

  async request(method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}): Promise<{ status: number; json: unknown }> {
    let response: Response;
    try {
      response = await fetch(new URL(path, this.options.baseUrl), {
        method,
        headers: {
          authorization: `Bearer ${this.options.token}`,
          accept: 'application/json',
          ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...init.headers,
        },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
    } catch (error) {
      const reason = error instanceof Error ? (error.name === 'TimeoutError' ? 'timed out' : (error.cause as Error | undefined)?.message ?? error.message) : String(error);
      throw new ConnectorError('temporary', `backend unreachable at ${this.options.baseUrl}: ${reason}`);
    }
    const text = await response.text().catch(() => '');
    let json: unknown = null;
    if (text.length > 0) {
      try {
        json = JSON.parse(text);
      } catch {
        if (response.ok) throw new ConnectorError('invalid_payload', `backend answered ${method} ${path} with a body that is not JSON`, { status: response.status });
      }
    }
    if (!response.ok && response.status !== 409) {
      const message = (json as { message?: unknown } | null)?.message;
      throw errorForStatus(response.status, `${method} ${path}: HTTP ${response.status}${typeof message === 'string' ? ` — ${message.slice(0, 300)}` : ''}`, parseRetryAfter(response.headers.get('retry-after')));
    }
    return { status: response.status, json };
  }
}
