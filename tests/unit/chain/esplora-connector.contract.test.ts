import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChainError } from '../../../main/services/chain/chain-error';
import { EsploraConnector } from '../../../main/services/chain/esplora-connector';
import { chainNetwork } from '../../../main/services/chain/chain-networks';
import { diagnoseChain, type ExpectedDeposit } from '../../../main/services/domain/chain-diagnosis';
import * as rec from './fixtures/esplora-responses';
import { startRecordedServer, type RecordedAnswer, type RecordedServer, type Route } from './recorded-http-server';

// The Esplora connector against recorded answers shaped like the published API reference,
// served over loopback under an /api prefix as the public explorers do.

const BITCOIN = chainNetwork('bitcoin')!;

function recordedApi(tip = rec.TIP_HEIGHT, overrides: Record<string, RecordedAnswer> = {}): Route {
  const txs: Record<string, object> = { [rec.CONFIRMED_TXID]: rec.confirmedTx, [rec.MEMPOOL_TXID]: rec.mempoolTx, [rec.COINBASE_TXID]: rec.coinbaseTx };
  return (req) => {
    const path = (req.url ?? '').replace(/^\/api/, '');
    if (overrides[path]) return overrides[path];
    if (path === '/blocks/tip/height') return { body: tip };
    const status = /^\/tx\/([0-9a-f]{64})\/status$/.exec(path);
    if (status) return txs[status[1]!] ? { body: (txs[status[1]!] as { status: object }).status } : { status: 404, body: rec.NOT_FOUND_BODY };
    const tx = /^\/tx\/([0-9a-f]{64})$/.exec(path);
    if (tx) return txs[tx[1]!] ? { body: txs[tx[1]!]! } : { status: 404, body: rec.NOT_FOUND_BODY };
    if (path === `/address/${rec.DEPOSIT_ADDRESS}/txs`) return { body: [rec.mempoolTx, rec.coinbaseTx, rec.confirmedTx] };
    if (/^\/address\/[^/]+\/txs$/.test(path)) return { body: [] };
    return undefined;
  };
}

const expected = (overrides: Partial<ExpectedDeposit> = {}): ExpectedDeposit => ({
  network: 'bitcoin', address: rec.DEPOSIT_ADDRESS, asset: 'native', memo: null, minimum: '10000', requiredConfirmations: 3, state: 'pending', ...overrides,
});

