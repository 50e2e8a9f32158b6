import { decodeEventLog, erc20Abi, pad, toEventSelector, type Hex } from 'viem';
import { z } from 'zod';
import type { AddressActivity, ChainConnector, ChainNetwork, ChainTransactionFacts, ChainTransferFact, ChainTxStatusFacts } from './chain-connector';
import { confirmationsAt } from './chain-connector';
import { ChainError } from './chain-error';
import { chainHttp, parseJsonAnswer } from './chain-http';

// Ethereum-style JSON-RPC (Ethereum, BNB Chain, Polygon, any EVM network): a transaction's native
// value and the ERC-20 Transfer events in its receipt, its confirmations from the node's tip, and
// the token transfers an address received from the node's logs. Every answer goes through zod.

const HASH = /^0x[0-9a-fA-F]{64}$/;
const ADDRESS = /^0x[0-9a-fA-F]{40}$/;

const quantity = z.string().regex(/^0x(0|[1-9a-fA-F][0-9a-fA-F]*)$/, 'a hex quantity').transform((v) => BigInt(v));
const hexData = z.string().regex(/^0x([0-9a-fA-F]{2})*$/, 'hex data');
const address = z.string().regex(ADDRESS, 'an address');
const hash = z.string().regex(HASH, 'a 32-byte hash');

const rpcTransaction = z.object({
  hash,
  blockNumber: quantity.nullable(),
  from: address,
  to: address.nullable(),
  value: quantity,
});

const rpcLog = z.object({
  address,
  topics: z.array(hash).max(4),
  data: hexData,
  blockNumber: quantity,
  transactionHash: hash,
  logIndex: quantity,
  removed: z.boolean().optional(),
});

const rpcReceipt = z.object({
  transactionHash: hash,
  blockNumber: quantity,
  // Absent only before Byzantium (2017), when receipts carried a state root instead.
  status: z.enum(['0x0', '0x1']).optional(),
  gasUsed: quantity,
  effectiveGasPrice: quantity.optional(),
  logs: z.array(rpcLog),
});

const rpcBlock = z.object({ number: quantity, timestamp: quantity });

const rpcEnvelope = z.union([
  z.object({ jsonrpc: z.literal('2.0'), id: z.number(), result: z.unknown() }),
  z.object({ jsonrpc: z.literal('2.0'), id: z.number().nullable(), error: z.object({ code: z.number(), message: z.string() }) }),
]);

/** keccak256("Transfer(address,address,uint256)"): ERC-20's (and ERC-721's, with a fourth topic) event. */
export const TRANSFER_TOPIC = toEventSelector('Transfer(address,address,uint256)');

export interface EvmRpcOptions {
  url: string;
  /** Per call; a slow node becomes a `timeout` error. */
  timeoutMs?: number;
  /** How far back an address's token transfers are read (providers cap eth_getLogs ranges). */
  logWindowBlocks?: number;
}

export class EvmRpcConnector implements ChainConnector {
  private nextId = 1;
  private chainChecked: Promise<void> | null = null;

  constructor(
    readonly network: ChainNetwork,
    private readonly options: EvmRpcOptions,
  ) {}

  acceptsHash(text: string): boolean {
    return HASH.test(normalizeHash(text));
  }

  acceptsAddress(text: string): boolean {
    return ADDRESS.test(text.trim());
  }

  async tipHeight(): Promise<number> {
    await this.checkChain();
    return Number(await this.call('eth_blockNumber', [], quantity));
  }

