import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../../preload/contract';
import { createPrivacyHandlers } from '../../../main/services/app/privacy-handlers';
import { CustomerDataGuard } from '../../../main/services/app/customer-data-guard';
import { AuditAnchorWatch } from '../../../main/services/app/audit-anchor-watch';
import { silentLogger } from '../../../main/services/logging/logger';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { revealVerdict } from '../../../main/services/domain/reveal-guard';
import type { BackendConnector } from '../../../main/services/connectors/backend-connector';
import { makeCustomer, makeTicket, T0 } from '../fixtures/make-ticket';
import type { AccountFacts, AccountLock } from '../../../preload/contract/account-types';

const LOCK_KIND: AccountLock['kind'] = 'withdrawal_hold';

const frontline: Agent = { id: 'agent-frontline-1', name: 'Ana', email: 'ana@desk', role: 'frontline', languages: ['en'], domains: [] };
const security: Agent = { id: 'agent-security-1', name: 'Sam', email: 'sam@desk', role: 'security', languages: ['en'], domains: [] };

describe('the insider guard rule', () => {
  const reveals = (n: number, customers = 1) => Array.from({ length: n }, (_, i) => ({ customerId: `C-${i % customers}`, at: T0 + i }));
  it('allows N reveals in the window and trips on the next one', () => {
    expect(revealVerdict(reveals(19), 'C-0', false, { perHour: 20, customersPerHour: 10 })).toEqual({ allowed: true });
    expect(revealVerdict(reveals(20), 'C-0', false, { perHour: 20, customersPerHour: 10 })).toEqual({ allowed: false, trips: true, reveals: 21, customers: 1 });
  });
  it('trips on the (M+1)th different customer, not on one more reveal of a customer already seen', () => {
    expect(revealVerdict(reveals(5, 5), 'C-0', false, { perHour: 20, customersPerHour: 5 })).toEqual({ allowed: true });
    expect(revealVerdict(reveals(5, 5), 'C-new', false, { perHour: 20, customersPerHour: 5 })).toMatchObject({ allowed: false, trips: true, customers: 6 });
  });
  it('refuses everything while paused, without tripping again', () => {
    expect(revealVerdict([], 'C-0', true)).toMatchObject({ allowed: false, trips: false });
  });
});

