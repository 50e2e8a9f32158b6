import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountCache } from '../../../main/services/back-office/account-cache';
import { AccountReader } from '../../../main/services/back-office/account-reader';
import { BackOfficeError, type AccountKey, type BackOfficeConnector } from '../../../main/services/back-office/back-office-connector';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import type { AccountFacts } from '../../../preload/contract';
import { sampleAccount } from './account-fixture';

// The back office down must not cost the panel a failing request per ticket: after one call found
// it down, a known account is answered from the cache at once and asked again in the background.

/** A back office the test answers by hand: each call waits until the test says how it ends. */
class ScriptedBackOffice implements BackOfficeConnector {
  readonly calls: Array<{ key: AccountKey; answer: (facts: AccountFacts) => void; fail: (error: BackOfficeError) => void }> = [];
  accountFacts(key: AccountKey): Promise<AccountFacts> {
    return new Promise((answer, fail) => this.calls.push({ key, answer, fail }));
  }
}

const ANA = { userId: 'U-4821937', email: '' };
const BEN = { userId: 'U-5000001', email: '' };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('account reader', () => {
  let dir = '';
  let store: CacheStore | null = null;
  afterEach(() => {
    store?.close();
    store = null;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  function setUp(connector: () => BackOfficeConnector | null) {
    dir = mkdtempSync(join(tmpdir(), 'agentdesk-account-reader-'));
    store = openCacheStore(join(dir, 'cache.sqlite'));
    let clock = 1_000_000;
    const cache = new AccountCache(store.db);
    return { cache, reader: new AccountReader(connector, cache, () => clock), tick: (ms: number) => (clock += ms) };
  }

  it('no back office configured: null, nothing asked', async () => {
    const { reader } = setUp(() => null);
    expect(await reader.read(ANA)).toBeNull();
  });

  it('live while the back office answers; the first outage waits for the failing call, the next reads do not', async () => {
    const backOffice = new ScriptedBackOffice();
    const { cache, reader, tick } = setUp(() => backOffice);
    const first = reader.read(ANA);
    await settle();
    backOffice.calls[0]!.answer(sampleAccount());
    expect(await first).toMatchObject({ source: 'live', learnedAt: 1_000_000, problem: null });

    tick(60_000);
    const second = reader.read(ANA);
    await settle();
    backOffice.calls[1]!.fail(new BackOfficeError('down', 'refused'));
    expect(await second).toMatchObject({ source: 'cache', learnedAt: 1_000_000, problem: 'down' });

    // Known down: the cache answers before the back office is asked again (that call never ends here).
    const third = await reader.read(ANA);
    expect(third).toMatchObject({ source: 'cache', learnedAt: 1_000_000, problem: 'down', facts: { userId: 'U-4821937' } });
    expect(backOffice.calls).toHaveLength(3);
    // One background call per account at a time.
    await reader.read(ANA);
    expect(backOffice.calls).toHaveLength(3);

    // The background call comes back: the cache holds the new word and the outage is over.
    tick(5_000);
    backOffice.calls[2]!.answer(sampleAccount({ kyc: { level: 3, status: 'verified' } }));
    await reader.idle();
    expect(cache.read(ANA)).toMatchObject({ learnedAt: 1_065_000, facts: { kyc: { level: 3 } } });
    const fourth = reader.read(ANA);
    await settle();
    expect(backOffice.calls).toHaveLength(4);
    backOffice.calls[3]!.answer(sampleAccount());
    expect(await fourth).toMatchObject({ source: 'live', problem: null });
  });

  it('during an outage an account the cache does not know still asks the back office (nothing else to show)', async () => {
    const backOffice = new ScriptedBackOffice();
    const { reader } = setUp(() => backOffice);
    const first = reader.read(ANA);
    await settle();
    backOffice.calls[0]!.fail(new BackOfficeError('timeout', 'slow'));
    expect(await first).toEqual({ facts: null, problem: 'timeout' });
    const other = reader.read(BEN);
    await settle();
    expect(backOffice.calls.map((c) => c.key)).toEqual([ANA, BEN]);
    backOffice.calls[1]!.fail(new BackOfficeError('timeout', 'slow'));
    expect(await other).toEqual({ facts: null, problem: 'timeout' });
  });

  it('a failure that is not an outage (unknown customer, refused) does not switch to the cache first', async () => {
    const backOffice = new ScriptedBackOffice();
    const { cache, reader } = setUp(() => backOffice);
    cache.save(ANA, sampleAccount(), 500);
    const first = reader.read(ANA);
    await settle();
    backOffice.calls[0]!.fail(new BackOfficeError('refused', 'HTTP 401'));
    expect(await first).toMatchObject({ source: 'cache', problem: 'refused' });
    const second = reader.read(ANA);
    await settle();
    expect(backOffice.calls).toHaveLength(2);
    backOffice.calls[1]!.fail(new BackOfficeError('unknown_customer', 'HTTP 404'));
    // An account the back office no longer knows is not shown from the cache.
    expect(await second).toEqual({ facts: null, problem: 'unknown_customer' });
  });

  it('a back office changed in the settings starts with no outage known', async () => {
    const down = new ScriptedBackOffice();
    const other = new ScriptedBackOffice();
    let current: BackOfficeConnector = down;
    const { cache, reader } = setUp(() => current);
    cache.save(ANA, sampleAccount(), 500);
    const first = reader.read(ANA);
    await settle();
    down.calls[0]!.fail(new BackOfficeError('down', 'refused'));
    await first;
    current = other;
    const second = reader.read(ANA);
    await settle();
    expect(other.calls).toHaveLength(1);
    other.calls[0]!.answer(sampleAccount());
    expect(await second).toMatchObject({ source: 'live' });
  });
});
