import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChainError } from '../../../main/services/chain/chain-error';
import { chainNetwork } from '../../../main/services/chain/chain-networks';
import { EvmRpcConnector } from '../../../main/services/chain/evm-rpc-connector';
import { startRecordedServer, type RecordedAnswer, type RecordedServer } from './recorded-http-server';

// What a broken or hostile EVM node can answer, and the one sentence each becomes.

const HASH = `0x${'ab'.repeat(32)}`;
const ETHEREUM = chainNetwork('ethereum')!;

type Reply = (request: { id: number; method: string }) => RecordedAnswer;

function jsonRpc(reply: Reply): (req: unknown, body: string) => RecordedAnswer {
  return (_req, body) => {
    const request = JSON.parse(body) as { id: number; method: string };
    if (request.method === 'eth_chainId') return { body: { jsonrpc: '2.0', id: request.id, result: '0x1' } };
    return reply(request);
  };
}

describe('EVM connector: bad answers are refused in one sentence', () => {
  let server: RecordedServer;
  let evm: EvmRpcConnector;

  beforeAll(async () => {
    server = await startRecordedServer(() => undefined);
    evm = new EvmRpcConnector(ETHEREUM, { url: server.url, timeoutMs: 800 });
  });
  afterAll(() => server.close());

  const ok = (id: number, result: unknown): RecordedAnswer => ({ body: { jsonrpc: '2.0', id, result } });

  it.each<{ case: string; reply: Reply; kind: string; message: RegExp }>([
    { case: 'a transaction whose value is no hex quantity', reply: ({ id, method }) => ok(id, method === 'eth_blockNumber' ? '0x10' : method === 'eth_getTransactionReceipt' ? null : { hash: HASH, blockNumber: null, from: `0x${'1'.repeat(40)}`, to: null, value: '1000' }), kind: 'invalid_answer', message: /answer to eth_getTransactionByHash is malformed at value: / },
    { case: 'a receipt about another transaction', reply: ({ id, method }) => ok(id, method === 'eth_blockNumber' ? '0x10' : method === 'eth_getTransactionReceipt' ? { transactionHash: `0x${'cd'.repeat(32)}`, blockNumber: '0x1', status: '0x1', gasUsed: '0x5208', logs: [] } : { hash: HASH, blockNumber: '0x1', from: `0x${'1'.repeat(40)}`, to: null, value: '0x0' }), kind: 'invalid_answer', message: /about another transaction/ },
    { case: 'an answer to another request', reply: ({ id }) => ok(id + 1000, null), kind: 'invalid_answer', message: /another request's id/ },
    { case: 'a JSON-RPC error', reply: ({ id }) => ({ body: { jsonrpc: '2.0', id, error: { code: -32005, message: 'rate limit exceeded' } } }), kind: 'node_error', message: /refused eth_\w+: rate limit exceeded \(code -32005\)/ },
    { case: 'something that is not JSON-RPC', reply: () => ({ body: { hello: 'world' } }), kind: 'invalid_answer', message: /not JSON-RPC/ },
    { case: 'an HTML page', reply: () => ({ body: '<html>', contentType: 'text/html' }), kind: 'invalid_answer', message: /not JSON/ },
    { case: 'a 502 from a gateway', reply: () => ({ status: 502, body: 'bad gateway' }), kind: 'unreachable', message: /not answering lookups \(HTTP 502\)/ },
    { case: 'a node that hangs', reply: () => ({ hang: true, body: '' }), kind: 'timeout', message: /did not answer within 800 ms/ },
  ])('$case → $kind', async ({ reply, kind, message }) => {
    server.setRoute(jsonRpc(reply));
    const error = await evm.transaction(HASH).then(() => { throw new Error('expected a refusal'); }, (e: unknown) => e as ChainError);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/^The (ethereum node|node).*\.$/);
  });

  it('ERC-721 Transfer logs (four topics) and other events are not token transfers', async () => {
    const transferTopic = '0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef';
    const pad = (a: string) => `0x${'0'.repeat(24)}${a}`;
    const from = '1'.repeat(40);
    const to = '2'.repeat(40);
    server.setRoute(jsonRpc(({ id, method }) => {
      if (method === 'eth_blockNumber') return ok(id, '0x2');
      if (method === 'eth_getBlockByNumber') return ok(id, { number: '0x1', timestamp: '0x6553f100' });
      if (method === 'eth_getTransactionByHash') return ok(id, { hash: HASH, blockNumber: '0x1', from: `0x${from}`, to: `0x${'3'.repeat(40)}`, value: '0x0' });
      return ok(id, {
        transactionHash: HASH, blockNumber: '0x1', status: '0x1', gasUsed: '0x5208', effectiveGasPrice: '0x3b9aca00',
        logs: [
          { address: `0x${'3'.repeat(40)}`, topics: [transferTopic, pad(from), pad(to), pad('0'.repeat(39) + '7')], data: '0x', blockNumber: '0x1', transactionHash: HASH, logIndex: '0x0' },
          { address: `0x${'4'.repeat(40)}`, topics: [transferTopic, pad(from), pad(to)], data: `0x${'0'.repeat(62)}64`, blockNumber: '0x1', transactionHash: HASH, logIndex: '0x1' },
          { address: `0x${'5'.repeat(40)}`, topics: [`0x${'9'.repeat(64)}`], data: '0x', blockNumber: '0x1', transactionHash: HASH, logIndex: '0x2' },
        ],
      });
    }));
    const facts = await evm.transaction(HASH);
    expect(facts).toMatchObject({ status: 'confirmed', confirmations: 2, blockTime: 0x6553f100 * 1000, fee: (0x5208n * 0x3b9aca00n).toString() });
    expect(facts!.transfers).toEqual([{ asset: `0x${'4'.repeat(40)}`, from: `0x${from}`, to: `0x${to}`, value: '100', memo: null }]);
  });

  it('a node that is down is unreachable, and asked again next time', async () => {
    const down = new EvmRpcConnector(ETHEREUM, { url: 'http://127.0.0.1:9', timeoutMs: 800 });
    await expect(down.transaction(HASH)).rejects.toMatchObject({ kind: 'unreachable', message: expect.stringMatching(/^The ethereum node at http:\/\/127\.0\.0\.1:9 cannot be reached \(.+\)\.$/) });
    await expect(down.tipHeight()).rejects.toMatchObject({ kind: 'unreachable' });
  });
});
