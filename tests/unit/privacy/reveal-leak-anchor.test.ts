import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../../../preload/contract';
import { openDeskStack, type DeskStack as Desk } from '../../support/desk-stack';
import { startEmbeddedBackend, type EmbeddedBackend } from '../../../main/backend';
import { AuditLogTable } from '../../../main/services/audit/audit-log-table';

const EMAIL_A = 'maria.lopez@gmail.com';
const EMAIL_B = 'john.smith@yahoo.com';

let backend: EmbeddedBackend;
let ticketA: string;
let ticketB: string;
const cleanups: Array<() => Promise<void>> = [];

function desk(agentId: string): Promise<Desk> {
  return openDeskStack(backend, agentId, cleanups, { pull: true });
}


beforeAll(async () => {
  backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 30, seed: 5 });
  cleanups.push(() => backend.close());
  ticketA = backend.store.addSimulatedTicket({ subject: 'Deposit missing', body: `Please write to ${EMAIL_A}, or call +34 612 345 678.`, customerName: 'Maria Lopez', customerEmail: EMAIL_A, customerUserId: 'U-7000001', now: Date.now() }).ticket.id;
  ticketB = backend.store.addSimulatedTicket({ subject: 'Withdrawal stuck', body: 'Sent to 0x52908400098527886E0F7030069857D2E4169EE7 yesterday', customerName: 'John Smith', customerEmail: EMAIL_B, customerUserId: 'U-7000002', now: Date.now() }).ticket.id;
});

afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('reveal with a reason', () => {
  it('shows that field of that customer, for a limited time, and puts who, which customer, which field and why on the audit log', async () => {
    const d = await desk('agent-frontline-1');
    const before = (await d.call('ticket.get', { ticketId: ticketA }))!;
    expect(before.customer?.email).toBe('m•••••@gmail.com');
    expect(before.privacy?.masked).toEqual(['email', 'phone', 'balance']);
    const result = await d.call('customer.reveal', { ticketId: ticketA, field: 'email', reason: 'verify_identity', note: 'customer on the phone' });
    expect(result.refusal).toBeNull();
    expect(result.until).toBeGreaterThan(Date.now() + 9 * 60_000);
    const after = (await d.call('ticket.get', { ticketId: ticketA }))!;
    expect(after.customer?.email).toBe(EMAIL_A);
    expect(after.messages[0]!.body).toContain(EMAIL_A);
    // Only that field: the phone stays masked; only that customer: another's e-mail stays masked.
    expect(after.messages[0]!.body).not.toContain('612 345 678');
    expect(after.privacy?.revealed.map((r) => r.field)).toEqual(['email']);
    expect((await d.call('ticket.get', { ticketId: ticketB }))!.customer?.email).toBe('j•••••@yahoo.com');
    const entry = d.services.cache.audit.list().find((e) => e.action === 'reveal');
    expect(entry).toMatchObject({ actorId: 'agent-frontline-1', ticketId: ticketA, details: { customerId: after.ticket.customerId, field: 'email', reason: 'verify_identity', note: 'customer on the phone' } });
  });

  it('refuses "other" without words, and any field the contract does not know', async () => {
    const d = await desk('agent-frontline-2');
    expect(await d.refused('customer.reveal', { ticketId: ticketA, field: 'email', reason: 'other' })).toBe('invalid_input');
    expect(await d.refused('customer.reveal', { ticketId: ticketA, field: 'password', reason: 'verify_identity' })).toBe('invalid_input');
  });
});

describe('screen-share mode', () => {
  it('masks every identifier, names included, until turned off; no reveal meanwhile', async () => {
    const d = await desk('agent-security-1');
    expect((await d.call('ticket.get', { ticketId: ticketA }))!.customer?.name).toBe('Maria Lopez');
    await d.call('privacy.screenShare', { on: true });
    const shared = (await d.call('ticket.get', { ticketId: ticketA }))!;
    expect(shared.customer).toMatchObject({ name: 'M••• L•••', email: 'm•••••@gmail.com', userId: 'U-•••••01' });
    expect(shared.privacy?.screenShare).toBe(true);
    const page = await d.call('queue.page', { view: 'all', offset: 0, limit: 500 });
    const row = page.rows.find((r) => r.id === ticketA);
    expect(row?.customerName).toBe('M••• L•••');
    expect(JSON.stringify(page)).not.toContain('Maria Lopez');
    expect((await d.call('customer.reveal', { ticketId: ticketA, field: 'email', reason: 'verify_identity' })).refusal).toEqual({ kind: 'screen_share_on' });
    await d.call('privacy.screenShare', { on: false });
    expect((await d.call('ticket.get', { ticketId: ticketA }))!.customer?.name).toBe('Maria Lopez');
    expect(d.services.cache.audit.list().filter((e) => e.action === 'screen_share').map((e) => e.details['on'])).toEqual([true, false]);
  });
});

