import type { AccountFacts } from '../../../preload/contract';
import type { SqliteDatabase } from '../sqlite/open-database';
import type { AccountKey } from './back-office-connector';
import { accountFactsSchema } from './back-office-wire';

// The back office's last word per account, in the desk's cache (migration 013) with when it was
// learned. Read back through the same schema as a live answer: a row that no longer fits is
// dropped, never trusted.

/** One key per account: the exchange's user id, else the e-mail in lower case. */
export function accountKey(key: AccountKey): string {
  return key.userId.trim() ? `user:${key.userId.trim()}` : `email:${key.email.trim().toLowerCase()}`;
}

export class AccountCache {
  constructor(private readonly db: SqliteDatabase) {}

  save(key: AccountKey, facts: AccountFacts, learnedAt: number): void {
    this.db
      .prepare('INSERT INTO account_facts (account_key, facts_json, learned_at) VALUES (?, ?, ?) ON CONFLICT (account_key) DO UPDATE SET facts_json = excluded.facts_json, learned_at = excluded.learned_at')
      .run(accountKey(key), JSON.stringify(facts), learnedAt);
  }

  read(key: AccountKey): { facts: AccountFacts; learnedAt: number } | null {
    const row = this.db.prepare('SELECT facts_json, learned_at FROM account_facts WHERE account_key = ?').get(accountKey(key)) as { facts_json: string; learned_at: number } | undefined;
    if (!row) return null;
    let json: unknown;
    try {
      json = JSON.parse(row.facts_json);
    } catch {
      return null;
    }
    const parsed = accountFactsSchema.safeParse(json);
    return parsed.success ? { facts: parsed.data, learnedAt: row.learned_at } : null;
  }
}
