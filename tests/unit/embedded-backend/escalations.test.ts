import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedBackend, type EmbeddedBackend } from '../../../main/backend';

let backend: EmbeddedBackend | null = null;
afterEach(async () => {
  await backend?.close();
  backend = null;
});

async function post(b: EmbeddedBackend, path: string, key: string, body: unknown): Promise<Response> {
  return fetch(`${b.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${b.token}`, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
}

const audit = async (b: EmbeddedBackend) => (await (await fetch(`${b.url}/api/v1/audit`, { headers: { authorization: `Bearer ${b.token}` } })).json()) as { entries: Array<{ action: string; seq: number }>; verification: { ok: boolean; brokenAt?: number } };

describe('escalations on the embedded backend', () => {
  it('applies an escalation once however often it is sent: one note, one holding reply, one audit record each', async () => {
    backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 30, seed: 3 });
    const body = { authorId: 'agent-frontline-1', reason: 'account_takeover', note: 'withdrawal to unknown address', holdWithdrawals: true, holdingReply: { body: 'Our security team has your case.', language: 'en' } };
    const first = await post(backend, '/api/v1/tickets/T-100003/escalation', 'escalation-key-1', body);
    const again = await post(backend, '/api/v1/tickets/T-100003/escalation', 'escalation-key-1', body);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect((await again.json()).ticket.version).toBe((await first.json()).ticket.version);
    const added = backend.store.messagesOf('T-100003').filter((m) => m.clientKey?.startsWith('escalation-key-1'));
    expect(added.map((m) => m.kind).sort()).toEqual(['note', 'reply']);
    expect((await audit(backend)).entries.map((e) => e.action)).toEqual(['escalate', 'account_protection_requested']);
    expect(backend.store.ticket('T-100003')).toMatchObject({ security: true, priority: 'urgent', acknowledgedAt: null });
  });

  it('refuses acknowledgement and de-escalation from anyone but security, and rejects a malformed escalation', async () => {
    backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 30, seed: 3 });
    await post(backend, '/api/v1/tickets/T-100004/escalation', 'escalation-key-2', { authorId: 'agent-frontline-1', reason: 'sim_swap', note: '', holdWithdrawals: false, holdingReply: null });
    expect((await post(backend, '/api/v1/tickets/T-100004/escalation/acknowledge', 'ack-key-0001', { authorId: 'agent-frontline-2', claim: true })).status).toBe(403);
    expect((await post(backend, '/api/v1/tickets/T-100004/escalation/deescalate', 'deesc-key-001', { authorId: 'agent-executive-1', reason: 'fine' })).status).toBe(403);
    expect((await post(backend, '/api/v1/tickets/T-100004/escalation/acknowledge', 'ack-key-0002', { authorId: 'agent-security-1', claim: false })).status).toBe(200);
    expect((await post(backend, '/api/v1/tickets/T-100004/escalation', 'escalation-key-3', { authorId: 'agent-frontline-1', reason: 'because', note: '', holdWithdrawals: false, holdingReply: null })).status).toBe(422);
  });

  it('shows an edited or deleted audit entry, even one changed behind the triggers’ back', async () => {
    backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 30, seed: 3 });
    for (const [i, id] of ['T-100005', 'T-100006', 'T-100007'].entries()) {
      await post(backend, `/api/v1/tickets/${id}/escalation`, `escalation-key-t${i}`, { authorId: 'agent-frontline-1', reason: 'phishing_victim', note: `case ${i}`, holdWithdrawals: false, holdingReply: null });
    }
    expect((await audit(backend)).verification.ok).toBe(true);
    const db = backend.store.db;
    expect(() => db.prepare(`UPDATE audit_log SET actor_id = 'someone-else' WHERE id = 2`).run()).toThrow(/append-only/);
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    db.prepare(`UPDATE audit_log SET details = '{"reason":"other"}' WHERE id = 2`).run();
    expect((await audit(backend)).verification).toMatchObject({ ok: false, brokenAt: 2 });
  });
});
