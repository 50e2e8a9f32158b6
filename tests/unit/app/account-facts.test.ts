import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient, createWalletClient, http, parseEther, publicActions, type Hash } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import { startEmbeddedBackend, type EmbeddedBackend } from '../../../main/backend';
import { createAccountHandlers } from '../../../main/services/app/account-handlers';
import { accountMacroFactsFor } from '../../../main/services/app/account-macro-facts';
import { chainConnectors } from '../../../main/services/app/chain-handlers';
import type { ChannelHandlers } from '../../../main/services/app/channel-handlers';
import { createDispatch } from '../../../main/services/app/dispatch';
import { HttpBackOfficeConnector } from '../../../main/services/back-office/http-back-office-connector';
import type { ChainNetwork } from '../../../main/services/chain/chain-connector';
import { silentLogger } from '../../../main/services/logging/logger';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import type { AccountFactsResult, Agent, Customer, Message, Ticket } from '../../../preload/contract';
import { ANVIL_SUPPORTED, startAnvil, type AnvilNode } from '../chain/anvil-node';

// `account.facts` and `account.chain` through dispatch: the embedded backend's back office over
// HTTP, a deposit whose transaction is on a real EVM node (Anvil), the diagnosis line from the
// back office's record and then from the chain, the cache with its age when the back office is
// down, and what an executive is shown.

const NETWORKS: ChainNetwork[] = [{ id: 'ethereum', family: 'evm', chainId: foundry.id, nativeAsset: 'ETH', nativeDecimals: 18, blockTimeSeconds: 12 }];
const SENDER = privateKeyToAccount('0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a');
const DEPOSIT = privateKeyToAccount(generatePrivateKey()).address;
const USER_ID = 'U-7000001';

