import { z } from 'zod';
import { PROTECTIVE_ACTIONS, UNDO_KINDS, type AccountProtections, type ProtectionInForce, type UndoRequest } from '../../../preload/contract';
import type { AccountKey, BackOfficeConnector } from './back-office-connector';
import { HttpBackOfficeConnector } from './http-back-office-connector';

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

export class HttpProtectiveBackOffice extends HttpBackOfficeConnector implements Required<Pick<BackOfficeConnector, 'applyProtection' | 'requestUndo' | 'approveUndo' | 'protections' | 'pendingApprovals'>> {
  async applyProtection(idempotencyKey: string, r: { account: AccountKey; ticketId: string; agentId: string; action: ProtectionInForce['action']; reason: string }) {
    const body = { userId: r.account.userId, email: r.account.email, ticketId: r.ticketId, agentId: r.agentId, action: r.action, reason: r.reason };
    return this.send('POST', '/api/v1/back-office/protections', z.object({ protection: protectionSchema }), { body, idempotencyKey });
  }

  async requestUndo(idempotencyKey: string, r: { account: AccountKey; ticketId: string; agentId: string; undo: UndoRequest['undo']; reason: string; evidence: string }) {
    const body = { userId: r.account.userId, email: r.account.email, ticketId: r.ticketId, agentId: r.agentId, undo: r.undo, reason: r.reason, evidence: r.evidence };
    return this.send('POST', '/api/v1/back-office/approvals', z.object({ request: requestSchema }), { body, idempotencyKey });
  }

  async approveUndo(idempotencyKey: string, r: { requestId: string; agentId: string }) {
    return this.send('POST', `/api/v1/back-office/approvals/${encodeURIComponent(r.requestId)}/approve`, z.object({ request: requestSchema }), { body: { agentId: r.agentId }, idempotencyKey });
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
}
