import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient, createWalletClient, http, parseEther, publicActions } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import type { ChannelHandlers } from '../../../main/services/app/channel-handlers';
import { chainNodesFromEnvironment, createChainHandlers, type ChainNodeConfig } from '../../../main/services/app/chain-handlers';
import { createDispatch } from '../../../main/services/app/dispatch';
import type { ChainNetwork } from '../../../main/services/chain/chain-connector';
import { silentLogger } from '../../../main/services/logging/logger';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { ANVIL_SUPPORTED, startAnvil, type AnvilNode } from '../chain/anvil-node';

// `chain.lookup` through dispatch, the one door: a real transaction on a real EVM node (Anvil)
// gives its facts and the diagnosis; bad input never reaches the handler; no node configured is
// a kind, not a failure.

/** Ethereum as Anvil plays it: its dev chain id, Ethereum's block time. */
const NETWORKS: ChainNetwork[] = [{ id: 'ethereum', family: 'evm', chainId: foundry.id, nativeAsset: 'ETH', nativeDecimals: 18, blockTimeSeconds: 12 }];
/** Anvil's third dev account (its well-known test key). */
const SENDER = privateKeyToAccount('0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a');
const DEPOSIT = privateKeyToAccount(generatePrivateKey()).address;
const CLOCK = 1_800_000_000_000;

function dispatchWith(cache: CacheStore, nodes: ChainNodeConfig[]) {
  const handlers = createChainHandlers({ db: cache.db, nodes, networks: NETWORKS, timeoutMs: 5_000, now: () => CLOCK });
  const fail = () => {
    throw new Error('not expected in this test');
  };
  return createDispatch(new Proxy(handlers as ChannelHandlers, { get: (target, key) => (target as Record<string, unknown>)[key as string] ?? fail }), silentLogger);
}

describe('chain.lookup through dispatch', () => {
  let dir: string;
  let cache: CacheStore;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'agentdesk-chain-lookup-'));
    cache = openCacheStore(join(dir, 'cache.sqlite'));
  });

  afterAll(() => {
    cache?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('no node configured: the kind not_configured, nothing looked up', async () => {
    const dispatch = dispatchWith(cache, []);
    expect(await dispatch('chain.lookup', { text: `0x${'ab'.repeat(32)}` })).toEqual({ ok: true, value: { kind: 'not_configured', network: null } });
    const ethereumOnly = dispatchWith(cache, [{ network: 'ethereum', url: 'http://127.0.0.1:9' }]);
    expect(await ethereumOnly('chain.lookup', { text: `0x${'ab'.repeat(32)}`, network: 'bitcoin' })).toEqual({ ok: true, value: { kind: 'not_configured', network: 'bitcoin' } });
  });

  it('invalid input is refused by the schema', async () => {
    const dispatch = dispatchWith(cache, []);
    const deposit = { network: 'ethereum', address: DEPOSIT, asset: 'native', memo: null, minimum: '1', requiredConfirmations: 12 };
    for (const bad of [
      {},
      { text: '   ' },
      { text: 'x'.repeat(201) },
      { text: '0xab', network: 'Ethereum Mainnet' },
      { text: '0xab', extra: true },
      { text: '0xab', deposit: { ...deposit, minimum: '0.5' } },
      { text: '0xab', deposit, withdrawal: { network: 'ethereum', state: 'held', requiredConfirmations: 12 } },
    ]) {
      const result = await dispatch('chain.lookup', bad);
      expect(result.ok, JSON.stringify(bad)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
  });

  describe.skipIf(!ANVIL_SUPPORTED)('against Anvil', () => {
    let node: AnvilNode;

    beforeAll(async () => {
      node = await startAnvil();
    });

    afterAll(async () => {
      await node?.stop();
    });

    it('a real transaction: facts, diagnosis against the expected deposit, its macro topic, age 0', async () => {
      const client = createTestClient({ chain: foundry, mode: 'anvil', transport: http(node.url) }).extend(publicActions);
      const wallet = createWalletClient({ chain: foundry, transport: http(node.url), account: SENDER });
      const hash = await wallet.sendTransaction({ to: DEPOSIT, value: parseEther('0.5') });
      await client.waitForTransactionReceipt({ hash });
      await client.mine({ blocks: 4 });

      const dispatch = dispatchWith(cache, [{ network: 'ethereum', url: node.url }]);
      const deposit = { network: 'ethereum', address: DEPOSIT, asset: 'native', memo: null, minimum: parseEther('0.01').toString(), requiredConfirmations: 12, state: 'pending' as const };
      const result = await dispatch('chain.lookup', { text: hash, deposit });
      expect(result).toEqual({
        ok: true,
        value: {
          kind: 'found',
          facts: expect.objectContaining({ network: 'ethereum', hash, status: 'confirmed', confirmations: 5, transfers: [{ asset: 'native', from: SENDER.address.toLowerCase(), to: DEPOSIT.toLowerCase(), value: parseEther('0.5').toString(), memo: null }] }),
          source: 'live',
          learnedAt: CLOCK,
          ageMs: 0,
          problems: [],
          diagnosis: { kind: 'awaiting_confirmations', confirmations: 5, required: 12, remainingBlocks: 7, expectedSeconds: 84 },
          macroTopic: 'deposit',
        },
      });

      // Without the account's record: what the chain says, and no reply to suggest.
      expect(await dispatch('chain.lookup', { text: hash })).toMatchObject({ ok: true, value: { kind: 'found', diagnosis: { kind: 'seen_on_chain', status: 'confirmed', confirmations: 5 } } });

      // A hash no block holds: not found on the network asked, and for the deposit, not on chain.
      const unknown = `0x${'cd'.repeat(32)}`;
      expect(await dispatch('chain.lookup', { text: unknown, network: 'ethereum', deposit })).toEqual({
        ok: true,
        value: { kind: 'failed', reason: 'not_found', networks: ['ethereum'], diagnosis: { kind: 'not_found_on_chain' }, macroTopic: 'deposit' },
      });
      // Not a hash of any configured network: a kind, not a thrown error.
      expect(await dispatch('chain.lookup', { text: 'hello' })).toMatchObject({ ok: true, value: { kind: 'failed', reason: 'invalid_input', diagnosis: null } });
    });
  });

  it('nodes from the environment: one URL per known network', () => {
    expect(chainNodesFromEnvironment({ AGENTDESK_CHAIN_ETHEREUM_URL: ' http://127.0.0.1:8545 ', AGENTDESK_CHAIN_BITCOIN_URL: '', AGENTDESK_CHAIN_NOWHERE_URL: 'http://x' })).toEqual([{ network: 'ethereum', url: 'http://127.0.0.1:8545' }]);
  });
});
