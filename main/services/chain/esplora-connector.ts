import { z } from 'zod';
import type { AddressActivity, ChainConnector, ChainNetwork, ChainTransactionFacts, ChainTransferFact, ChainTxStatusFacts } from './chain-connector';
import { confirmationsAt } from './chain-connector';
import { ChainError } from './chain-error';
import { chainHttp, parseJsonAnswer } from './chain-http';

// Bitcoin through the Esplora REST API (Blockstream's and mempool's explorers, or an exchange's own
// instance): GET /tx/:txid, /tx/:txid/status, /blocks/tip/height and /address/:address/txs.
// Amounts are satoshis; every answer goes through zod.

const TXID = /^[0-9a-f]{64}$/;
// Bech32/Bech32m (bc1, tb1, bcrt1) and Base58 (1…, 3…, and testnet m/n/2) addresses.
const BTC_ADDRESS = /^((bc|tb|bcrt)1[02-9ac-hj-np-z]{8,87}|(BC|TB|BCRT)1[02-9AC-HJ-NP-Z]{8,87}|[13mn2][1-9A-HJ-NP-Za-km-z]{25,34})$/;

const sats = z.number().int().nonnegative();
const txid = z.string().regex(TXID, 'a txid');

const status = z.object({
  confirmed: z.boolean(),
  block_height: z.number().int().nonnegative().optional(),
  block_hash: z.string().regex(TXID).optional(),
  block_time: z.number().int().positive().optional(),
});

const output = z.object({
  scriptpubkey: z.string(),
  scriptpubkey_type: z.string(),
  // Absent for outputs that pay no address (OP_RETURN, bare multisig, …).
  scriptpubkey_address: z.string().optional(),
  value: sats,
});

const esploraTx = z.object({
  txid,
  version: z.number().int(),
  locktime: z.number().int(),
  vin: z.array(z.object({ txid, vout: z.number().int().nonnegative(), prevout: output.nullable(), is_coinbase: z.boolean() })),
  vout: z.array(output),
  size: z.number().int().positive(),
  weight: z.number().int().positive(),
  fee: sats,
  status,
});

type EsploraTx = z.output<typeof esploraTx>;

export interface EsploraOptions {
  /** The API's base, e.g. https://blockstream.info/api (paths are appended to it). */
  baseUrl: string;
  timeoutMs?: number;
}

export class EsploraConnector implements ChainConnector {
  constructor(
    readonly network: ChainNetwork,
    private readonly options: EsploraOptions,
  ) {}

  acceptsHash(text: string): boolean {
    return TXID.test(normalizeTxid(text));
  }

  acceptsAddress(text: string): boolean {
    return BTC_ADDRESS.test(text.trim());
  }

  async tipHeight(): Promise<number> {
    const answer = await this.get('/blocks/tip/height');
    const height = z.string().trim().regex(/^\d{1,9}$/).safeParse(answer.text);
    if (answer.status !== 200 || !height.success) throw this.malformed('/blocks/tip/height', answer.status);
    return Number(height.data);
  }

  async transaction(text: string): Promise<ChainTransactionFacts | null> {
    const id = this.txidOrThrow(text);
    const [tx, tip] = await Promise.all([this.getJson(`/tx/${id}`, esploraTx), this.tipHeight()]);
    if (!tx) return null;
    if (tx.txid !== id) throw new ChainError('invalid_answer', `The ${this.network.id} explorer answered about another transaction than the one asked.`, { network: this.network.id });
    return this.facts(tx, tip);
  }

  async transactionStatus(text: string): Promise<ChainTxStatusFacts | null> {
    const id = this.txidOrThrow(text);
    const [answer, tip] = await Promise.all([this.getJson(`/tx/${id}/status`, status), this.tipHeight()]);
    if (!answer) return null;
    const blockHeight = this.blockHeight(answer, `/tx/${id}/status`);
    return { network: this.network.id, hash: id, status: answer.confirmed ? 'confirmed' : 'unconfirmed', blockHeight, confirmations: mined(blockHeight, tip) };
  }

