import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmbeddedBackend, type EmbeddedBackend } from '../../../main/backend';
import { AuditLogTable } from '../../../main/services/audit/audit-log-table';
import { verifyChain } from '../../../main/services/audit/audit-chain';
import { HttpBackOfficeConnector } from '../../../main/services/back-office/http-back-office-connector';

// The back office's protective actions and four eyes over HTTP, whatever a desk sends: only
// security agents act, the requester never approves their own request, an approval applies once
// even when retried, a de-escalation waits for approval while withdrawals are frozen, and every
// step is on the backend's hash-chained audit log.

let backend: EmbeddedBackend;
let clock = Date.UTC(2026, 11, 7, 12, 0, 0);
let ticketId = '';
let account = { userId: '', email: '' };

async function post(path: string, body: unknown, key = `key-${Math.random().toString(36).slice(2)}`): Promise<{ status: number; body: Record<string, unknown>; replayed: boolean }> {
  const response = await fetch(`${backend.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, replayed: response.headers.get('idempotent-replayed') === 'true' };
}

async function get(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${backend.url}${path}`, { headers: { authorization: `Bearer ${backend.token}` } });
  expect(response.status, path).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

const protect = (agentId: string, action: string, key?: string) => post('/api/v1/back-office/protections', { ...account, ticketId, agentId, action, reason: 'account takeover in progress' }, key);
const askUndo = (agentId: string, undo: string) => post('/api/v1/back-office/approvals', { ...account, ticketId, agentId, undo, reason: 'Customer verified', evidence: 'Video call, selfie matches KYC' });
const approve = (agentId: string, requestId: string, key?: string) => post(`/api/v1/back-office/approvals/${requestId}/approve`, { agentId }, key);
const actions = () => new AuditLogTable(backend.store.db).list().map((e) => e.action);

beforeEach(async () => {
  backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 30, seed: 3, now: () => clock, devRoutes: true });
  const created = backend.store.addSimulatedTicket({ subject: 'Someone took my account', body: 'Withdrawals I did not make', customerName: 'Ana Ruiz', customerEmail: 'ana.ruiz@example.org', customerUserId: 'U-7001', topic: 'account_compromise', security: true, now: clock });
  ticketId = created.ticket.id;
  account = { userId: created.customer.userId, email: '' };
});
afterEach(() => backend.close());

