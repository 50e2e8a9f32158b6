import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../../preload/contract';
import { toFtsQuery } from '../../../main/services/domain/fts-query';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { makeCustomer, makeMessage, makeTicket, T0 } from '../fixtures/make-ticket';

const frontline: Agent = { id: 'agent-1', name: 'Ana', email: 'a@desk', role: 'frontline', languages: ['en', 'es'], domains: [] };
const security: Agent = { ...frontline, id: 'agent-sec', role: 'security' };

describe('FTS query building', () => {
  it('quotes every word so FTS syntax in the input is inert, and prefixes the last', () => {
    expect(toFtsQuery('retiro USDT')).toBe('"retiro" "USDT"*');
    expect(toFtsQuery('NEAR(a b) OR "x" -y *')).toBe('"NEAR" "a" "b" "OR" "x" "y"*');
    expect(toFtsQuery('  ')).toBeNull();
  });
});

describe('search, locate and take next', () => {
  let cache: CacheStore;
  beforeEach(() => {
    cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-search-')), 'cache.sqlite'));
    cache.transaction(() =>
      cache.tickets.applyServerData({
        tickets: [
          makeTicket({ id: 'T-1', subject: 'Retiro pendiente de USDT', language: 'es', priority: 'low' }),
          makeTicket({ id: 'T-2', subject: 'Deposit missing', customerId: 'C-2', priority: 'urgent' }),
          makeTicket({ id: 'T-3', subject: 'Account hacked', security: true }),
          makeTicket({ id: 'T-4', subject: 'Konto gesperrt', language: 'de', priority: 'urgent' }),
          makeTicket({ id: 'T-5', subject: 'Fees', assigneeId: 'agent-9', priority: 'urgent' }),
        ],
        customers: [makeCustomer({ id: 'C-1' }), makeCustomer({ id: 'C-2', email: 'li.wei@example.org', userId: 'U-7654321', name: 'Li Wei' })],
        messages: [makeMessage({ id: 'M-1', ticketId: 'T-2', body: 'Sent from 0x9f8e7d6c5b4a39281706f5e4d3c2b1a098765432 to my deposit address, txid 0xabc123def4567' })],
      }),
    );
    while (cache.messageSearch.indexBatch(100) > 0);
  });
  afterEach(() => cache.close());

  it('finds by subject words, message words, and pasted identifiers', () => {
    expect(cache.search.search('retiro', 10).map((h) => [h.ticketId, h.matchedIn])).toEqual([['T-1', 'subject']]);
    expect(cache.search.search('0x9f8e7d6c5b4a3928', 10).map((h) => [h.ticketId, h.matchedIn])).toEqual([['T-2', 'message']]);
    expect(cache.search.search('0xabc123', 10)[0]?.ticketId).toBe('T-2');
    expect(cache.search.search('li.wei@example', 10).map((h) => [h.ticketId, h.matchedIn])).toEqual([['T-2', 'customer']]);
    expect(cache.search.search('U-7654321', 10)[0]?.ticketId).toBe('T-2');
    expect(cache.search.search('"unbalanced', 10)).toEqual([]);
  });

  it('locates a ticket at the offset the queue would show it', () => {
    const rows = cache.tickets.queuePage('all', frontline, 0, 50, T0);
    for (const [index, row] of rows.entries()) expect(cache.tickets.locate('all', frontline, row.id, T0)).toBe(index);
    expect(cache.tickets.locate('security', frontline, 'T-1', T0)).toBeNull();
  });

  it('takes the most urgent unassigned ticket in my languages; security cases only for security agents', () => {
    expect(cache.tickets.nextToTake(frontline, T0)).toBe('T-2');
    expect(cache.tickets.nextToTake(security, T0)).toBe('T-3');
  });
});