  /** Up to 50 unconfirmed and the 25 newest confirmed transactions of the address, newest first (the API's page). */
  async addressActivity(text: string): Promise<AddressActivity> {
    const target = text.trim();
    if (!this.acceptsAddress(target)) throw new ChainError('invalid_input', `"${target.slice(0, 80)}" is not a ${this.network.id} address.`, { network: this.network.id });
    const [txs, tip] = await Promise.all([this.getJson(`/address/${encodeURIComponent(target)}/txs`, z.array(esploraTx)), this.tipHeight()]);
    return {
      network: this.network.id,
      address: target,
      transactions: (txs ?? []).map((tx) => this.facts(tx, tip)),
      tipHeight: tip,
      coverage: { nativeTransfers: true, fromBlock: null },
    };
  }

  private facts(tx: EsploraTx, tip: number): ChainTransactionFacts {
    const blockHeight = this.blockHeight(tx.status, `/tx/${tx.txid}`);
    const inputs = new Set(tx.vin.map((v) => v.prevout?.scriptpubkey_address).filter((a): a is string => a !== undefined));
    const from = tx.vin[0]?.prevout?.scriptpubkey_address ?? null;
    // Every output that pays an address, except change back to one of the inputs' own addresses.
    const transfers: ChainTransferFact[] = tx.vout
      .filter((o) => o.scriptpubkey_address !== undefined && !inputs.has(o.scriptpubkey_address))
      .map((o) => ({ asset: 'native', from, to: o.scriptpubkey_address!, value: String(o.value), memo: null }));
    return {
      network: this.network.id,
      hash: tx.txid,
      // Bitcoin has no failed transactions: an invalid one never enters a block.
      status: tx.status.confirmed ? 'confirmed' : 'unconfirmed',
      blockHeight,
      blockTime: tx.status.block_time !== undefined ? tx.status.block_time * 1000 : null,
      confirmations: mined(blockHeight, tip),
      blockTimeSeconds: this.network.blockTimeSeconds,
      memoSupported: false,
      fee: String(tx.fee),
      transfers,
    };
  }

  private blockHeight(s: z.output<typeof status>, path: string): number | null {
    if (!s.confirmed) return null;
    if (s.block_height === undefined) throw this.malformed(path, 200, 'a confirmed transaction without its block height');
    return s.block_height;
  }

  private txidOrThrow(text: string): string {
    const id = normalizeTxid(text);
    if (!TXID.test(id)) throw new ChainError('invalid_input', `"${text.slice(0, 80)}" is not a ${this.network.id} transaction id.`, { network: this.network.id });
    return id;
  }

  private get(path: string) {
    const url = new URL(`${this.options.baseUrl.replace(/\/+$/, '')}${path}`);
    return chainHttp(url, { method: 'GET' }, { network: this.network.id, timeoutMs: this.options.timeoutMs ?? 8_000 });
  }

  /** null for a 404 (the explorer does not know the transaction); anything but a valid 200 is an error. */
  private async getJson<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S> | null> {
    const answer = await this.get(path);
    if (answer.status === 404) return null;
    if (answer.status !== 200) throw new ChainError('node_error', `The ${this.network.id} explorer refused ${routeOf(path)} (HTTP ${answer.status}: ${answer.text.slice(0, 120)}).`, { network: this.network.id, status: answer.status });
    const parsed = schema.safeParse(parseJsonAnswer(answer.text, routeOf(path), this.network.id));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw this.malformed(path, answer.status, issue ? `${issue.path.join('.') || 'the top'}: ${issue.message}` : undefined);
    }
    return parsed.data;
  }

  private malformed(path: string, httpStatus: number, detail?: string): ChainError {
    return new ChainError('invalid_answer', `The ${this.network.id} explorer's answer to ${routeOf(path)} is malformed${detail ? ` (${detail})` : ''}.`, { network: this.network.id, status: httpStatus });
  }
}

/** The route without the values in it, for messages (an address is customer data). */
function routeOf(path: string): string {
  return path.replace(/^\/tx\/[^/]+/, '/tx/:txid').replace(/^\/address\/[^/]+/, '/address/:address');
}

function normalizeTxid(text: string): string {
  return text.trim().toLowerCase();
}

function mined(blockHeight: number | null, tip: number): number {
  return blockHeight === null ? 0 : Math.max(1, confirmationsAt(blockHeight, tip));
}
