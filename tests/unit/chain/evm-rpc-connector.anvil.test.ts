import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient, createWalletClient, encodeFunctionData, http, parseEther, publicActions, type Address, type Hash } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import type { ChainNetwork } from '../../../main/services/chain/chain-connector';
import { ChainError } from '../../../main/services/chain/chain-error';
import { EvmRpcConnector } from '../../../main/services/chain/evm-rpc-connector';
import { diagnoseChain, type ExpectedDeposit } from '../../../main/services/domain/chain-diagnosis';
import { ANVIL_SUPPORTED, startAnvil, type AnvilNode } from './anvil-node';
import { MINIMAL_TOKEN_ABI, MINIMAL_TOKEN_BYTECODE } from './fixtures/minimal-token';

// The EVM connector against a real node: transactions are signed, sent and mined by Anvil, and
// the connector's confirmations and the diagnosis follow the blocks as they are mined.

/** Ethereum as Anvil plays it: its dev chain id, Ethereum's block time. */
const NETWORK: ChainNetwork = { id: 'ethereum', family: 'evm', chainId: foundry.id, nativeAsset: 'ETH', nativeDecimals: 18, blockTimeSeconds: 12 };
/** Anvil's first dev account (its well-known test key). */
const SENDER = privateKeyToAccount('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80');
const DEPOSIT = privateKeyToAccount(generatePrivateKey()).address;

