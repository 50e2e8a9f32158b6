import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedBackend, type EmbeddedBackend } from '../../../main/backend';
import { BackOfficeError } from '../../../main/services/back-office/back-office-connector';
import { HttpBackOfficeConnector } from '../../../main/services/back-office/http-back-office-connector';
import { mentionedTransfer } from '../../../main/backend/back-office/mentioned-transfer';
import type { AccountFacts, Customer, Ticket } from '../../../preload/contract';

// The embedded backend's back office, read through the desk's own connector (so every answer also
// passes the desk's schema): the accounts agree with the tickets, and the states an agent meets
// at an exchange are all there.

const NOW = Date.UTC(2026, 2, 10, 12, 0, 0);

describe('back office of the embedded backend', () => {
  let backend: EmbeddedBackend;
  let connector: HttpBackOfficeConnector;
  const accounts = new Map<string, AccountFacts>();
  const transferTickets: Array<{ ticket: Ticket; customer: Customer }> = [];

  beforeAll(async () => {
    backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 400, seed: 42, now: () => NOW, devRoutes: true });
    connector = new HttpBackOfficeConnector({ url: backend.url, token: backend.token, timeoutMs: 5_000 });
    for (const customer of backend.store.customers()) {
      for (const ticket of backend.store.ticketsOfCustomer(customer.id)) {
        if (ticket.topic === 'deposit' || ticket.topic === 'withdrawal') transferTickets.push({ ticket, customer });
      }
    }
    for (const { customer } of transferTickets) {
      if (!accounts.has(customer.id)) accounts.set(customer.id, await connector.accountFacts({ userId: customer.userId, email: customer.email }));
    }
  }, 60_000);
  afterAll(() => backend.close());

  it('has deposit and withdrawal tickets to check', () => {
    expect(transferTickets.filter((t) => t.ticket.topic === 'deposit').length).toBeGreaterThan(10);
    expect(transferTickets.filter((t) => t.ticket.topic === 'withdrawal').length).toBeGreaterThan(10);
  });

  it('every hash and address a deposit or withdrawal ticket mentions is a record in that customer\'s account', () => {
    let checked = 0;
    for (const { ticket, customer } of transferTickets) {
      const texts = backend.store.messagesOf(ticket.id).filter((m) => m.kind === 'reply').map((m) => m.body);
      const mentioned = mentionedTransfer(texts, ticket.tags);
      const account = accounts.get(customer.id)!;
      const records = ticket.topic === 'deposit' ? account.deposits : account.withdrawals;
      const record = records.find((r) => r.id.endsWith(ticket.id.replace(/^T-/, '')));
      expect(record, ticket.id).toBeDefined();
      if (mentioned.txHash) expect(record!.txHash).toBe(mentioned.txHash);
      if (mentioned.address) expect(record!.address).toBe(mentioned.address);
      if (mentioned.txHash || mentioned.address) checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('a settled deposit ticket is credited; a withdrawal with a hash has left, one without has not', () => {
    for (const { ticket, customer } of transferTickets) {
      const account = accounts.get(customer.id)!;
      const suffix = ticket.id.replace(/^T-/, '');
      if (ticket.topic === 'deposit' && (ticket.status === 'solved' || ticket.status === 'closed')) {
        const deposit = account.deposits.find((d) => d.id === `D-${suffix}`)!;
        expect(deposit.state).toBe('credited');
        expect(deposit.creditedAt).not.toBeNull();
      }
      if (ticket.topic === 'withdrawal') {
        const withdrawal = account.withdrawals.find((w) => w.id === `W-${suffix}`)!;
        expect(withdrawal.txHash ? ['broadcast', 'confirmed'] : ['requested', 'under_review', 'held']).toContain(withdrawal.state);
      }
    }
  });

  it('holds every state an agent meets: awaiting confirmations, wrong network, memo missing, below minimum, credited; held for review, broadcast, confirmed', () => {
    const deposits = [...accounts.values()].flatMap((a) => a.deposits);
    const withdrawals = [...accounts.values()].flatMap((a) => a.withdrawals);
    const awaiting = deposits.find((d) => d.state === 'pending' && d.confirmations < d.requiredConfirmations);
    expect(awaiting).toBeDefined();
    const wrongNetwork = deposits.find((d) => d.holdReason === 'wrong_network')!;
    expect(wrongNetwork.state).toBe('held');
    expect(wrongNetwork.sentNetwork).not.toBe(wrongNetwork.network);
    const memoMissing = deposits.find((d) => d.holdReason === 'memo_missing')!;
    expect(memoMissing.memo).toMatch(/^\d+$/);
    expect(deposits.some((d) => d.holdReason === 'below_minimum' && Number(d.amount) < Number(d.minimum))).toBe(true);
    expect(deposits.some((d) => d.state === 'credited')).toBe(true);
    const held = withdrawals.find((w) => w.state === 'under_review' || w.state === 'held')!;
    expect(held.heldBy).toBeTruthy();
    expect(held.holdReason).toBeTruthy();
    expect(withdrawals.some((w) => w.state === 'broadcast' && w.txHash && w.confirmations < w.requiredConfirmations)).toBe(true);
    expect(withdrawals.some((w) => w.state === 'confirmed' && w.txHash && w.confirmations >= w.requiredConfirmations)).toBe(true);
  });

  it('an account that was taken over shows a new device far away and a withdrawal hold', async () => {
    const compromised = backend.store.customers().find((c) => backend.store.ticketsOfCustomer(c.id).some((t) => t.topic === 'account_compromise'))!;
    const account = await connector.accountFacts({ userId: compromised.userId, email: '' });
    expect(account.signIns.some((s) => s.newDevice && s.country !== compromised.country)).toBe(true);
    expect(account.locks.some((l) => l.kind === 'withdrawal_hold')).toBe(true);
    expect(account.twoFactor.enabled).toBe(true);
  });

  it('is the same account every time it is asked, and found by e-mail as by user id', async () => {
    const customer = transferTickets[0]!.customer;
    const again = await connector.accountFacts({ userId: '', email: customer.email.toUpperCase() });
    expect(again).toEqual(accounts.get(customer.id));
  });

  it('an unknown account is unknown_customer (404)', async () => {
    const error = await connector.accountFacts({ userId: 'U-0000000', email: 'nobody@example.invalid' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackOfficeError);
    expect((error as BackOfficeError).kind).toBe('unknown_customer');
  });

  it('development routes: a test\'s own deposit replaces the made-up record of the same hash, and the back office goes down and comes back', async () => {
    const { customer } = transferTickets.find((t) => t.ticket.topic === 'deposit')!;
    const made = accounts.get(customer.id)!.deposits[0]!;
    const admin = (path: string, body: unknown) => fetch(backend.url + path, { method: 'POST', headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const mine = { ...made, id: 'D-TEST-1', confirmations: 5, requiredConfirmations: 12, state: 'pending' as const, holdReason: null, sentNetwork: null, creditedAt: null };
    expect((await admin('/api/v1/admin/back-office/records', { userId: customer.userId, deposit: mine })).status).toBe(200);
    const account = await connector.accountFacts({ userId: customer.userId, email: '' });
    expect(account.deposits.filter((d) => d.txHash === made.txHash)).toEqual([mine]);
    expect((await admin('/api/v1/admin/back-office/records', { userId: 'U-0000000', deposit: mine })).status).toBe(404);
    expect((await admin('/api/v1/admin/back-office/records', { userId: customer.userId, deposit: { ...mine, amount: 5 } })).status).toBe(422);

    await admin('/api/v1/admin/back-office/faults', { mode: 'down' });
    const down = await connector.accountFacts({ userId: customer.userId, email: '' }).catch((e: unknown) => e as BackOfficeError);
    expect((down as BackOfficeError).kind).toBe('down');
    await admin('/api/v1/admin/back-office/faults', { mode: 'slow', delayMs: 400 });
    const slow = await new HttpBackOfficeConnector({ url: backend.url, token: backend.token, timeoutMs: 100 }).accountFacts({ userId: customer.userId, email: '' }).catch((e: unknown) => e as BackOfficeError);
    expect((slow as BackOfficeError).kind).toBe('timeout');
    await admin('/api/v1/admin/back-office/faults', { mode: 'none' });
    expect((await connector.accountFacts({ userId: customer.userId, email: '' })).userId).toBe(customer.userId);
  });

  it('needs the bearer token like the rest of the API', async () => {
    const error = await new HttpBackOfficeConnector({ url: backend.url, token: 'wrong', timeoutMs: 2_000 }).accountFacts({ userId: 'U-1', email: '' }).catch((e: unknown) => e);
    expect((error as BackOfficeError).kind).toBe('refused');
  });
});

describe('what a ticket mentions about a transfer', () => {
  it.each([
    [
      'an ERC20 deposit: 0x hash, address, amount and coin',
      ['I sent 250 USDT via ERC20 to my deposit address 0x1111111111111111111111111111111111111111. TXID: 0x' + 'ab'.repeat(32)],
      { txHash: '0x' + 'ab'.repeat(32), address: '0x1111111111111111111111111111111111111111', coin: 'USDT', amount: '250', network: 'ethereum' },
    ],
    ['a decimal comma and a bare Bitcoin hash', ['He enviado 0,0421 BTC, hash ' + 'cd'.repeat(32)], { txHash: 'cd'.repeat(32), address: null, coin: 'BTC', amount: '0.0421', network: 'bitcoin' }],
    ['the ticket\'s tag names the network when the words do not', ['tx ' + '0x' + '12'.repeat(32)], { txHash: '0x' + '12'.repeat(32), address: null, coin: null, amount: null, network: 'bsc' }],
    ['a Tron address names its network', ['address TXyz123456789ABCDEFGHJKLMNPQRSTUVW'], { txHash: null, address: 'TXyz123456789ABCDEFGHJKLMNPQRSTUVW', coin: null, amount: null, network: 'tron' }],
  ])('%s', (_name, texts, expected) => {
    const tags = _name.includes('tag') ? ['deposit', 'bep20'] : [];
    const found = mentionedTransfer(texts, tags);
    expect({ ...found, network: found.network?.id ?? null }).toEqual(expected);
  });
});
