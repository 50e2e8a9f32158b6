import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName, ChannelResult, EventName, EventPayloads } from '../../../preload/contract';
import { createAppServices, type AppServices } from '../../../main/services/app/app-services';
import { startEmbeddedBackend, type EmbeddedBackend } from '../../../main/backend';
import { silentLogger } from '../../../main/services/logging/logger';
import { ESCALATION_UNDO_WINDOW_MS } from '../../../preload/rules/escalation-defaults';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function backend(): Promise<EmbeddedBackend> {
  const b = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 120, seed: 7 });
  cleanups.push(() => b.close());
  return b;
}

interface Desk {
  services: AppServices;
  events: Array<{ event: EventName; payload: unknown; at: number }>;
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>>;
}

async function desk(b: EmbeddedBackend, agentId: string): Promise<Desk> {
  const services = await createAppServices({
    dataDir: mkdtempSync(join(tmpdir(), 'agentdesk-escalation-')),
    backend: { url: b.url, token: b.token },
    agentId,
    logger: silentLogger,
    appVersion: 'test',
  });
  cleanups.push(() => services.close());
  const events: Desk['events'] = [];
  services.subscribe(<E extends EventName>(event: E, payload: EventPayloads[E]) => events.push({ event, payload, at: Date.now() }));
  const call = async (channel: string, input: unknown) => {
    const result = await services.dispatch(channel as never, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  return { services, events, call: call as Desk['call'] };
}

async function until<T>(what: string, probe: () => T | null | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A frontline ticket that is not a security case yet, in a language other than English. */
function ordinaryTicket(b: EmbeddedBackend, language = 'es'): string {
  const row = b.store.db
    .prepare(`SELECT id FROM tickets WHERE json_extract(json, '$.security') = 0 AND json_extract(json, '$.language') = ? AND json_extract(json, '$.status') IN ('new', 'open') ORDER BY number LIMIT 1`)
    .get(language) as { id: string };
  return row.id;
}

describe('escalation from a frontline desk to the security desk', () => {
  it('applies at once locally, reaches the backend whole, and alerts the security desk', async () => {
    const b = await backend();
    const frontline = await desk(b, 'agent-frontline-1');
    const security = await desk(b, 'agent-security-1');
    const ticketId = ordinaryTicket(b);

    const receipt = await frontline.call('ticket.escalate', { ticketId, reason: 'account_takeover', note: 'Customer says 2 BTC left at 03:12', holdWithdrawals: true });
    expect(receipt.entry.kind).toBe('escalate');
    // Local effect before any delivery: security-urgent, in the security view, note and holding reply shown pending.
    const local = (await frontline.call('ticket.get', { ticketId }))!;
    expect(local.ticket).toMatchObject({ security: true, priority: 'urgent' });
    expect(local.ticket.escalatedAt).not.toBeNull();
    const pending = local.messages.filter((m) => m.pending);
    expect(pending.map((m) => m.kind).sort()).toEqual(['note', 'reply']);
    expect(pending.find((m) => m.kind === 'note')?.body).toContain('Account takeover');

    // Delivered whole: one escalation, the note, the holding reply in Spanish, the protection request on the audit chain.
    await until('the backend to hold the escalation', () => b.store.ticket(ticketId)?.escalatedAt);
    const messages = b.store.messagesOf(ticketId).filter((m) => m.clientKey?.startsWith(receipt.entry.key));
    expect(messages.filter((m) => m.kind === 'note')).toHaveLength(1);
    const holding = messages.filter((m) => m.kind === 'reply');
    expect(holding).toHaveLength(1);
    expect(holding[0]!.body).not.toMatch(/\{\{|\}\}/);
    const audit = await (await fetch(`${b.url}/api/v1/audit`, { headers: { authorization: `Bearer ${b.token}` } })).json();
    expect(audit.entries.map((e: { action: string }) => e.action)).toEqual(['escalate', 'account_protection_requested']);
    expect(audit.verification.ok).toBe(true);

    // The security desk hears of it through sync.
    const alert = await until('the security desk to be alerted', () => security.events.find((e) => e.event === 'escalation.arrived'));
    expect((alert.payload as EventPayloads['escalation.arrived']).tickets.map((t) => t.ticketId)).toContain(ticketId);
    const page = await security.call('queue.page', { view: 'security', offset: 0, limit: 50 });
    expect(page.rows[0]?.id).toBe(ticketId);
    // The frontline desk is never alerted, not even of its own escalation.
    expect(frontline.events.some((e) => e.event === 'escalation.arrived')).toBe(false);
  });

  it('lets only security acknowledge, claim, de-escalate and solve a security case', async () => {
    const b = await backend();
    const frontline = await desk(b, 'agent-frontline-1');
    const security = await desk(b, 'agent-security-1');
    const ticketId = ordinaryTicket(b, 'en');
    await frontline.call('ticket.escalate', { ticketId, reason: 'sim_swap', holdWithdrawals: false });
    await until('the security desk to receive the case', () => security.services.cache.tickets.get(ticketId)?.escalatedAt);

    await expect(frontline.call('ticket.acknowledge', { ticketId, claim: true })).rejects.toThrow(/forbidden.*only security agents/);
    await expect(frontline.call('ticket.update', { ticketId, changes: { status: 'solved' } })).rejects.toThrow(/forbidden.*only security agents may solve/);
    await expect(frontline.call('ticket.deescalate', { ticketId, reason: 'not a takeover' })).rejects.toThrow(/forbidden/);

    await security.call('ticket.acknowledge', { ticketId, claim: true });
    await until('the claim to land', () => b.store.ticket(ticketId)?.assigneeId === 'agent-security-1');
    expect(b.store.ticket(ticketId)!.acknowledgedAt).not.toBeNull();
    await security.call('ticket.deescalate', { ticketId, reason: 'Customer found the phone; no unauthorised access' });
    await until('the de-escalation to land', () => b.store.ticket(ticketId)?.security === false);
    expect(b.store.ticket(ticketId)!.escalatedAt).toBeNull();

    // The backend enforces the same rule on a desk that does not (a request made by hand).
    await frontline.call('ticket.escalate', { ticketId, reason: 'other', holdWithdrawals: false });
    await until('the second escalation', () => b.store.ticket(ticketId)?.security === true);
    const version = b.store.ticket(ticketId)!.version;
    const refused = await fetch(`${b.url}/api/v1/tickets/${ticketId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${b.token}`, 'content-type': 'application/json', 'idempotency-key': 'by-hand-solve-1' },
      body: JSON.stringify({ baseVersion: version, authorId: 'agent-frontline-1', changes: { status: 'solved' } }),
    });
    expect(refused.status).toBe(403);

    const exported = await security.call('audit.export', { format: 'csv', ticketId });
    expect(exported.verification.ok).toBe(true);
    expect(exported.content.split('\n')[0]).toBe('seq,at,actor,action,ticket,details,prev_hash,hash');
    expect(exported.content).toContain('"claim"');
    expect(exported.content).toContain('"deescalate"');
    const backendAudit = await (await fetch(`${b.url}/api/v1/audit?ticketId=${ticketId}`, { headers: { authorization: `Bearer ${b.token}` } })).json();
    expect(backendAudit.entries.map((e: { action: string }) => e.action)).toEqual(['escalate', 'claim', 'deescalate', 'escalate']);
  });

  it('escalates a ticket whose own earlier change waits for a retry: both go, in order, and nothing else stalls', async () => {
    const b = await backend();
    const frontline = await desk(b, 'agent-frontline-1');
    await frontline.call('sync.now', {});
    const ids = (b.store.db.prepare(`SELECT id FROM tickets WHERE json_extract(json, '$.security') = 0 ORDER BY number LIMIT 6`).all() as Array<{ id: string }>).map((r) => r.id);
    const [target, ...others] = ids as [string, ...string[]];
    // The answer to the first change is lost after the backend committed it: it waits for a retry.
    b.faults.configure({ dropAfterCommitRate: 1 });
    await frontline.call('ticket.update', { ticketId: target, changes: { tags: ['before-escalation'] } });
    await until('the change to wait for a retry', () => frontline.services.cache.outbox.forTicket(target).some((e) => e.state === 'pending' && e.attempts > 0));
    b.faults.configure({ dropAfterCommitRate: 0 });
    const escalatedAt = Date.now();
    await frontline.call('ticket.escalate', { ticketId: target, reason: 'account_takeover', holdWithdrawals: false });
    for (const id of others) await frontline.call('ticket.update', { ticketId: id, changes: { tags: ['after-escalation'] } });
    await until('everything to be delivered', () => frontline.services.cache.outbox.counts().pending === 0, 15_000);
    const applied = b.store.appliedLog(0, 10_000);
    const onTarget = applied.filter((a) => a.ticketId === target).map((a) => a.kind);
    expect(onTarget).toEqual(['update', 'escalate']);
    // The escalation left within 2 s of its undo window closing.
    const landed = applied.find((a) => a.kind === 'escalate')!;
    expect(landed.at - (escalatedAt + ESCALATION_UNDO_WINDOW_MS)).toBeLessThan(2000);
    expect(frontline.services.sync.getStatus().outboxAlarm).toBeNull();
  });

  it('holds an escalation for its undo window; taken back inside it, nothing reaches the backend and the audit log says so', async () => {
    const b = await backend();
    const frontline = await desk(b, 'agent-frontline-1');
    await frontline.call('sync.now', {});
    const [first, second] = (b.store.db.prepare(`SELECT id FROM tickets WHERE json_extract(json, '$.security') = 0 ORDER BY number LIMIT 2`).all() as Array<{ id: string }>).map((r) => r.id) as [string, string];
    await frontline.call('ticket.escalate', { ticketId: first, reason: 'account_takeover', holdWithdrawals: true });
    await new Promise((r) => setTimeout(r, 1000));
    expect(b.store.appliedLog(0, 10_000).filter((a) => a.ticketId === first)).toEqual([]);
    expect(await frontline.call('ticket.withdrawEscalation', { ticketId: first })).toEqual({ withdrawn: true });
    expect((await frontline.call('ticket.get', { ticketId: first }))?.ticket.security).toBe(false);
    // The second one is left alone: it goes once the window closes, and can no longer be taken back.
    await frontline.call('ticket.escalate', { ticketId: second, reason: 'other', holdWithdrawals: false });
    await until('the second escalation to land', () => b.store.appliedLog(0, 10_000).some((a) => a.ticketId === second && a.kind === 'escalate'), ESCALATION_UNDO_WINDOW_MS + 5_000);
    expect(await frontline.call('ticket.withdrawEscalation', { ticketId: second })).toEqual({ withdrawn: false });
    expect(b.store.appliedLog(0, 10_000).filter((a) => a.ticketId === first)).toEqual([]);
    const audit = await frontline.call('audit.export', { format: 'json' });
    expect(audit.content).toContain('escalation_withdrawn');
    expect(audit.verification.ok).toBe(true);
  }, 30_000);

  it('shows an escalation that has not left the desk after 5 s as an alarm with its ticket, and clears it once delivered', async () => {
    const b = await backend();
    const frontline = await desk(b, 'agent-frontline-1');
    await frontline.call('sync.now', {});
    const target = ordinaryTicket(b);
    b.faults.configure({ downForMs: 60_000 });
    await frontline.call('ticket.escalate', { ticketId: target, reason: 'sim_swap', holdWithdrawals: false });
    const alarm = await until('the alarm', () => frontline.services.sync.getStatus().outboxAlarm, ESCALATION_UNDO_WINDOW_MS + 12_000);
    expect(alarm).toMatchObject({ kind: 'urgent_waiting', ticketId: target, cause: 'offline' });
    b.faults.configure({ downForMs: 0 });
    await frontline.call('sync.now', {});
    await until('the alarm to clear', () => frontline.services.sync.getStatus().outboxAlarm === null && frontline.services.cache.outbox.counts().pending === 0, 15_000);
  }, 60_000);

  it('sends the escalation before 50 ordinary changes queued while the backend was down', async () => {
    const b = await backend();
    const frontline = await desk(b, 'agent-frontline-1');
    await frontline.call('sync.now', {});
    b.faults.configure({ downForMs: 60_000 });
    const ids = (b.store.db.prepare(`SELECT id FROM tickets WHERE json_extract(json, '$.security') = 0 ORDER BY number LIMIT 51`).all() as Array<{ id: string }>).map((r) => r.id);
    for (const id of ids.slice(0, 50)) await frontline.call('ticket.update', { ticketId: id, changes: { tags: ['offline-batch'] } });
    // The desk has found the backend down (a request already on the wire cannot be called back).
    await until('the outage to be noticed', () => frontline.services.sync.getStatus().connection === 'offline' && frontline.services.sync.sendingIds().size === 0);
    const escalated = ids[50]!;
    await frontline.call('ticket.escalate', { ticketId: escalated, reason: 'unauthorized_withdrawal', holdWithdrawals: true });
    // Its undo window closes while the backend is still away.
    await new Promise((r) => setTimeout(r, ESCALATION_UNDO_WINDOW_MS + 100));
    const before = b.store.appliedLog(0, 10_000).length;
    b.faults.configure({ downForMs: 0 });
    await frontline.call('sync.now', {});
    await until('all 51 to be delivered', () => b.store.appliedLog(0, 10_000).length - before === 51, 30_000);
    const applied = b.store.appliedLog(0, 10_000).slice(before);
    expect(applied[0]).toMatchObject({ kind: 'escalate', ticketId: escalated });
    expect(applied.filter((a) => a.kind === 'escalate')).toHaveLength(1);
    expect(applied.filter((a) => a.kind === 'update')).toHaveLength(50);
  });
});
