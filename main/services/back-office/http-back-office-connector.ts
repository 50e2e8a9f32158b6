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
    const address = new URL(`/api/v1/back-office/account?${query.toString()}`, this.options.url);
    const timeoutMs = this.options.timeoutMs ?? 5_000;
    let response: Response;
    let text: string;
    try {
      response = await fetch(address, { headers: { authorization: `Bearer ${this.options.token}`, accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
      text = await response.text();
    } catch (error) {
      if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
        throw new BackOfficeError('timeout', `The back office at ${this.options.url} did not answer within ${timeoutMs} ms.`);
      }
      const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
      throw new BackOfficeError('down', `The back office at ${this.options.url} cannot be reached: ${cause}.`);
    }
    if (response.status === 404) throw new BackOfficeError('unknown_customer', `The back office has no account for ${key.userId || key.email}.`, 404);
    if (response.status >= 500) throw new BackOfficeError('down', `The back office answered HTTP ${response.status}.`, response.status);
    if (!response.ok) throw new BackOfficeError('refused', `The back office refused the request with HTTP ${response.status}.`, response.status);
    if (text.length > ANSWER_LIMIT) throw new BackOfficeError('malformed', `The back office's answer is larger than ${ANSWER_LIMIT} bytes.`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new BackOfficeError('malformed', 'The back office answered with a body that is not JSON.');
    }
    const parsed = accountAnswerSchema.safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new BackOfficeError('malformed', `The back office's answer does not match its API at ${first?.path.join('.') || 'the top'}: ${first?.message ?? 'invalid'}.`);
    }
    return parsed.data.account;
  }
}