  async transaction(text: string): Promise<ChainTransactionFacts | null> {
    const txHash = this.hashOrThrow(text);
    await this.checkChain();
    const [tx, receipt, tip] = await Promise.all([
      this.call('eth_getTransactionByHash', [txHash], rpcTransaction.nullable()),
      this.call('eth_getTransactionReceipt', [txHash], rpcReceipt.nullable()),
      this.call('eth_blockNumber', [], quantity),
    ]);
    if (!tx) return null;
    this.sameHash(tx.hash, txHash, 'eth_getTransactionByHash');
    if (receipt) this.sameHash(receipt.transactionHash, txHash, 'eth_getTransactionReceipt');
    const blockHeight = receipt ? Number(receipt.blockNumber) : null;
    const block = blockHeight === null ? null : await this.call('eth_getBlockByNumber', [`0x${blockHeight.toString(16)}`, false], rpcBlock.nullable());
    const transfers: ChainTransferFact[] = [];
    if (tx.to && tx.value > 0n) transfers.push({ asset: 'native', from: tx.from.toLowerCase(), to: tx.to.toLowerCase(), value: tx.value.toString(), memo: null });
    for (const log of receipt?.logs ?? []) {
      const transfer = tokenTransfer(log);
      if (transfer) transfers.push(transfer);
    }
    return {
      network: this.network.id,
      hash: txHash,
      status: !receipt ? 'unconfirmed' : receipt.status === '0x0' ? 'failed' : 'confirmed',
      blockHeight,
      blockTime: block ? Number(block.timestamp) * 1000 : null,
      confirmations: minedConfirmations(blockHeight, Number(tip)),
      blockTimeSeconds: this.network.blockTimeSeconds,
      memoSupported: false,
      fee: receipt?.effectiveGasPrice !== undefined ? (receipt.gasUsed * receipt.effectiveGasPrice).toString() : null,
      transfers,
    };
  }

  async transactionStatus(text: string): Promise<ChainTxStatusFacts | null> {
    const txHash = this.hashOrThrow(text);
    await this.checkChain();
    const [receipt, tip] = await Promise.all([
      this.call('eth_getTransactionReceipt', [txHash], rpcReceipt.nullable()),
      this.call('eth_blockNumber', [], quantity),
    ]);
    if (!receipt) {
      const tx = await this.call('eth_getTransactionByHash', [txHash], rpcTransaction.nullable());
      return tx ? { network: this.network.id, hash: txHash, status: 'unconfirmed', blockHeight: null, confirmations: 0 } : null;
    }
    const blockHeight = Number(receipt.blockNumber);
    return { network: this.network.id, hash: txHash, status: receipt.status === '0x0' ? 'failed' : 'confirmed', blockHeight, confirmations: minedConfirmations(blockHeight, Number(tip)) };
  }

  /**
   * Token transfers to the address within the log window. Native transfers leave no log, and
   * standard JSON-RPC has no index by address, so they are not listed (coverage says so): a
   * native deposit is found by its hash.
   */
  async addressActivity(text: string): Promise<AddressActivity> {
    const target = text.trim();
    if (!this.acceptsAddress(target)) throw new ChainError('invalid_input', `"${target.slice(0, 80)}" is not an address on ${this.network.id}.`, { network: this.network.id });
    await this.checkChain();
    const tip = Number(await this.call('eth_blockNumber', [], quantity));
    const fromBlock = Math.max(0, tip - (this.options.logWindowBlocks ?? 10_000) + 1);
    const logs = await this.call(
      'eth_getLogs',
      [{ fromBlock: `0x${fromBlock.toString(16)}`, toBlock: `0x${tip.toString(16)}`, topics: [TRANSFER_TOPIC, null, pad(target.toLowerCase() as Hex, { size: 32 })] }],
      z.array(rpcLog),
    );
    const byHash = new Map<string, ChainTransactionFacts>();
    for (const log of logs) {
      if (log.removed) continue;
      const transfer = tokenTransfer(log);
      if (!transfer || transfer.to !== target.toLowerCase()) continue;
      const txHash = log.transactionHash.toLowerCase();
      const blockHeight = Number(log.blockNumber);
      const facts = byHash.get(txHash) ?? {
        network: this.network.id,
        hash: txHash,
        // A log exists only for a transaction that was mined and did not revert.
        status: 'confirmed' as const,
        blockHeight,
        blockTime: null,
        confirmations: minedConfirmations(blockHeight, tip),
        blockTimeSeconds: this.network.blockTimeSeconds,
        memoSupported: false,
        fee: null,
        transfers: [],
      };
      facts.transfers.push(transfer);
      byHash.set(txHash, facts);
    }
    const transactions = [...byHash.values()].sort((a, b) => (b.blockHeight ?? 0) - (a.blockHeight ?? 0));
    return { network: this.network.id, address: target.toLowerCase(), transactions, tipHeight: tip, coverage: { nativeTransfers: false, fromBlock } };
  }

