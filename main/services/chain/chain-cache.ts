import { z } from 'zod';
import type { SqliteDatabase } from '../sqlite/open-database';
import type { AddressActivity, ChainTransactionFacts } from './chain-connector';

// What the desk learned from chains, kept in its SQLite cache (migration 012) with the time it
// learned it, so the panel can show the last answer, with its age, while a node is down or the
// desk is offline. Rows are read back through the same kind of schema as a node's answer: a row
// written by an older build that no longer fits is dropped, never trusted.

export interface Learned<T> {
  value: T;
  network: string;
  learnedAt: number;
}

const baseUnits = z.string().regex(/^\d+$/);

const transferSchema = z.object({
  asset: z.string().min(1),
  from: z.string().nullable(),
  to: z.string().min(1),
  value: baseUnits,
  memo: z.string().nullable(),
});

export const chainFactsSchema = z.object({
  network: z.string().min(1),
  hash: z.string().min(1),
  status: z.enum(['unconfirmed', 'confirmed', 'failed']),
  blockHeight: z.number().int().nonnegative().nullable(),
  blockTime: z.number().nullable(),
  confirmations: z.number().int().nonnegative(),
  blockTimeSeconds: z.number().positive(),
  memoSupported: z.boolean(),
  fee: baseUnits.nullable(),
  transfers: z.array(transferSchema),
}) satisfies z.ZodType<ChainTransactionFacts>;

const activitySchema = z.object({
  network: z.string().min(1),
  address: z.string().min(1),
  transactions: z.array(chainFactsSchema),
  tipHeight: z.number().int().nonnegative(),
  coverage: z.object({ nativeTransfers: z.boolean(), fromBlock: z.number().int().nonnegative().nullable() }),
}) satisfies z.ZodType<AddressActivity>;

type SubjectKind = 'transaction' | 'address';

interface Row {
  subject_kind: SubjectKind;
  subject: string;
  network: string;
  facts_json: string;
  learned_at: number;
}

/** One spelling per hash: lower case, without 0x (an EVM hash and a Bitcoin txid share the key space). */
export function hashKey(text: string): string {
  const lower = text.trim().toLowerCase();
  return lower.startsWith('0x') ? lower.slice(2) : lower;
}

/** EVM hex and Bech32 addresses ignore case; Base58 and others are kept as written. */
export function addressKey(text: string): string {
  const trimmed = text.trim();
  return /^0x[0-9a-fA-F]{40}$/.test(trimmed) || /^(bc|tb|bcrt)1[0-9a-zA-Z]+$/i.test(trimmed) ? trimmed.toLowerCase() : trimmed;
}

export class ChainCache {
  constructor(private readonly db: SqliteDatabase) {}

  saveTransaction(facts: ChainTransactionFacts, learnedAt: number): void {
    this.put('transaction', hashKey(facts.hash), facts.network, JSON.stringify(facts), learnedAt);
  }

  saveAddress(activity: AddressActivity, learnedAt: number): void {
    this.db.transaction(() => {
      this.put('address', addressKey(activity.address), activity.network, JSON.stringify(activity), learnedAt);
      for (const facts of activity.transactions) this.saveTransaction(facts, learnedAt);
    })();
  }

  /** Every network's last word about the hash, newest first. */
  transactions(hash: string): Learned<ChainTransactionFacts>[] {
    return this.read('transaction', hashKey(hash), chainFactsSchema);
  }

  addressActivity(address: string): Learned<AddressActivity>[] {
    return this.read('address', addressKey(address), activitySchema);
  }

  /** Forgets what was learned before the given time; returns how many rows went. */
  forgetBefore(time: number): number {
    return this.db.prepare('DELETE FROM chain_lookups WHERE learned_at < ?').run(time).changes;
  }

  private put(kind: SubjectKind, subject: string, network: string, json: string, learnedAt: number): void {
    this.db
      .prepare(
        `INSERT INTO chain_lookups (subject_kind, subject, network, facts_json, learned_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (subject_kind, subject, network) DO UPDATE SET facts_json = excluded.facts_json, learned_at = excluded.learned_at
         WHERE excluded.learned_at >= chain_lookups.learned_at`,
      )
      .run(kind, subject, network, json, learnedAt);
  }

  private read<S extends z.ZodType>(kind: SubjectKind, subject: string, schema: S): Learned<z.output<S>>[] {
    const rows = this.db.prepare('SELECT * FROM chain_lookups WHERE subject_kind = ? AND subject = ? ORDER BY learned_at DESC, network').all(kind, subject) as Row[];
    const learned: Learned<z.output<S>>[] = [];
    for (const row of rows) {
      let json: unknown;
      try {
        json = JSON.parse(row.facts_json);
      } catch {
        json = undefined;
      }
      const parsed = schema.safeParse(json);
      if (parsed.success) learned.push({ value: parsed.data, network: row.network, learnedAt: row.learned_at });
      else this.db.prepare('DELETE FROM chain_lookups WHERE subject_kind = ? AND subject = ? AND network = ?').run(kind, subject, row.network);
    }
    return learned;
  }
}