describe('the insider guard on the desk', () => {
  let cache: CacheStore;
  let me: Agent;
  let now: number;
  let handlers: ReturnType<typeof createPrivacyHandlers>;
  beforeEach(() => {
    cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-guard-')), 'cache.sqlite'));
    const customers = Array.from({ length: 6 }, (_, i) => makeCustomer({ id: `C-${i}`, email: `c${i}@example.com` }));
    cache.transaction(() => cache.tickets.applyServerData({ tickets: customers.map((c, i) => makeTicket({ id: `T-${i}`, customerId: c.id })), customers, messages: [] }));
    me = frontline;
    now = T0;
    const guard = new CustomerDataGuard({ agent: () => me, now: () => now });
    handlers = createPrivacyHandlers({
      cache,
      agent: () => me,
      now: () => now,
      guard,
      anchors: new AuditAnchorWatch({ cache, now: () => now, logger: silentLogger }),
      connector: () => ({}) as BackendConnector,
      limits: { perHour: 4, customersPerHour: 3 },
      onShownChanged: () => undefined,
    });
  });
  afterEach(() => cache.close());

  const reveal = (ticketId: string) => {
    now += 1000;
    return handlers['customer.reveal']({ ticketId, field: 'email', reason: 'customer_request' });
  };

  it('trips at N reveals in an hour, raises an alarm on the security desk, pauses further reveals until a security agent clears it', async () => {
    for (let i = 0; i < 4; i++) expect((await reveal('T-0')).refusal, `reveal ${i + 1}`).toBeNull();
    const tripped = await reveal('T-0');
    expect(tripped).toEqual({ until: null, refusal: { kind: 'reveals_paused', since: now } });
    // Still paused, whatever customer.
    expect((await reveal('T-1')).refusal?.kind).toBe('reveals_paused');
    // The frontline agent sees no alarms and may not clear it.
    expect(await handlers['security.alarms']({})).toEqual({ alarms: [] });
    await expect(async () => handlers['security.clearAlarm']({ alarmId: 'reveals-1' })).rejects.toThrow(/only security agents/);
    me = security;
    const { alarms } = await handlers['security.alarms']({});
    expect(alarms).toEqual([{ id: expect.stringMatching(/^reveals-\d+$/), kind: 'reveals_paused', agentId: frontline.id, reveals: 5, customers: 1, since: expect.any(Number) }]);
    expect(await handlers['security.clearAlarm']({ alarmId: alarms[0]!.id })).toEqual({ cleared: true });
    expect((await handlers['security.alarms']({})).alarms).toEqual([]);
    me = frontline;
    // Counting starts again from the clearance.
    expect((await reveal('T-1')).refusal).toBeNull();
    const actions = cache.audit.list().map((e) => e.action);
    expect(actions.filter((a) => a === 'reveal')).toHaveLength(5);
    expect(actions.filter((a) => a === 'reveals_paused')).toHaveLength(1);
    expect(cache.audit.list().find((e) => e.action === 'reveals_cleared')).toMatchObject({ actorId: security.id, details: { agentId: frontline.id } });
  });

  it('trips on reveals across more than M customers', async () => {
    for (const t of ['T-0', 'T-1', 'T-2']) expect((await reveal(t)).refusal).toBeNull();
    expect((await reveal('T-3')).refusal?.kind).toBe('reveals_paused');
  });

  it('forgets reveals older than an hour', async () => {
    for (let i = 0; i < 4; i++) await reveal('T-0');
    now += 60 * 60_000;
    expect((await reveal('T-0')).refusal).toBeNull();
  });
});

describe('the account panel as the guard shows it', () => {
  const facts: AccountFacts = {
    userId: 'U-1000001',
    kyc: { level: 2, status: 'verified' },
    balances: [{ asset: 'BTC', available: '0.5', locked: '0' }, { asset: 'USDT', available: '25000', locked: '1500' }],
    deposits: [],
    withdrawals: [],
    twoFactor: { enabled: true, method: null, changedAt: null },
    signIns: [{ at: T0, device: 'Firefox on Linux', ip: '198.51.100.7', country: 'ES', newDevice: false }],
    locks: [{ kind: LOCK_KIND, reason: 'customer wrote from ana.other@gmail.com', by: null, since: T0, until: null }],
  };

  it('masks balances above the threshold, sign-in IPs and e-mails in free text for a frontline agent; a reveal of that field shows it', () => {
    let now = T0;
    const guard = new CustomerDataGuard({ agent: () => frontline, now: () => now, balanceThreshold: 1000 });
    const shown = guard.accountFacts(facts, 'C-1');
    expect(shown.balances).toEqual([{ asset: 'BTC', available: '0.5', locked: '0' }, { asset: 'USDT', available: '•••••', locked: '•••••' }]);
    expect(shown.signIns[0]!.ip).toBe('198.•••••');
    expect(shown.locks[0]!.reason).toBe('customer wrote from a•••••@gmail.com');
    guard.reveal('C-1', 'balance', now + 60_000);
    guard.reveal('C-1', 'ip', now + 60_000);
    expect(guard.accountFacts(facts, 'C-1').balances[1]!.available).toBe('25000');
    expect(guard.accountFacts(facts, 'C-1').signIns[0]!.ip).toBe('198.51.100.7');
    // For that customer only, and only until the reveal ends.
    expect(guard.accountFacts(facts, 'C-2').balances[1]!.available).toBe('•••••');
    now += 61_000;
    expect(guard.accountFacts(facts, 'C-1').signIns[0]!.ip).toBe('198.•••••');
  });

  it('shows a security agent everything', () => {
    const guard = new CustomerDataGuard({ agent: () => security, now: () => T0 });
    expect(guard.accountFacts(facts, 'C-1')).toEqual(facts);
  });
});
