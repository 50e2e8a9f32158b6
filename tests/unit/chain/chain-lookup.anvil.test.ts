import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublicClient, createWalletClient, http, parseEther, parseGwei, type Hex } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import { ChainCache } from '../../../main/services/chain/chain-cache';
import type { ChainNetwork } from '../../../main/services/chain/chain-connector';
import { ChainLookup } from '../../../main/services/chain/chain-lookup';
import { EvmRpcConnector } from '../../../main/services/chain/evm-rpc-connector';
import { chainLookups } from '../../../main/services/store/migrations/012-chain-lookups';
import { ANVIL_SUPPORTED, startAnvil, type AnvilNode } from './anvil-node';
import { startRecordedServer } from './recorded-http-server';

// The lookup across networks, on two real nodes that share a chain id (so one signed
// transaction can land on both, as a replayed transaction does), with the desk's cache table:
// found on one, found on two, found nowhere, and a node gone down (timeout) → the cache's last
// word with its age.

const network = (id: string): ChainNetwork => ({ id, family: 'evm', chainId: foundry.id, nativeAsset: 'ETH', nativeDecimals: 18, blockTimeSeconds: id === 'bsc' ? 0.75 : 12 });
/** Anvil's second dev account. */
const SENDER = privateKeyToAccount('0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d');
const DEPOSIT = privateKeyToAccount(generatePrivateKey()).address;

function openCacheTable(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'chain_lookups'").get()) db.transaction(() => chainLookups.up(db))();
  return db;
}

describe.skipIf(!ANVIL_SUPPORTED)('chain lookup across networks, with the cache', () => {
  let eth: AnvilNode;
  let bsc: AnvilNode;
  let dir: string;
  let db: Database.Database;
  let clock = 1_800_000_000_000;

  beforeAll(async () => {
    [eth, bsc] = await Promise.all([startAnvil(), startAnvil()]);
    dir = mkdtempSync(join(tmpdir(), 'agentdesk-chain-'));
    db = openCacheTable(join(dir, 'cache.sqlite'));
  });

  afterAll(async () => {
    db?.close();
    await Promise.all([eth?.stop(), bsc?.stop()]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const lookupOn = (nodes: { id: string; url: string }[], timeoutMs = 2_000) =>
    new ChainLookup(nodes.map((n) => new EvmRpcConnector(network(n.id), { url: n.url, timeoutMs })), new ChainCache(db), () => clock);

  async function signTransfer(value: bigint, nonce: number): Promise<Hex> {
    const wallet = createWalletClient({ chain: foundry, transport: http(eth.url), account: SENDER });
    return wallet.signTransaction({ to: DEPOSIT, value, nonce, gas: 21_000n, maxFeePerGas: parseGwei('20'), maxPriorityFeePerGas: parseGwei('1'), chainId: foundry.id });
  }

  const send = (url: string, raw: Hex) => createPublicClient({ chain: foundry, transport: http(url) }).request({ method: 'eth_sendRawTransaction', params: [raw] });

  it('found on one network: live facts, cached with the time they were learned', async () => {
    const raw = await signTransfer(parseEther('1'), 0);
    const hash = await send(eth.url, raw);
    await send(bsc.url, await signTransfer(parseEther('2'), 0)); // the same nonce, another transfer on the other network

    const lookup = lookupOn([{ id: 'ethereum', url: eth.url }, { id: 'bsc', url: bsc.url }]);
    const result = await lookup.diagnose(hash, { deposit: { network: 'ethereum', address: DEPOSIT, asset: 'native', memo: null, minimum: '1', requiredConfirmations: 12 } });
    expect(result).toMatchObject({ source: 'live', ageMs: 0, learnedAt: clock, problems: [], facts: { network: 'ethereum', hash, confirmations: 1 } });
    expect(result.diagnosis).toMatchObject({ kind: 'awaiting_confirmations', confirmations: 1, required: 12 });
    expect(result.macroTopic).toBe('deposit');
    expect(new ChainCache(db).transactions(hash.toUpperCase().replace('0X', ''))).toEqual([{ value: result.facts, network: 'ethereum', learnedAt: clock }]);
  });

  it('one signed transaction on two networks: the network must be chosen', async () => {
    const raw = await signTransfer(parseEther('0.3'), 1);
    const [onEth, onBsc] = await Promise.all([send(eth.url, raw), send(bsc.url, raw)]);
    expect(onEth).toBe(onBsc);
    const lookup = lookupOn([{ id: 'ethereum', url: eth.url }, { id: 'bsc', url: bsc.url }]);
    await expect(lookup.transaction(onEth)).rejects.toMatchObject({ kind: 'ambiguous', details: { networks: ['bsc', 'ethereum'] }, message: `The transaction ${onEth} exists on bsc and ethereum; the network must be chosen.` });
  });

  it('a hash no network knows is unknown; text that is no hash of any network is refused', async () => {
    const lookup = lookupOn([{ id: 'ethereum', url: eth.url }, { id: 'bsc', url: bsc.url }]);
    await expect(lookup.transaction(`0x${'5'.repeat(64)}`)).rejects.toMatchObject({ kind: 'not_found', message: `No configured network (ethereum, bsc) knows the transaction 0x${'5'.repeat(64)}.` });
    await expect(lookup.transaction('not a hash')).rejects.toMatchObject({ kind: 'invalid_input' });
  });

  it('a node that is slow or down: the cached facts with their age, the reason said; nothing cached: the reason alone', async () => {
    const raw = await signTransfer(parseEther('0.7'), 2);
    const hash = await send(eth.url, raw);
    await lookupOn([{ id: 'ethereum', url: eth.url }]).transaction(hash);
    const learnedAt = clock;

    // A node that accepts the connection and never answers stands in for the slow one.
    const hanging = await startRecordedServer(() => ({ hang: true, body: '' }));
    try {
      clock += 90_000;
      const started = Date.now();
      const stale = await lookupOn([{ id: 'ethereum', url: hanging.url }, { id: 'bsc', url: bsc.url }], 500).transaction(hash);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(stale).toMatchObject({ source: 'cache', learnedAt, ageMs: 90_000, facts: { hash, network: 'ethereum', confirmations: 1 } });
      expect(stale.problems).toEqual([{ network: 'ethereum', kind: 'timeout', message: `The ethereum node at ${hanging.url} did not answer within 500 ms.` }]);

      await expect(lookupOn([{ id: 'ethereum', url: hanging.url }], 300).transaction(`0x${'6'.repeat(64)}`)).rejects.toMatchObject({ kind: 'timeout' });
    } finally {
      await hanging.close();
    }

    await eth.stop();
    clock += 60_000;
    const offline = await lookupOn([{ id: 'ethereum', url: eth.url }]).transaction(hash);
    expect(offline).toMatchObject({ source: 'cache', ageMs: 150_000, problems: [{ network: 'ethereum', kind: 'unreachable' }] });

    // The cache outlives the desk: reopened, the same facts and time.
    db.close();
    db = openCacheTable(join(dir, 'cache.sqlite'));
    expect(new ChainCache(db).transactions(hash)[0]).toMatchObject({ network: 'ethereum', learnedAt });
  });
});
