import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDeskStack, until, type DeskStack as Desk } from '../../support/desk-stack';
import { startEmbeddedBackend, type EmbeddedBackend } from '../../../main/backend';
import { AuditLogTable } from '../../../main/services/audit/audit-log-table';
import { verifyChain } from '../../../main/services/audit/audit-chain';

/**
 * Three desks on one backend, each a whole desk service stack (cache, outbox, sync engine,
 * handlers behind dispatch): frontline escalates, security A freezes withdrawals and asks to
 * unfreeze, A cannot approve, security B approves, and the account is unfrozen once, even though
 * the backend's answer to B's approval is lost and the desk sends it again. Every step is on the
 * hash-chained audit log of the desk that took it and on the backend's, and both chains verify.
 */
let backend: EmbeddedBackend;
const cleanups: Array<() => Promise<void>> = [];

function desk(agentId: string): Promise<Desk> {
  return openDeskStack(backend, agentId, cleanups);
}



/** The desk's entry reached the backend (pull and drain at once rather than waiting for the timers). */
async function delivered(d: Desk, entryId: number): Promise<void> {
  await until(`entry ${entryId} delivered`, async () => {
    await d.call('sync.now', {});
    const entry = d.services.cache.outbox.get(entryId);
    if (entry?.state === 'failed') throw new Error(`entry ${entryId} failed: ${entry.lastError}`);
    return entry?.state === 'delivered';
  });
}

const backendAudit = () => new AuditLogTable(backend.store.db).list();
const deskActions = (d: Desk) => d.services.cache.audit.list().map((e) => e.action);

let ticketId = '';
let userId = '';

beforeAll(async () => {
  backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 40, seed: 11 });
  cleanups.push(() => backend.close());
  const created = backend.store.addSimulatedTicket({ subject: 'Someone is withdrawing my BTC', body: 'I did not make these withdrawals', customerName: 'Jonas Petrauskas', customerEmail: 'jonas.p@example.org', customerUserId: 'U-880011', topic: 'account_compromise', now: Date.now() });
  ticketId = created.ticket.id;
  userId = created.customer.userId;
});

afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('protective actions with four eyes across three desks', () => {
  it('escalate, A freezes, A asks to unfreeze, A cannot approve, B approves: unfrozen once, on every audit chain', async () => {
    const frontline = await desk('agent-frontline-1');
    const securityA = await desk('agent-security-1');
    const securityB = await desk('agent-security-2');
    for (const d of [frontline, securityA, securityB]) await d.services.sync.pull();

    // Frontline escalates; a frontline agent has no protective actions, whatever the desk sends.
    const escalation = await frontline.call('ticket.escalate', { ticketId, reason: 'account_takeover', note: 'Withdrawals the customer did not make', holdWithdrawals: false });
    expect(await frontline.refused('protection.apply', { ticketId, action: 'freeze_withdrawals' })).toBe('forbidden');
    await delivered(frontline, escalation.entry.id);
    await until('the case on security desk A', async () => {
      await securityA.services.sync.pull();
      return securityA.services.cache.tickets.get(ticketId)?.security;
    });

    // A freezes withdrawals in one call: an urgent outbox entry, delivered to the back office.
    const freeze = await securityA.call('protection.apply', { ticketId, action: 'freeze_withdrawals', note: 'Attacker changed the e-mail away from jonas.p@example.org' });
    expect(freeze.entry.kind).toBe('protect');
    await delivered(securityA, freeze.entry.id);
    const frozen = await securityA.call('protection.overview', { ticketId });
    expect(frozen.kind === 'found' && frozen.inForce.map((p) => [p.action, p.by])).toEqual([['freeze_withdrawals', 'agent-security-1']]);
    // The ticket shows it to frontline too, the customer's e-mail in the reason masked.
    const seenByFrontline = await frontline.call('protection.overview', { ticketId });
    expect(seenByFrontline.kind === 'found' && seenByFrontline.inForce.map((p) => p.action)).toEqual(['freeze_withdrawals']);
    expect(JSON.stringify(seenByFrontline)).not.toContain('jonas.p@example.org');
    expect(JSON.stringify(frozen)).toContain('jonas.p@example.org');
    // The account panel's facts follow the freeze.
    const facts = await securityB.call('account.facts', { ticketId });
    expect(facts.kind === 'found' && facts.facts?.locks.some((l) => l.kind === 'withdrawal_hold' && l.since >= escalation.entry.createdAt)).toBe(true);
    // A de-escalation now needs four eyes: refused on the desk.
    expect(await securityA.refused('ticket.deescalate', { ticketId, reason: 'Looks fine now' })).toBe('forbidden');

    // A asks to unfreeze, with the reason and the evidence.
    const ask = await securityA.call('protection.requestUndo', { ticketId, undo: 'unfreeze_withdrawals', reason: 'Customer verified on a video call', evidence: 'Selfie matches KYC; the attacker device was removed' });
    expect(ask.entry.kind).toBe('request_undo');
    await delivered(securityA, ask.entry.id);

    // A cannot approve their own request: refused on the desk, and by the backend for a request sent around the desk.
    const seenByA = await securityA.call('protection.pendingApprovals', {});
    expect(seenByA.requests).toHaveLength(1);
    const request = seenByA.requests[0]!;
    expect(request).toMatchObject({ undo: 'unfreeze_withdrawals', requestedBy: 'agent-security-1', reason: 'Customer verified on a video call', evidence: 'Selfie matches KYC; the attacker device was removed', ticketId });
    expect(await securityA.refused('protection.approve', { ticketId, requestId: request.id })).toBe('forbidden');
    const forged = await fetch(`${backend.url}/api/v1/back-office/approvals/${request.id}/approve`, {
      method: 'POST',
      headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json', 'idempotency-key': 'forged-self-approval' },
      body: JSON.stringify({ agentId: 'agent-security-1' }),
    });
    expect(forged.status).toBe(403);
    expect(await frontline.refused('protection.pendingApprovals', {})).toBe('forbidden');

    // B sees the request with the reason and the evidence, and approves. The backend's first
    // answer is lost after it committed: the desk sends the same key again.
    const seenByB = await securityB.call('protection.pendingApprovals', {});
    expect(seenByB.requests.map((r) => [r.id, r.reason, r.evidence])).toEqual([[request.id, request.reason, request.evidence]]);
    backend.faults.configure({ dropAfterCommitRate: 1 });
    const approval = await securityB.call('protection.approve', { ticketId, requestId: request.id });
    expect(approval.entry.kind).toBe('approve_undo');
    await until('the approval applied on the backend', () => backend.store.appliedLog().some((e) => e.kind === 'approve_undo'));
    backend.faults.configure({ dropAfterCommitRate: 0 });
    await delivered(securityB, approval.entry.id);
    expect(securityB.services.cache.outbox.get(approval.entry.id)!.attempts).toBeGreaterThanOrEqual(2);

    // Unfrozen, once.
    expect(backend.store.appliedLog().filter((e) => e.kind === 'approve_undo')).toHaveLength(1);
    const lifted = backendAudit().filter((e) => e.action === 'protection_lifted');
    expect(lifted).toHaveLength(1);
    expect(lifted[0]).toMatchObject({ actorId: 'agent-security-2', details: { protection: 'freeze_withdrawals', requestedBy: 'agent-security-1', approvedBy: 'agent-security-2', userId } });
    const after = await securityA.call('protection.overview', { ticketId });
    expect(after.kind === 'found' && after.inForce).toEqual([]);
    expect(after.kind === 'found' && after.requests.map((r) => [r.state, r.approvedBy])).toEqual([['approved', 'agent-security-2']]);
    expect((await securityB.call('protection.pendingApprovals', {})).requests).toEqual([]);

    // Every step on the backend's chain, in order, and on the chain of the desk that took it.
    const steps = backendAudit().map((e) => [e.action, e.actorId]);
    expect(steps).toEqual([
      ['escalate', 'agent-frontline-1'],
      ['protective_action', 'agent-security-1'],
      ['undo_requested', 'agent-security-1'],
      ['undo_approval_refused', 'agent-security-1'],
      ['undo_approved', 'agent-security-2'],
      ['protection_lifted', 'agent-security-2'],
    ]);
    expect(verifyChain(backendAudit())).toMatchObject({ ok: true, entries: 6 });
    expect(deskActions(frontline)).toEqual(['escalate']);
    expect(deskActions(securityA)).toEqual(['protective_action', 'undo_requested']);
    expect(deskActions(securityB)).toEqual(['undo_approved']);
    for (const d of [frontline, securityA, securityB]) {
      expect((await d.call('audit.export', { format: 'json' })).verification.ok).toBe(true);
      expect(await d.call('audit.verifyBackend', {})).toMatchObject({ ok: true, alarm: null });
    }
  }, 60_000);

  it('a de-escalation under a freeze waits for a second security agent, then applies once on every desk', async () => {
    const securityA = await desk('agent-security-1');
    const securityB = await desk('agent-security-2');
    await securityA.services.sync.pull();
    await securityB.services.sync.pull();
    await delivered(securityA, (await securityA.call('protection.apply', { ticketId, action: 'freeze_withdrawals' })).entry.id);
    await securityA.call('protection.overview', { ticketId });
    expect(await securityA.refused('ticket.deescalate', { ticketId, reason: 'Customer confirmed it was them' })).toBe('forbidden');
    await delivered(securityA, (await securityA.call('protection.requestUndo', { ticketId, undo: 'deescalate', reason: 'Customer confirmed it was them', evidence: 'Withdrawal went to their own wallet (verified)' })).entry.id);
    const { requests } = await securityB.call('protection.pendingApprovals', {});
    const request = requests.find((r) => r.undo === 'deescalate')!;
    await delivered(securityB, (await securityB.call('protection.approve', { ticketId, requestId: request.id })).entry.id);
    await until('the case de-escalated on desk A', async () => {
      await securityA.services.sync.pull();
      return securityA.services.cache.tickets.get(ticketId)?.security === false;
    });
    const deescalations = backendAudit().filter((e) => e.action === 'deescalate');
    expect(deescalations).toHaveLength(1);
    expect(deescalations[0]).toMatchObject({ actorId: 'agent-security-1', details: { requestId: request.id, approvedBy: 'agent-security-2' } });
    expect(verifyChain(backendAudit()).ok).toBe(true);
  }, 60_000);
});