describe('account.facts and account.chain', () => {
  let dir: string;
  let cache: CacheStore;
  let backend: EmbeddedBackend;
  let clock = 1_800_000_000_000;
  const now = () => clock;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'agentdesk-account-'));
    cache = openCacheStore(join(dir, 'cache.sqlite'));
    backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 30, seed: 3, devRoutes: true });
  });
  afterAll(async () => {
    await backend?.close();
    cache?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const admin = (path: string, body: unknown) => fetch(backend.url + path, { method: 'POST', headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<Record<string, unknown>>);
  const agentOf = (role: Agent['role']) => backend.store.agents().find((a) => a.role === role)!;

  function dispatchWith(options: { backOffice?: boolean; nodes?: Array<{ network: string; url: string }>; role?: Agent['role'] } = {}) {
    const handlers = createAccountHandlers({
      cache,
      backOffice: options.backOffice === false ? null : new HttpBackOfficeConnector({ url: backend.url, token: backend.token, timeoutMs: 2_000 }),
      chainConnectors: chainConnectors(options.nodes ?? [], NETWORKS, 5_000),
      agent: () => agentOf(options.role ?? 'frontline'),
      now,
    });
    const fail = () => {
      throw new Error('not expected in this test');
    };
    return createDispatch(new Proxy(handlers as ChannelHandlers, { get: (target, key) => (target as Record<string, unknown>)[key as string] ?? fail }), silentLogger);
  }

  /** A customer writes about a deposit; the desk's cache holds the ticket as a sync would bring it. */
  async function depositTicket(hash: string, confirmationsSeen: number): Promise<Ticket> {
    const created = (await admin('/api/v1/admin/simulate/new-ticket', {
      subject: 'Deposit not credited',
      body: `I sent 0.5 ETH via ERC20 to my deposit address ${DEPOSIT}. TXID: ${hash}`,
      customerName: 'Ana Test',
      customerEmail: 'ana.test@example.com',
      customerUserId: USER_ID,
      topic: 'deposit',
      tags: ['erc20'],
      language: 'es',
    })) as { ticket: Ticket; customer: Customer };
    await admin('/api/v1/admin/back-office/records', {
      userId: USER_ID,
      deposit: { id: 'D-ANVIL', asset: 'ETH', network: 'ethereum', token: null, decimals: 18, amount: '0.5', address: DEPOSIT, memo: null, txHash: hash, confirmations: confirmationsSeen, requiredConfirmations: 12, minimum: '0.01', state: 'pending', holdReason: null, sentNetwork: null, createdAt: clock - 60_000, creditedAt: null },
    });
    const messages: Message[] = backend.store.messagesOf(created.ticket.id);
    cache.tickets.applyServerData({ tickets: [created.ticket], customers: [created.customer], messages });
    return created.ticket;
  }

  it('an unknown ticket has no customer to look up: failed unknown_customer; bad input never reaches the handler', async () => {
    const dispatch = dispatchWith();
    expect(await dispatch('account.facts', { ticketId: 'T-999999' })).toEqual({ ok: true, value: { kind: 'failed', reason: 'unknown_customer', mentioned: [] } });
    for (const bad of [{}, { ticketId: '' }, { ticketId: 'T-1', extra: 1 }]) expect((await dispatch('account.facts', bad)).ok).toBe(false);
  });

  it('a seeded deposit ticket: its deposit is in the account, and the line says what the back office says about it', async () => {
    const ticket = backend.store.customers().flatMap((c) => backend.store.ticketsOfCustomer(c.id)).find((t) => t.topic === 'deposit' && backend.store.messagesOf(t.id).some((m) => /0x[0-9a-f]{64}|\b[0-9a-f]{64}\b/.test(m.body)))!;
    cache.tickets.applyServerData({ tickets: [ticket], customers: [backend.store.customer(ticket.customerId)!], messages: backend.store.messagesOf(ticket.id) });
    const result = await dispatchWith()('account.facts', { ticketId: ticket.id });
    expect(result.ok).toBe(true);
    const value = result.ok ? (result.value as AccountFactsResult) : null;
    expect(value).toMatchObject({ kind: 'found', source: 'live', ageMs: 0, problem: null });
    if (value?.kind !== 'found') return;
    const subject = value.mentioned.find((s) => s.kind === 'transaction')!;
    expect(subject.depositId).toBe(`D-${ticket.id.slice(2)}`);
    expect(value.diagnosis).toMatchObject({ depositId: subject.depositId, macroTopic: 'deposit' });
    expect(['awaiting_confirmations', 'wrong_network', 'credited', 'below_minimum']).toContain(value.diagnosis!.diagnosis.kind);
  });

  it('with no back office configured: not_configured, and still what the ticket mentions', async () => {
    const ticket = await depositTicket(`0x${'ab'.repeat(32)}`, 3);
    expect(await dispatchWith({ backOffice: false })('account.facts', { ticketId: ticket.id })).toEqual({
      ok: true,
      value: { kind: 'not_configured', mentioned: [{ kind: 'transaction', value: `0x${'ab'.repeat(32)}`, depositId: null, withdrawalId: null }, { kind: 'address', value: DEPOSIT, depositId: null, withdrawalId: null }] },
    });
    const chain = await dispatchWith()('account.chain', { ticketId: ticket.id });
    expect(chain).toMatchObject({ ok: true, value: { transactions: [{ result: { kind: 'not_configured' } }], addresses: [{ result: { kind: 'not_configured' } }], diagnosis: null } });
  });

  describe.skipIf(!ANVIL_SUPPORTED)('against Anvil', () => {
    let node: AnvilNode;
    let hash: Hash;
    let ticket: Ticket;
    beforeAll(async () => {
      node = await startAnvil();
      const wallet = createWalletClient({ chain: foundry, transport: http(node.url), account: SENDER });
      const client = createTestClient({ chain: foundry, mode: 'anvil', transport: http(node.url) }).extend(publicActions);
      hash = await wallet.sendTransaction({ to: DEPOSIT, value: parseEther('0.5') });
      await client.waitForTransactionReceipt({ hash });
      await client.mine({ blocks: 4 });
      ticket = await depositTicket(hash, 3);
    });
    afterAll(() => node?.stop());

    it('the back office\'s record first (3 of 12), then the chain\'s count (5 of 12); 7 blocks later, confirmed and not credited', async () => {
      const dispatch = dispatchWith({ nodes: [{ network: 'ethereum', url: node.url }] });
      const facts = await dispatch('account.facts', { ticketId: ticket.id });
      expect(facts).toMatchObject({
        ok: true,
        value: {
          kind: 'found',
          source: 'live',
          mentioned: [{ kind: 'transaction', value: hash, depositId: 'D-ANVIL' }, { kind: 'address', value: DEPOSIT, depositId: 'D-ANVIL' }],
          diagnosis: { diagnosis: { kind: 'awaiting_confirmations', confirmations: 3, required: 12, remainingBlocks: 9, expectedSeconds: 108 }, macroTopic: 'deposit', depositId: 'D-ANVIL' },
        },
      });
      const chain = await dispatch('account.chain', { ticketId: ticket.id });
      expect(chain).toMatchObject({
        ok: true,
        value: {
          transactions: [{ subject: { value: hash }, result: { kind: 'found', source: 'live', facts: { confirmations: 5 }, diagnosis: { kind: 'awaiting_confirmations', confirmations: 5, required: 12 } } }],
          // EVM logs hold tokens only: the native transfer is not listed, and the panel says so.
          addresses: [{ subject: { value: DEPOSIT }, result: { kind: 'found', activity: [{ network: 'ethereum', nativeTransfersListed: false, transactions: [] }] } }],
          diagnosis: { diagnosis: { kind: 'awaiting_confirmations', confirmations: 5, required: 12, remainingBlocks: 7, expectedSeconds: 84 }, depositId: 'D-ANVIL' },
        },
      });

      // Macros speak of the same deposit: the chain's count, learned by the lookup just made.
      expect(accountMacroFactsFor(cache, ticket.id).deposit).toMatchObject({ confirmations: '5', required: '12', asset: 'ETH', amount: '0.5', tx_hash: hash });

      await createTestClient({ chain: foundry, mode: 'anvil', transport: http(node.url) }).mine({ blocks: 7 });
      expect(await dispatch('account.chain', { ticketId: ticket.id })).toMatchObject({ ok: true, value: { diagnosis: { diagnosis: { kind: 'confirmed_not_credited', confirmations: 12, required: 12, depositState: 'pending' } } } });
      expect(accountMacroFactsFor(cache, ticket.id).deposit).toMatchObject({ confirmations: '12' });
    });

    it('the back office down: its last word from the cache with its age and why; the chain still answers', async () => {
      const dispatch = dispatchWith({ nodes: [{ network: 'ethereum', url: node.url }] });
      await dispatch('account.facts', { ticketId: ticket.id });
      await admin('/api/v1/admin/back-office/faults', { mode: 'down' });
      try {
        clock += 90_000;
        const facts = await dispatch('account.facts', { ticketId: ticket.id });
        expect(facts).toMatchObject({ ok: true, value: { kind: 'found', source: 'cache', ageMs: 90_000, problem: 'down', diagnosis: { depositId: 'D-ANVIL' } } });
        const value = facts.ok ? (facts.value as AccountFactsResult) : null;
        expect(value?.kind === 'found' && value.facts?.userId).toBe(USER_ID);
        expect(await dispatch('account.chain', { ticketId: ticket.id })).toMatchObject({ ok: true, value: { diagnosis: { depositId: 'D-ANVIL' } } });
      } finally {
        await admin('/api/v1/admin/back-office/faults', { mode: 'none' });
      }
    });

    it('the chain node down: the cached facts with their age', async () => {
      const live = dispatchWith({ nodes: [{ network: 'ethereum', url: node.url }] });
      await live('account.chain', { ticketId: ticket.id });
      clock += 30_000;
      const down = dispatchWith({ nodes: [{ network: 'ethereum', url: 'http://127.0.0.1:9' }] });
      expect(await down('account.chain', { ticketId: ticket.id })).toMatchObject({ ok: true, value: { transactions: [{ result: { kind: 'found', source: 'cache', ageMs: 30_000, problems: [{ network: 'ethereum', kind: 'unreachable' }] } }] } });
    });

    it('an executive sees the diagnosis line and its reply topic, not the account or what was looked up', async () => {
      const dispatch = dispatchWith({ nodes: [{ network: 'ethereum', url: node.url }], role: 'executive' });
      const facts = await dispatch('account.facts', { ticketId: ticket.id });
      expect(facts).toMatchObject({ ok: true, value: { kind: 'found', facts: null, mentioned: [], diagnosis: { macroTopic: 'deposit' } } });
      const chain = await dispatch('account.chain', { ticketId: ticket.id });
      expect(chain).toMatchObject({ ok: true, value: { transactions: [], addresses: [], diagnosis: { macroTopic: 'deposit' } } });
    });
  });
});
