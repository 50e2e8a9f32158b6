import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../main/services/domain/fts-query';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { makeCustomer, makeMessage, makeTicket } from '../fixtures/make-ticket';

/** The search hit and the escalation notice say the ticket's language, for the `lang` of the customer's words on screen. */
describe('search hits and escalation notices carry the ticket language', () => {
  let cache: CacheStore;
  beforeAll(() => {
    cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-hit-language-')), 'cache.sqlite'));
    cache.transaction(() =>
      cache.tickets.applyServerData({
        tickets: [
          makeTicket({ id: 'T-ar', subject: 'لم يصل الإيداع', language: 'ar', customerId: 'C-ar' }),
          makeTicket({ id: 'T-zh', subject: '账户问题', language: 'zh', customerId: 'C-zh' }),
          makeTicket({ id: 'T-vi', subject: 'Xin chào', language: 'vi', customerId: 'C-vi' }),
          makeTicket({ id: 'T-300001', subject: '계정이 잠겼어요', language: 'ko', customerId: 'C-vi' }),
        ],
        customers: [
          makeCustomer({ id: 'C-ar', name: 'ليلى حسن', email: 'layla@example.com', userId: 'U-2000001', language: 'ar' }),
          makeCustomer({ id: 'C-zh', name: '王芳', email: 'wang@example.com', userId: 'U-2000002', language: 'zh' }),
          makeCustomer({ id: 'C-vi', name: 'Nguyễn Linh', email: 'linh@example.com', userId: 'U-2000003', language: 'vi' }),
        ],
        messages: [
          makeMessage({ id: 'M-zh', ticketId: 'T-zh', authorId: 'C-zh', body: '我的提币还没有到账' }),
          makeMessage({ id: 'M-vi', ticketId: 'T-vi', authorId: 'C-vi', body: 'Tôi đã rút tiền nhưng chưa xác minh được' }),
        ],
      }),
    );
    while (cache.messageSearch.indexBatch(100) > 0);
  });
  afterAll(() => cache.close());

  const hit = (query: string, ticketId: string) => cache.search.search(query, 20).find((h) => h.ticketId === ticketId);

  it('on a subject match, a message match and a customer identifier match', () => {
    expect(hit('الايداع', 'T-ar')).toMatchObject({ matchedIn: 'subject', language: 'ar' });
    expect(hit('提币', 'T-zh')).toMatchObject({ matchedIn: 'message', language: 'zh' });
    expect(hit('U-2000003', 'T-vi')).toMatchObject({ matchedIn: 'customer', language: 'vi' });
    expect(hit('wang@example', 'T-zh')).toMatchObject({ matchedIn: 'customer', language: 'zh' });
    expect(hit('T-3000', 'T-300001')).toMatchObject({ matchedIn: 'customer', language: 'ko' });
  });

  it('on an escalation that arrives through sync', () => {
    const escalated = makeTicket({ id: 'T-ar', subject: 'لم يصل الإيداع', language: 'ar', customerId: 'C-ar', security: true, escalatedAt: 1, version: 2 });
    expect(cache.tickets.newEscalations({ tickets: [escalated], customers: [] })).toEqual([
      { ticketId: 'T-ar', subject: 'لم يصل الإيداع', customerName: 'ليلى حسن', language: 'ar', escalatedAt: 1 },
    ]);
  });

  it('waits for a second letter of a new word before narrowing, and finds what the words before it find', () => {
    expect(toFtsQuery('xác m', { waitForSecondLetter: true })).toBe('"xác"*');
    expect(toFtsQuery('xác mi', { waitForSecondLetter: true })).toBe('"xác" "mi"*');
    // A CJK character is a word, and a lone first letter is still asked for (identifier lookups rely on it).
    expect(toFtsQuery('提 币', { waitForSecondLetter: true })).toBe('"提" "币"*');
    expect(toFtsQuery('x', { waitForSecondLetter: true })).toBe('"x"*');
    expect(toFtsQuery('xác m')).toBe('"xác" "m"*');
    expect(hit('xác m', 'T-vi')).toMatchObject({ matchedIn: 'message' });
    expect(hit('xác minh', 'T-vi')).toMatchObject({ matchedIn: 'message' });
    expect(hit('xác mz', 'T-vi')).toBeUndefined();
  });
});
