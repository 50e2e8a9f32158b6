import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountCache, accountKey } from '../../../main/services/back-office/account-cache';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { sampleAccount } from './account-fixture';

// The back office's last word per account in the desk's cache (migration 013): kept across
// reopening, replaced by newer answers, and a row that no longer fits the schema is not believed.

describe('account cache', () => {
  let dir = '';
  let cache: CacheStore | null = null;
  afterEach(() => {
    cache?.close();
    cache = null;
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  const open = () => {
    dir ||= mkdtempSync(join(tmpdir(), 'agentdesk-account-cache-'));
    cache = openCacheStore(join(dir, 'cache.sqlite'));
    return new AccountCache(cache.db);
  };

  it('keeps the facts with when they were learned, across reopening; a newer answer replaces them', () => {
    const key = { userId: 'U-4821937', email: 'Ana@Example.com' };
    open().save(key, sampleAccount(), 1_000);
    cache!.close();
    const accounts = open();
    expect(accounts.read(key)).toEqual({ facts: sampleAccount(), learnedAt: 1_000 });
    accounts.save(key, sampleAccount({ balances: [] }), 2_000);
    expect(accounts.read(key)).toEqual({ facts: sampleAccount({ balances: [] }), learnedAt: 2_000 });
  });

  it('one key per account: the user id, else the e-mail in lower case', () => {
    expect(accountKey({ userId: ' U-1 ', email: 'a@b.c' })).toBe('user:U-1');
    expect(accountKey({ userId: '', email: ' Ana@Example.COM ' })).toBe('email:ana@example.com');
    const accounts = open();
    accounts.save({ userId: '', email: 'Ana@Example.com' }, sampleAccount(), 5);
    expect(accounts.read({ userId: '', email: 'ana@example.com' })?.learnedAt).toBe(5);
    expect(accounts.read({ userId: 'U-2', email: 'ana@example.com' })).toBeNull();
  });

  it('a row that is not JSON or no longer fits the schema is not believed', () => {
    const accounts = open();
    cache!.db.prepare('INSERT INTO account_facts (account_key, facts_json, learned_at) VALUES (?, ?, ?)').run('user:U-BROKEN', '{not json', 1);
    cache!.db.prepare('INSERT INTO account_facts (account_key, facts_json, learned_at) VALUES (?, ?, ?)').run('user:U-OLD', JSON.stringify({ ...sampleAccount(), deposits: 'none' }), 1);
    expect(accounts.read({ userId: 'U-BROKEN', email: '' })).toBeNull();
    expect(accounts.read({ userId: 'U-OLD', email: '' })).toBeNull();
  });
});
