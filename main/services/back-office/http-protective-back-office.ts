import { z } from 'zod';
import { PROTECTIVE_ACTIONS, UNDO_KINDS, type AccountProtections, type ProtectionInForce, type UndoRequest } from '../../../preload/contract';
import { BackOfficeError, type AccountKey, type BackOfficeConnector } from './back-office-connector';
import { HttpBackOfficeConnector, type HttpBackOfficeOptions } from './http-back-office-connector';

// The back office's writes (API.md, "Protective actions and four eyes") beside its reads, over the
// same address and token. Every answer is checked before the desk believes it.

const epochMs = z.number().int().min(0).max(8.64e15);
const shortText = z.string().min(1).max(200);
const protectionSchema = z.object({ action: z.enum(PROTECTIVE_ACTIONS), ticketId: shortText, by: shortText, at: epochMs, reason: z.string().max(2000) }) satisfies z.ZodType<ProtectionInForce>;
const requestSchema = z.object({
  id: shortText,
  ticketId: shortText,
  undo: z.enum(UNDO_KINDS),
  requestedBy: shortText,
  reason: z.string().max(2000),
  evidence: z.string().max(5000),
  requestedAt: epochMs,
  state: z.enum(['pending', 'approved']),
  approvedBy: shortText.nullable(),
  approvedAt: epochMs.nullable(),
}) satisfies z.ZodType<UndoRequest>;
const protectionsSchema = z.object({ inForce: z.array(protectionSchema).max(200), requests: z.array(requestSchema).max(500) }) satisfies z.ZodType<AccountProtections>;

const ANSWER_LIMIT = 1024 * 1024;

type Method = 'GET' | 'POST';

export class HttpProtectiveBackOffice extends HttpBackOfficeConnector implements Required<Pick<BackOfficeConnector, 'applyProtection' | 'requestUndo' | 'approveUndo' | 'protections' | 'pendingApprovals'>> {
  constructor(private readonly connection: HttpBackOfficeOptions) {
    super(connection);
  }

  async applyProtection(idempotencyKey: string, r: { account: AccountKey; ticketId: string; agentId: string; action: ProtectionInForce['action']; reason: string }) {
    const body = { userId: r.account.userId, email: r.account.email, ticketId: r.ticketId, agentId: r.agentId, action: r.action, reason: r.reason };
    return this.send('POST', '/api/v1/back-office/protections', z.object({ protection: protectionSchema }), body, idempotencyKey);
  }

  async requestUndo(idempotencyKey: string, r: { account: AccountKey; ticketId: string; agentId: string; undo: UndoRequest['undo']; reason: string; evidence: string }) {
    const body = { userId: r.account.userId, email: r.account.email, ticketId: r.ticketId, agentId: r.agentId, undo: r.undo, reason: r.reason, evidence: r.evidence };
    return this.send('POST', '/api/v1/back-office/approvals', z.object({ request: requestSchema }), body, idempotencyKey);
  }

  async approveUndo(idempotencyKey: string, r: { requestId: string; agentId: string }) {
    return this.send('POST', `/api/v1/back-office/approvals/${encodeURIComponent(r.requestId)}/approve`, z.object({ request: requestSchema }), { agentId: r.agentId }, idempotencyKey);
  }

  async protections(key: AccountKey) {
    const query = new URLSearchParams();
    if (key.userId) query.set('userId', key.userId);
    if (key.email) query.set('email', key.email);
    return this.send('GET', `/api/v1/back-office/protections?${query.toString()}`, protectionsSchema);
  }

  async pendingApprovals() {
    return (await this.send('GET', '/api/v1/back-office/approvals', z.object({ requests: z.array(requestSchema).max(1000) }))).requests;
  }

  /** One call with a hard timeout; failures sorted as the reads' are (down, timeout, refused with the status, malformed). */
  private async send<T>(method: Method, path: string, schema: z.ZodType<T>, body?: unknown, idempotencyKey?: string): Promise<T> {
    const { url, token } = this.connection;
    const timeoutMs = this.connection.timeoutMs ?? 5_000;
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    let response: Response;
    let text: string;
    try {
      response = await fetch(new URL(path, url), { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}), signal: AbortSignal.timeout(timeoutMs) });
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
    if (response.status === 404) throw new BackOfficeError('unknown_customer', `The back office found nothing for ${method} ${path.split('?')[0]}${said()}.`, 404);
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
    if (!parsed.success) throw new BackOfficeError('malformed', `The back office's answer does not match its API at ${parsed.error.issues[0]?.path.join('.') || 'the top'}.`);
    return parsed.data;
  }
}