describe('protective actions on the back office', () => {
  it('refuses a protective action from anyone but security (403) and applies a security agent\'s once per key', async () => {
    expect((await protect('agent-frontline-1', 'freeze_withdrawals')).status).toBe(403);
    expect((await protect('agent-executive-1', 'lock_account')).status).toBe(403);
    const first = await protect('agent-security-1', 'freeze_withdrawals', 'freeze-key-1');
    expect(first.status).toBe(201);
    const again = await protect('agent-security-1', 'freeze_withdrawals', 'freeze-key-1');
    expect(again).toMatchObject({ status: 201, replayed: true });
    expect(actions().filter((a) => a === 'protective_action')).toHaveLength(1);
    // The account's facts follow: a withdrawal hold by the agent, the 2FA reset, the lock.
    await protect('agent-security-1', 'lock_account');
    await protect('agent-security-1', 'reset_two_factor');
    await protect('agent-security-1', 'sign_out_sessions');
    const facts = await new HttpBackOfficeConnector({ url: backend.url, token: backend.token }).accountFacts({ userId: account.userId, email: '' });
    expect(facts.locks.map((l) => l.kind)).toEqual(expect.arrayContaining(['withdrawal_hold', 'account_lock']));
    expect(facts.twoFactor).toEqual({ enabled: false, method: null, changedAt: clock });
    expect(facts.withdrawals.filter((w) => w.state === 'requested' || w.state === 'under_review')).toEqual([]);
    const state = await get(`/api/v1/back-office/protections?userId=${account.userId}`);
    expect((state['inForce'] as Array<{ action: string }>).map((p) => p.action)).toEqual(['freeze_withdrawals', 'lock_account', 'reset_two_factor', 'sign_out_sessions']);
  });

  it('refuses a self-approval and a non-security approval (403, on the audit log), and applies a second security agent\'s once even on retry', async () => {
    await protect('agent-security-1', 'freeze_withdrawals');
    expect((await askUndo('agent-frontline-1', 'unfreeze_withdrawals')).status).toBe(403);
    const asked = await askUndo('agent-security-1', 'unfreeze_withdrawals');
    expect(asked.status).toBe(201);
    const request = asked.body['request'] as { id: string; state: string };
    expect(request.state).toBe('pending');
    expect(((await get('/api/v1/back-office/approvals'))['requests'] as Array<{ id: string }>).map((r) => r.id)).toEqual([request.id]);

    expect((await approve('agent-security-1', request.id)).status).toBe(403);
    expect((await approve('agent-frontline-2', request.id)).status).toBe(403);
    expect((await approve('agent-executive-1', request.id)).status).toBe(403);
    // Still frozen after three refused approvals.
    expect(((await get(`/api/v1/back-office/protections?userId=${account.userId}`))['inForce'] as unknown[]).length).toBe(1);

    clock += 60_000;
    const approved = await approve('agent-security-2', request.id, 'approve-key-1');
    expect(approved.status).toBe(200);
    expect(approved.body['request']).toMatchObject({ state: 'approved', approvedBy: 'agent-security-2' });
    // A lost answer retried with the same key: the first answer again, no second effect.
    expect(await approve('agent-security-2', request.id, 'approve-key-1')).toMatchObject({ status: 200, replayed: true });
    // Another key for the same request (another desk, or a forged retry): already approved.
    expect((await approve('agent-security-3', request.id)).status).toBe(409);
    expect(((await get(`/api/v1/back-office/protections?userId=${account.userId}`))['inForce'] as unknown[])).toEqual([]);
    expect(((await get('/api/v1/back-office/approvals'))['requests'] as unknown[])).toEqual([]);

    const log = actions();
    expect(log.filter((a) => a === 'undo_approval_refused')).toHaveLength(3);
    expect(log.filter((a) => a === 'undo_approved')).toHaveLength(1);
    expect(log.filter((a) => a === 'protection_lifted')).toHaveLength(1);
    expect(verifyChain(new AuditLogTable(backend.store.db).list())).toMatchObject({ ok: true });
    expect(backend.store.appliedLog().filter((e) => e.kind === 'approve_undo')).toHaveLength(1);
  });

  it('will not take a request to lift what is not in force (409)', async () => {
    expect((await askUndo('agent-security-1', 'unlock_account')).status).toBe(409);
    expect((await askUndo('agent-security-1', 'deescalate')).status).toBe(409);
  });

  it('refuses a direct de-escalation while withdrawals are frozen; an approved request de-escalates the case once', async () => {
    await protect('agent-security-1', 'freeze_withdrawals');
    const direct = await post(`/api/v1/tickets/${ticketId}/escalation/deescalate`, { authorId: 'agent-security-1', reason: 'False alarm' });
    expect(direct.status).toBe(403);
    expect(backend.store.ticket(ticketId)!.security).toBe(true);
    const asked = await askUndo('agent-security-1', 'deescalate');
    const id = (asked.body['request'] as { id: string }).id;
    expect((await approve('agent-security-1', id)).status).toBe(403);
    expect((await approve('agent-security-2', id, 'approve-deescalation')).status).toBe(200);
    expect((await approve('agent-security-2', id, 'approve-deescalation')).replayed).toBe(true);
    expect(backend.store.ticket(ticketId)!.security).toBe(false);
    const deescalations = new AuditLogTable(backend.store.db).list().filter((e) => e.action === 'deescalate');
    expect(deescalations).toHaveLength(1);
    expect(deescalations[0]).toMatchObject({ actorId: 'agent-security-1', details: { requestId: id, approvedBy: 'agent-security-2' } });
  });

  it('answers 503 while the back office is down, so the desk retries, and an unknown account 404', async () => {
    await post('/api/v1/admin/back-office/faults', { mode: 'down' });
    expect((await protect('agent-security-1', 'freeze_withdrawals')).status).toBe(503);
    await post('/api/v1/admin/back-office/faults', { mode: 'none' });
    account = { userId: 'U-nobody', email: '' };
    expect((await protect('agent-security-1', 'freeze_withdrawals')).status).toBe(404);
  });
});