describe.skipIf(!ANVIL_SUPPORTED)('EVM JSON-RPC connector against Anvil', () => {
  let node: AnvilNode;
  let connector: EvmRpcConnector;
  let client: ReturnType<typeof makeClient>;
  let token: Address;

  function makeClient(url: string) {
    return createTestClient({ chain: foundry, mode: 'anvil', transport: http(url), account: SENDER }).extend(publicActions).extend((base) => ({
      send: createWalletClient({ chain: foundry, transport: http(url), account: SENDER }),
      mineBlocks: (blocks: number) => base.mine({ blocks }),
    }));
  }

  const expected = (overrides: Partial<ExpectedDeposit> = {}): ExpectedDeposit => ({
    network: 'ethereum', address: DEPOSIT, asset: 'native', memo: null, minimum: parseEther('0.01').toString(), requiredConfirmations: 12, state: 'pending', ...overrides,
  });

  beforeAll(async () => {
    node = await startAnvil();
    connector = new EvmRpcConnector(NETWORK, { url: node.url, timeoutMs: 5_000 });
    client = makeClient(node.url);
    const deployHash = await client.send.deployContract({ abi: MINIMAL_TOKEN_ABI, bytecode: MINIMAL_TOKEN_BYTECODE, args: [1_000_000_000_000n] });
    token = (await client.waitForTransactionReceipt({ hash: deployHash })).contractAddress!;
  });

  afterAll(async () => {
    await node?.stop();
  });

  it('a native transfer: 5 of 12 confirmations, then 7 more blocks and it is confirmed', async () => {
    const hash = await client.send.sendTransaction({ to: DEPOSIT, value: parseEther('0.5') });
    await client.waitForTransactionReceipt({ hash });
    await client.mineBlocks(4);

    const facts = await connector.transaction(hash);
    expect(facts).toMatchObject({ network: 'ethereum', hash, status: 'confirmed', confirmations: 5, memoSupported: false });
    expect(facts!.transfers).toEqual([{ asset: 'native', from: SENDER.address.toLowerCase(), to: DEPOSIT.toLowerCase(), value: parseEther('0.5').toString(), memo: null }]);
    expect(BigInt(facts!.fee!)).toBeGreaterThan(0n);
    expect(facts!.blockTime).toBeGreaterThan(Date.UTC(2020, 0, 1));
    expect(diagnoseChain({ facts, deposit: expected() })).toEqual({ diagnosis: { kind: 'awaiting_confirmations', confirmations: 5, required: 12, remainingBlocks: 7, expectedSeconds: 84 }, macroTopic: 'deposit' });

    await client.mineBlocks(7);
    expect(await connector.transactionStatus(hash)).toEqual({ network: 'ethereum', hash, status: 'confirmed', blockHeight: facts!.blockHeight, confirmations: 12 });
    const later = await connector.transaction(hash);
    expect(diagnoseChain({ facts: later, deposit: expected() }).diagnosis).toEqual({ kind: 'confirmed_not_credited', confirmations: 12, required: 12, depositState: 'pending' });

    // The same real transaction against other expectations.
    expect(diagnoseChain({ facts: later, deposit: expected({ network: 'bsc' }) }).diagnosis).toMatchObject({ kind: 'wrong_network', sentOn: 'ethereum', toDepositAddress: true });
    expect(diagnoseChain({ facts: later, deposit: expected({ address: SENDER.address }) }).diagnosis.kind).toBe('not_customer_address');
    expect(diagnoseChain({ facts: later, deposit: expected({ minimum: parseEther('1').toString() }) }).diagnosis).toEqual({ kind: 'below_minimum', amount: parseEther('0.5').toString(), minimum: parseEther('1').toString() });
  });

  it('an ERC-20 transfer from a deployed token: decoded from its Transfer log, found by address, confirmed after mining', async () => {
    const hash = await client.send.writeContract({ address: token, abi: MINIMAL_TOKEN_ABI, functionName: 'transfer', args: [DEPOSIT, 25_000_000n] });
    await client.waitForTransactionReceipt({ hash });

    const facts = await connector.transaction(hash);
    expect(facts).toMatchObject({ status: 'confirmed', confirmations: 1 });
    expect(facts!.transfers).toEqual([{ asset: token.toLowerCase(), from: SENDER.address.toLowerCase(), to: DEPOSIT.toLowerCase(), value: '25000000', memo: null }]);
    const tokenDeposit = expected({ asset: token, minimum: '10000000' });
    expect(diagnoseChain({ facts, deposit: tokenDeposit }).diagnosis).toMatchObject({ kind: 'awaiting_confirmations', confirmations: 1, required: 12 });
    expect(diagnoseChain({ facts, deposit: expected() }).diagnosis).toEqual({ kind: 'wrong_asset', sentAsset: [token.toLowerCase()], expectedAsset: 'native' });

    const activity = await connector.addressActivity(DEPOSIT);
    expect(activity.coverage).toEqual({ nativeTransfers: false, fromBlock: 0 });
    expect(activity.transactions.map((t) => t.hash)).toEqual([hash]);
    expect(activity.transactions[0]!.transfers[0]).toMatchObject({ asset: token.toLowerCase(), value: '25000000' });

    await client.mineBlocks(11);
    expect(diagnoseChain({ facts: await connector.transaction(hash), deposit: tokenDeposit }).diagnosis).toMatchObject({ kind: 'confirmed_not_credited', confirmations: 12 });
  });

  it('a transaction still in the mempool is unconfirmed with 0 confirmations, then counted once mined', async () => {
    await client.setAutomine(false);
    try {
      const hash = await client.send.sendTransaction({ to: DEPOSIT, value: parseEther('0.2') });
      const pending = await connector.transaction(hash);
      expect(pending).toMatchObject({ status: 'unconfirmed', confirmations: 0, blockHeight: null, blockTime: null, fee: null });
      expect(await connector.transactionStatus(hash)).toMatchObject({ status: 'unconfirmed', confirmations: 0 });
      expect(diagnoseChain({ facts: pending, deposit: expected() }).diagnosis).toEqual({ kind: 'awaiting_confirmations', confirmations: 0, required: 12, remainingBlocks: 12, expectedSeconds: 144 });
      expect(diagnoseChain({ facts: pending, withdrawal: { network: 'ethereum', state: 'broadcast', requiredConfirmations: 12 } }).diagnosis).toMatchObject({ kind: 'broadcast_unconfirmed', seenOnChain: true, confirmations: 0 });
      await client.mineBlocks(1);
      expect(await connector.transactionStatus(hash)).toMatchObject({ status: 'confirmed', confirmations: 1 });
    } finally {
      await client.setAutomine(true);
    }
  });

  it('a transfer that reverts is failed on chain', async () => {
    const data = encodeFunctionData({ abi: MINIMAL_TOKEN_ABI, functionName: 'transfer', args: [DEPOSIT, 10n ** 30n] });
    const hash: Hash = await client.send.sendTransaction({ to: token, data, gas: 100_000n });
    expect((await client.waitForTransactionReceipt({ hash })).status).toBe('reverted');
    const facts = await connector.transaction(hash);
    expect(facts).toMatchObject({ status: 'failed', transfers: [] });
    expect(diagnoseChain({ facts, deposit: expected({ asset: token }) })).toEqual({ diagnosis: { kind: 'failed_on_chain', hash, network: 'ethereum' }, macroTopic: 'deposit' });
    expect(diagnoseChain({ facts, withdrawal: { network: 'ethereum', state: 'broadcast', requiredConfirmations: 12 } }).diagnosis.kind).toBe('failed_on_chain');
  });

  it('an unknown hash is null, not an error; text that is no hash is refused in one sentence', async () => {
    const unknown = `0x${'7'.repeat(64)}`;
    expect(await connector.transaction(unknown)).toBeNull();
    expect(await connector.transactionStatus(unknown)).toBeNull();
    await expect(connector.transaction('0x1234')).rejects.toMatchObject({ kind: 'invalid_input' });
    await expect(connector.addressActivity('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')).rejects.toMatchObject({ kind: 'invalid_input' });
  });

  it('a node serving another chain than the configured network is refused', async () => {
    const bsc = new EvmRpcConnector({ ...NETWORK, id: 'bsc', chainId: 56 }, { url: node.url });
    const error = await bsc.tipHeight().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChainError);
    expect(error).toMatchObject({ kind: 'wrong_chain', message: `The node configured for bsc serves chain ${foundry.id}, not chain 56.` });
  });
});
