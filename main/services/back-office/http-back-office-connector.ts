import type { z } from 'zod';
import { accountAnswerSchema } from './back-office-wire';
import { BackOfficeError, type AccountKey, type BackOfficeConnector } from './back-office-connector';

export interface HttpBackOfficeOptions {
  /** The back office's base address (the embedded backend's own, or an exchange's). */
  url: string;
  token: string;
  timeoutMs?: number;
}

const ANSWER_LIMIT = 2 * 1024 * 1024;

/**
 * The back-office API of main/backend/API.md (`GET /api/v1/back-office/account?userId=&email=`)
 * over HTTP with a bearer token and a hard timeout. Not the helpdesk's JSON client: that one sorts
 * failures for the outbox's retries, this one for a panel that shows the cache instead.
 */
export class HttpBackOfficeConnector implements BackOfficeConnector {
  constructor(private readonly options: HttpBackOfficeOptions) {}

  async accountFacts(key: AccountKey) {
    const query = new URLSearchParams();
    if (key.userId) query.set('userId', key.userId);
    if (key.email) query.set('email', key.email);
    const answer = await this.send('GET', `/api/v1/back-office/account?${query.toString()}`, accountAnswerSchema, { notFound: `The back office has no account for ${key.userId || key.email}.` });
    return answer.account;
  }

  /**
   * One call with a hard timeout, its failures sorted for the panel and the outbox alike: down
   * (unreachable, 5xx, 429), timeout, refused with the status, malformed; the answer checked
   * against its schema before the desk believes it.
   */
  protected async send<T>(method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, options: { body?: unknown; idempotencyKey?: string; notFound?: string } = {}): Promise<T> {
    const { url, token } = this.options;
    const timeoutMs = this.options.timeoutMs ?? 5_000;
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    let response: Response;
    let text: string;
    try {
      response = await fetch(new URL(path, url), { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}), signal: AbortSignal.timeout(timeoutMs) });
      text = await response.text();
    } catch (error) {
      if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) throw new BackOfficeError('timeout', `The back office at ${url} did not answer within ${timeoutMs} ms.`);
      const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
      throw new BackOfficeError('down', `The back office at ${url} cannot be reached: ${cause}.`);
    }
    const said = () => {
      try {
        const message = (JSON.parse(text) as { message?: unknown }).message;
        return typeof message === 'string' ? `: ${message.slice(0, 300)}` : '';
      } catch {
        return '';
      }
    };
    if (response.status === 404) throw new BackOfficeError('unknown_customer', options.notFound ?? `The back office found nothing for ${method} ${path.split('?')[0]}${said()}.`, 404);
    if (response.status >= 500 || response.status === 429) throw new BackOfficeError('down', `The back office answered HTTP ${response.status}${said()}.`, response.status);
    if (!response.ok) throw new BackOfficeError('refused', `The back office refused it with HTTP ${response.status}${said()}.`, response.status);
    if (text.length > ANSWER_LIMIT) throw new BackOfficeError('malformed', `The back office's answer is larger than ${ANSWER_LIMIT} bytes.`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new BackOfficeError('malformed', 'The back office answered with a body that is not JSON.');
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new BackOfficeError('malformed', `The back office's answer does not match its API at ${first?.path.join('.') || 'the top'}: ${first?.message ?? 'invalid'}.`);
    }
    return parsed.data;
  }
}
