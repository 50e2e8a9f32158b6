import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDeskStack, type DeskStack as Desk } from '../../support/desk-stack';
import { startEmbeddedBackend, type EmbeddedBackend } from '../../../main/backend';
import { AuditLogTable } from '../../../main/services/audit/audit-log-table';

/**
 * The insider guard holds across desks: the backend counts every reveal, pauses the agent on every
 * desk, and the alarm reaches a security agent on another desk, who clears it. The backend refuses
 * a clearance from anyone but security, whatever a desk sends.
 */
let backend: EmbeddedBackend;
const cleanups: Array<() => Promise<void>> = [];

function desk(agentId: string): Promise<Desk> {
  return openDeskStack(backend, agentId, cleanups, { pull: true });
}
const tickets: string[] = [];


beforeAll(async () => {
  const before = process.env['AGENTDESK_REVEALS_PER_HOUR'];
  process.env['AGENTDESK_REVEALS_PER_HOUR'] = '3';
  backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 20, seed: 9 });
  if (before === undefined) delete process.env['AGENTDESK_REVEALS_PER_HOUR'];
  else process.env['AGENTDESK_REVEALS_PER_HOUR'] = before;
  cleanups.push(() => backend.close());
  for (let i = 0; i < 2; i++) tickets.push(backend.store.addSimulatedTicket({ subject: `Reveal me ${i}`, body: 'Write to me', customerName: `Customer ${i}`, customerEmail: `customer.${i}@example.org`, now: Date.now() }).ticket.id);
});

afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('the insider guard across desks', () => {
  it('trips at N on the backend, pauses the agent on every desk, alarms the security desk, and only a security agent clears it', async () => {
    const laptop = await desk('agent-frontline-1');
    const reveal = (d: Desk, ticketId: string) => d.call('customer.reveal', { ticketId, field: 'email', reason: 'customer_request' });
    for (let i = 0; i < 3; i++) expect((await reveal(laptop, tickets[i % 2]!)).refusal, `reveal ${i + 1}`).toBeNull();
    expect((await reveal(laptop, tickets[0]!)).refusal?.kind).toBe('reveals_paused');
    // The same agent on a second desk is paused too: the count is the backend's.
    const second = await desk('agent-frontline-1');
    expect((await reveal(second, tickets[1]!)).refusal?.kind).toBe('reveals_paused');

    const security = await desk('agent-security-1');
    const { alarms } = await security.call('security.alarms', {});
    expect(alarms).toEqual([{ id: expect.stringMatching(/^reveals-\d+$/), kind: 'reveals_paused', agentId: 'agent-frontline-1', reveals: 4, customers: 2, since: expect.any(Number) }]);
    // Neither a frontline desk nor a request made to look like one clears it.
    expect(await laptop.refused('security.clearAlarm', { alarmId: alarms[0]!.id })).toBe('forbidden');
    const forged = await fetch(`${backend.url}/api/v1/security/alarms/clear`, { method: 'POST', headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ agentId: 'agent-frontline-2', alarmId: alarms[0]!.id }) });
    expect(forged.status).toBe(403);
    expect((await reveal(laptop, tickets[0]!)).refusal?.kind).toBe('reveals_paused');

    expect(await security.call('security.clearAlarm', { alarmId: alarms[0]!.id })).toEqual({ cleared: true });
    expect((await security.call('security.alarms', {})).alarms).toEqual([]);
    expect((await reveal(second, tickets[1]!)).refusal).toBeNull();
    // Every step on the backend's hash-chained audit log.
    const actions = new AuditLogTable(backend.store.db).list().map((e) => e.action);
    expect(actions.filter((a) => a === 'reveal')).toHaveLength(4);
    expect(actions.filter((a) => a === 'reveals_paused')).toHaveLength(1);
    expect(new AuditLogTable(backend.store.db).list().find((e) => e.action === 'reveals_cleared')).toMatchObject({ actorId: 'agent-security-1', details: { agentId: 'agent-frontline-1' } });
  });
});