describe('cross-customer leak check', () => {
  it('blocks a reply carrying another customer\'s e-mail with the reason, and sends it on an override with a note (logged)', async () => {
    const d = await desk('agent-frontline-3');
    const blocked = await d.call('ticket.reply', { ticketId: ticketA, kind: 'reply', body: `I also checked ${EMAIL_B} for you.` });
    expect(blocked.entry).toBeNull();
    expect(blocked.leak).toEqual({ identifier: 'email', shown: 'j•••••@yahoo.com' });
    expect(d.services.cache.outbox.forTicket(ticketA)).toHaveLength(0);
    // The customer's own e-mail, user id and this ticket's wallet are no leak.
    expect((await d.call('ticket.reply', { ticketId: ticketB, kind: 'reply', body: `We checked ${EMAIL_B}, U-7000002 and 0x52908400098527886E0F7030069857D2E4169EE7.` })).leak ?? null).toBeNull();
    // Another customer's user id and wallet address are.
    expect((await d.call('ticket.reply', { ticketId: ticketA, kind: 'reply', body: 'Your id is U-7000002' })).leak).toEqual({ identifier: 'user_id', shown: 'U-7000002' });
    expect((await d.call('ticket.reply', { ticketId: ticketA, kind: 'reply', body: 'Send to 0x52908400098527886E0F7030069857D2E4169EE7' })).leak?.identifier).toBe('wallet_address');
    const sent = await d.call('ticket.reply', { ticketId: ticketA, kind: 'reply', body: `I also checked ${EMAIL_B} for you.`, crossCustomerOverride: { note: 'joint account, both asked' } });
    expect(sent.entry?.kind).toBe('reply');
    expect(d.services.cache.audit.list().find((e) => e.action === 'cross_customer_override')).toMatchObject({ actorId: 'agent-frontline-3', ticketId: ticketA, details: { identifier: 'email', shown: 'j•••••@yahoo.com', note: 'joint account, both asked' } });
  });
});

describe('cross-customer leak check on bulk sends', () => {
  it('leaves out, with the reason, the tickets a macro would tell another customer\'s e-mail; sends the rest', async () => {
    const d = await desk('agent-frontline-5');
    const saved = await d.call('macro.save', { macro: { title: 'Reference', topic: null, keywords: [], bodies: [{ language: 'en', body: 'We checked {{ fields.reference }} for you.' }], requiredFields: [{ key: 'reference', label: 'Reference' }], actions: {} } });
    const result = await d.call('macro.applyBulk', { macroId: saved.macro!.id, ticketIds: [ticketA, ticketB], fields: { reference: EMAIL_B } });
    expect(result.skipped).toEqual([{ ticketId: ticketA, reason: 'names another customer (email j•••••@yahoo.com)' }]);
    expect(result.entries.map((e) => e.ticketId)).toEqual([ticketB]);
  });
});

describe('audit chain anchor', () => {
  const securityAgent: Agent['id'] = 'agent-security-2';

  it('raises an alarm on the security desk when the backend\'s audit tail is deleted, and a security agent clears it', async () => {
    const log = new AuditLogTable(backend.store.db);
    for (let i = 0; i < 3; i++) log.append({ at: Date.now(), actorId: 'agent-security-1', action: 'acknowledge', ticketId: ticketA, details: { i } });
    const security = await desk(securityAgent);
    const frontline = await desk('agent-frontline-4');
    expect((await security.call('security.alarms', {})).alarms).toEqual([]);
    // The reveals above are on the backend's chain too (its insider guard records them).
    const count = log.head().count;
    expect(count).toBeGreaterThanOrEqual(3);
    expect(await security.call('audit.verifyBackend', {})).toMatchObject({ ok: true, entries: count, anchorCount: count });

    // An attacker with the file: the triggers dropped, the newest entry deleted. What is left still verifies as a chain.
    backend.store.db.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)');
    await security.services.sync.pull();
    await frontline.services.sync.pull();
    const [alarm] = (await security.call('security.alarms', {})).alarms;
    expect(alarm).toMatchObject({ kind: 'audit_chain_cut', how: 'shorter', anchorCount: count, seenCount: count - 1 });
    // Every desk keeps its anchor; only the security desk is shown the alarm.
    expect((await frontline.call('audit.verifyBackend', {})).ok).toBe(false);
    expect((await frontline.call('security.alarms', {})).alarms).toEqual([]);
    // The backend's own verification, given the desk's anchor, says the same.
    const response = await fetch(`${backend.url}/api/v1/audit?anchorCount=${count}&anchorHash=${security.services.cache.state.get<{ hash: string }>('audit.anchor')!.hash}`, { headers: { authorization: `Bearer ${backend.token}` } });
    expect(((await response.json()) as { verification: { ok: boolean }; anchor: unknown }).anchor).toEqual({ ok: false, how: 'shorter' });

    expect(await frontline.refused('security.clearAlarm', { alarmId: alarm!.id })).toBe('forbidden');
    expect(await security.call('security.clearAlarm', { alarmId: alarm!.id })).toEqual({ cleared: true });
    expect((await security.call('security.alarms', {})).alarms).toEqual([]);
    expect(security.services.cache.audit.list().find((e) => e.action === 'audit_alarm_cleared')).toMatchObject({ actorId: securityAgent, details: { how: 'shorter' } });
  });

  it('a rewritten tail of the same length is caught too', async () => {
    const security = await desk('agent-security-3');
    const before = security.services.cache.state.get<{ count: number }>('audit.anchor')!;
    backend.store.db.exec('DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)');
    new AuditLogTable(backend.store.db).append({ at: Date.now(), actorId: 'agent-security-1', action: 'acknowledge', ticketId: ticketA, details: { forged: true } });
    await security.services.sync.pull();
    expect((await security.call('security.alarms', {})).alarms[0]).toMatchObject({ kind: 'audit_chain_cut', how: 'different', anchorCount: before.count });
  });
});
