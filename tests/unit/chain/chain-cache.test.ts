import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ChainCache, addressKey, hashKey } from '../../../main/services/chain/chain-cache';
import type { ChainTransactionFacts } from '../../../main/services/chain/chain-connector';
import { openDatabase } from '../../../main/services/sqlite/open-database';
import { cacheMigrations, cacheSchema } from '../../../main/services/store/migrations';
import { chainLookups } from '../../../main/services/store/migrations/012-chain-lookups';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function cache(): { db: Database.Database; chain: ChainCache } {
  const db = new Database(':memory:');
  chainLookups.up(db);
  return { db, chain: new ChainCache(db) };
}

const facts = (overrides: Partial<ChainTransactionFacts> = {}): ChainTransactionFacts => ({
  network: 'ethereum', hash: `0x${'ab'.repeat(32)}`, status: 'confirmed', blockHeight: 10, blockTime: null, confirmations: 3,
  blockTimeSeconds: 12, memoSupported: false, fee: '21000', transfers: [{ asset: 'native', from: null, to: `0x${'1'.repeat(40)}`, value: '5', memo: null }], ...overrides,
});

describe('chain cache', () => {
  it('keeps the latest word per network and hash, with when it was learned; an older answer never replaces a newer one', () => {
    const { chain } = cache();
    chain.saveTransaction(facts({ confirmations: 3 }), 1_000);
    chain.saveTransaction(facts({ confirmations: 9 }), 5_000);
    chain.saveTransaction(facts({ confirmations: 5 }), 4_000);
    chain.saveTransaction(facts({ network: 'bsc', confirmations: 40 }), 2_000);
    expect(chain.transactions(`AB`.repeat(32)).map((l) => [l.network, l.value.confirmations, l.learnedAt])).toEqual([['ethereum', 9, 5_000], ['bsc', 40, 2_000]]);
    expect(chain.forgetBefore(3_000)).toBe(1);
    expect(chain.transactions(`0x${'ab'.repeat(32)}`).map((l) => l.network)).toEqual(['ethereum']);
  });

  it('a row that no longer fits the facts’ shape is dropped, never trusted', () => {
    const { db, chain } = cache();
    chain.saveTransaction(facts(), 1_000);
    db.prepare("UPDATE chain_lookups SET facts_json = json_set(facts_json, '$.confirmations', -1)").run();
    expect(chain.transactions(`0x${'ab'.repeat(32)}`)).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM chain_lookups').get()).toEqual({ n: 0 });
  });

  it('an address’s activity is kept with each of its transactions', () => {
    const { chain } = cache();
    const address = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';
    chain.saveAddress({ network: 'ethereum', address, transactions: [facts()], tipHeight: 12, coverage: { nativeTransfers: false, fromBlock: 3 } }, 7_000);
    expect(chain.addressActivity(address.toLowerCase())[0]).toMatchObject({ learnedAt: 7_000, value: { tipHeight: 12, coverage: { nativeTransfers: false, fromBlock: 3 } } });
    expect(chain.transactions(`0x${'ab'.repeat(32)}`)[0]!.learnedAt).toBe(7_000);
  });

  it('keys: a hash with or without 0x in any case; hex and Bech32 addresses in any case, Base58 as written', () => {
    expect(hashKey(' 0xABcd ')).toBe('abcd');
    expect(addressKey('BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ')).toBe('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq');
    expect(addressKey('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')).toBe('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2');
  });

  it('lives in the desk’s own cache: migration 012 is registered, and what was learned survives a restart', () => {
    expect(cacheMigrations.find((m) => m.name === '012-chain-lookups')).toBe(chainLookups);
    const dir = mkdtempSync(join(tmpdir(), 'agentdesk-chain-cache-'));
    try {
      const first = openDatabase(join(dir, 'cache.sqlite'), cacheSchema);
      new ChainCache(first).saveTransaction(facts(), 9_000);
      first.close();
      const again = openDatabase(join(dir, 'cache.sqlite'), cacheSchema);
      expect(new ChainCache(again).transactions(`0x${'ab'.repeat(32)}`)).toEqual([{ value: facts(), network: 'ethereum', learnedAt: 9_000 }]);
      again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