  /** Once per connector: an endpoint that reports another chain would put facts under the wrong network. */
  private checkChain(): Promise<void> {
    if (this.network.chainId === null) return Promise.resolve();
    this.chainChecked ??= this.call('eth_chainId', [], quantity).then(
      (id) => {
        if (Number(id) !== this.network.chainId) {
          throw new ChainError('wrong_chain', `The node configured for ${this.network.id} serves chain ${Number(id)}, not chain ${this.network.chainId}.`, { network: this.network.id });
        }
      },
      (error: unknown) => {
        this.chainChecked = null; // a node that was down is asked again next time
        throw error;
      },
    );
    return this.chainChecked;
  }

  private hashOrThrow(text: string): string {
    const txHash = normalizeHash(text);
    if (!HASH.test(txHash)) throw new ChainError('invalid_input', `"${text.slice(0, 80)}" is not a transaction hash on ${this.network.id}.`, { network: this.network.id });
    return txHash;
  }

  private sameHash(answered: string, asked: string, method: string): void {
    if (answered.toLowerCase() !== asked) throw new ChainError('invalid_answer', `The ${this.network.id} node answered ${method} about another transaction than the one asked.`, { network: this.network.id });
  }

  private async call<S extends z.ZodType>(method: string, params: unknown[], schema: S): Promise<z.output<S>> {
    const id = this.nextId++;
    const network = this.network.id;
    const answer = await chainHttp(new URL(this.options.url), { method: 'POST', body: { jsonrpc: '2.0', id, method, params } }, { network, timeoutMs: this.options.timeoutMs ?? 8_000 });
    const envelope = rpcEnvelope.safeParse(parseJsonAnswer(answer.text, method, network));
    if (!envelope.success) {
      if (answer.status >= 400) throw new ChainError('node_error', `The ${network} node refused ${method} (HTTP ${answer.status}).`, { network, status: answer.status });
      throw new ChainError('invalid_answer', `The ${network} node answered ${method} with something that is not JSON-RPC.`, { network });
    }
    if ('error' in envelope.data) {
      const { code, message } = envelope.data.error;
      throw new ChainError('node_error', `The ${network} node refused ${method}: ${message.slice(0, 200)} (code ${code}).`, { network, rpcCode: code });
    }
    if (envelope.data.id !== id) throw new ChainError('invalid_answer', `The ${network} node answered ${method} with another request's id.`, { network });
    const result = schema.safeParse(envelope.data.result);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new ChainError('invalid_answer', `The ${network} node's answer to ${method} is malformed${issue ? ` at ${issue.path.join('.') || 'the top'}: ${issue.message}` : ''}.`, { network });
    }
    return result.data;
  }
}

function normalizeHash(text: string): string {
  const trimmed = text.trim().toLowerCase();
  return trimmed.startsWith('0x') ? trimmed : `0x${trimmed}`;
}

/** A mined transaction has at least its own block, even when a lagging node's tip is behind it. */
function minedConfirmations(blockHeight: number | null, tip: number): number {
  return blockHeight === null ? 0 : Math.max(1, confirmationsAt(blockHeight, tip));
}

/** An ERC-20 Transfer decoded against the standard ABI; anything else (ERC-721's four topics, other events) is not a token transfer. */
function tokenTransfer(log: z.output<typeof rpcLog>): ChainTransferFact | null {
  if (log.topics.length !== 3 || log.topics[0]?.toLowerCase() !== TRANSFER_TOPIC) return null;
  try {
    const decoded = decodeEventLog({ abi: erc20Abi, eventName: 'Transfer', data: log.data as Hex, topics: log.topics as [Hex, Hex, Hex] });
    return { asset: log.address.toLowerCase(), from: decoded.args.from.toLowerCase(), to: decoded.args.to.toLowerCase(), value: decoded.args.value.toString(), memo: null };
  } catch {
    return null;
  }
}