describe('Esplora connector (recorded API answers)', () => {
  let server: RecordedServer;
  let esplora: EsploraConnector;

  beforeAll(async () => {
    server = await startRecordedServer(recordedApi());
    esplora = new EsploraConnector(BITCOIN, { baseUrl: `${server.url}/api/`, timeoutMs: 1_000 });
  });
  beforeEach(() => {
    server.setRoute(recordedApi());
  });
  afterAll(() => server.close());

  it('GET /tx/:txid: a confirmed deposit with change, 3 confirmations at tip 840002, its fee and block time', async () => {
    const facts = await esplora.transaction(rec.CONFIRMED_TXID.toUpperCase());
    expect(facts).toEqual({
      network: 'bitcoin', hash: rec.CONFIRMED_TXID, status: 'confirmed', blockHeight: 840000, blockTime: 1713571767000, confirmations: 3,
      blockTimeSeconds: 600, memoSupported: false, fee: '2820',
      // The change back to the sender is not a transfer.
      transfers: [{ asset: 'native', from: rec.SENDER_ADDRESS, to: rec.DEPOSIT_ADDRESS, value: '1500000', memo: null }],
    });
    expect(server.requests).toEqual(expect.arrayContaining([`GET /api/tx/${rec.CONFIRMED_TXID}`, 'GET /api/blocks/tip/height']));
    expect(diagnoseChain({ facts, deposit: expected() }).diagnosis).toMatchObject({ kind: 'confirmed_not_credited', confirmations: 3 });
    expect(diagnoseChain({ facts, deposit: expected({ requiredConfirmations: 6 }) }).diagnosis).toEqual({ kind: 'awaiting_confirmations', confirmations: 3, required: 6, remainingBlocks: 3, expectedSeconds: 1800 });
    expect(diagnoseChain({ facts, deposit: expected({ minimum: '2000000' }) }).diagnosis).toMatchObject({ kind: 'below_minimum', amount: '1500000' });
  });

  it('GET /tx/:txid: in the mempool, an OP_RETURN output skipped; 0 confirmations', async () => {
    const facts = await esplora.transaction(rec.MEMPOOL_TXID);
    expect(facts).toMatchObject({ status: 'unconfirmed', blockHeight: null, blockTime: null, confirmations: 0 });
    expect(facts!.transfers).toEqual([{ asset: 'native', from: rec.SENDER_ADDRESS, to: rec.DEPOSIT_ADDRESS, value: '8000', memo: null }]);
    expect(diagnoseChain({ facts, deposit: expected() }).diagnosis).toMatchObject({ kind: 'below_minimum' });
    expect(diagnoseChain({ facts, deposit: expected({ minimum: '1000' }) }).diagnosis).toEqual({ kind: 'awaiting_confirmations', confirmations: 0, required: 3, remainingBlocks: 3, expectedSeconds: 1800 });
  });

  it('GET /tx/:txid/status follows the tip as blocks arrive', async () => {
    expect(await esplora.transactionStatus(rec.CONFIRMED_TXID)).toEqual({ network: 'bitcoin', hash: rec.CONFIRMED_TXID, status: 'confirmed', blockHeight: 840000, confirmations: 3 });
    server.setRoute(recordedApi('840011'));
    expect(await esplora.transactionStatus(rec.CONFIRMED_TXID)).toMatchObject({ confirmations: 12 });
    expect(await esplora.transactionStatus(rec.MEMPOOL_TXID)).toMatchObject({ status: 'unconfirmed', confirmations: 0 });
    expect(await esplora.tipHeight()).toBe(840011);
  });

  it('GET /address/:address/txs: newest first, a coinbase input without prevout accepted', async () => {
    const activity = await esplora.addressActivity(rec.DEPOSIT_ADDRESS);
    expect(activity.coverage).toEqual({ nativeTransfers: true, fromBlock: null });
    expect(activity.transactions.map((t) => [t.hash, t.confirmations])).toEqual([[rec.MEMPOOL_TXID, 0], [rec.COINBASE_TXID, 2], [rec.CONFIRMED_TXID, 3]]);
    expect(activity.transactions[1]!.transfers).toEqual([{ asset: 'native', from: null, to: rec.DEPOSIT_ADDRESS, value: '312500000', memo: null }]);
    expect((await esplora.addressActivity('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')).transactions).toEqual([]);
  });

  it('an unknown txid is null (404 "Transaction not found"); text that is no txid or address is refused without a request', async () => {
    expect(await esplora.transaction('0'.repeat(63) + '1')).toBeNull();
    expect(await esplora.transactionStatus('0'.repeat(63) + '1')).toBeNull();
    const before = server.requests.length;
    await expect(esplora.transaction(`0x${rec.CONFIRMED_TXID}`)).rejects.toMatchObject({ kind: 'invalid_input' });
    await expect(esplora.addressActivity('bc1q/../../blocks')).rejects.toMatchObject({ kind: 'invalid_input' });
    await expect(esplora.addressActivity('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).rejects.toMatchObject({ kind: 'invalid_input' });
    expect(server.requests.length).toBe(before);
    expect(esplora.acceptsHash(rec.CONFIRMED_TXID)).toBe(true);
    expect(esplora.acceptsHash(`0x${rec.CONFIRMED_TXID}`)).toBe(false);
    expect(esplora.acceptsAddress('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy')).toBe(true);
  });

  it.each([
    { case: 'an amount as a string', path: `/tx/${rec.CONFIRMED_TXID}`, answer: { body: { ...rec.confirmedTx, fee: '0.0000282' } }, kind: 'invalid_answer', message: /malformed \(fee: / },
    { case: 'a confirmed status without its height', path: `/tx/${rec.CONFIRMED_TXID}`, answer: { body: { ...rec.confirmedTx, status: { confirmed: true } } }, kind: 'invalid_answer', message: /without its block height/ },
    { case: 'another transaction than asked', path: `/tx/${rec.CONFIRMED_TXID}`, answer: { body: rec.mempoolTx }, kind: 'invalid_answer', message: /another transaction/ },
    { case: 'an HTML error page', path: `/tx/${rec.CONFIRMED_TXID}`, answer: { body: '<html>oops</html>' }, kind: 'invalid_answer', message: /not JSON/ },
    { case: 'a tip that is no number', path: '/blocks/tip/height', answer: { body: '{"height":1}' }, kind: 'invalid_answer', message: /tip\/height is malformed/ },
    { case: 'a 503 from an overloaded explorer', path: `/tx/${rec.CONFIRMED_TXID}`, answer: { status: 503, body: 'busy' }, kind: 'unreachable', message: /not answering lookups \(HTTP 503\)/ },
    { case: 'a 400 refusal', path: `/tx/${rec.CONFIRMED_TXID}`, answer: { status: 400, body: 'Invalid hex string' }, kind: 'node_error', message: /refused \/tx\/:txid \(HTTP 400: Invalid hex string\)/ },
    { case: 'a hanging explorer', path: `/tx/${rec.CONFIRMED_TXID}`, answer: { hang: true, body: '' }, kind: 'timeout', message: /did not answer within 1000 ms/ },
  ])('$case is one sentence of kind $kind, never trusted', async ({ path, answer, kind, message }) => {
    server.setRoute(recordedApi(rec.TIP_HEIGHT, { [path]: answer }));
    const error = await esplora.transaction(rec.CONFIRMED_TXID).then(() => { throw new Error('expected a refusal'); }, (e: unknown) => e as ChainError);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/^The bitcoin (explorer|node).*\.$/);
    expect(error.message).not.toContain(rec.DEPOSIT_ADDRESS);
  });

  it('an explorer that is down is unreachable', async () => {
    const down = new EsploraConnector(BITCOIN, { baseUrl: 'http://127.0.0.1:9/api', timeoutMs: 1_000 });
    await expect(down.transaction(rec.CONFIRMED_TXID)).rejects.toMatchObject({ kind: 'unreachable', message: expect.stringMatching(/^The bitcoin node at http:\/\/127\.0\.0\.1:9 cannot be reached \(.+\)\.$/) });
  });
});
