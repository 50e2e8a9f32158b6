import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../main/services/domain/fts-query';
import { searchableText, snippetAround } from '../../../main/services/domain/search-text';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { makeCustomer, makeMessage, makeTicket } from '../fixtures/make-ticket';

/** A customer's words in each script, and what an agent types to find them. */
const BODIES: Array<{ id: string; body: string }> = [
  { id: 'T-zh', body: '你好，我的提币还没有到账，已经过了三个小时。' },
  { id: 'T-zh1', body: '请问币安链的手续费是多少？' },
  { id: 'T-ja', body: '出金申請をしましたが、まだ着金していません。' },
  { id: 'T-ko', body: '안녕하세요, 출금이 아직 처리되지 않았습니다.' },
  { id: 'T-ar', body: 'مَرْحَبًا، لَمْ يَصِلْ إِيدَاعِي إِلَى حِسَابِي بَعْدُ' },
  { id: 'T-vi', body: 'Xin chào, tôi đã rút tiền nhưng chưa nhận được.' },
  { id: 'T-tr', body: 'İki faktörlü doğrulama kodum çalışmıyor, hesabıma giremiyorum.' },
  { id: 'T-en', body: 'My withdrawal has been pending for six hours.' },
];

describe('search finds words in every script', () => {
  let cache: CacheStore;
  beforeAll(() => {
    cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-scripts-')), 'cache.sqlite'));
    cache.transaction(() =>
      cache.tickets.applyServerData({
        tickets: [...BODIES.map((b) => makeTicket({ id: b.id, subject: `Ticket ${b.id}` })), makeTicket({ id: 'T-subj', subject: '提现失败 出金 İstanbul' })],
        customers: [makeCustomer({ id: 'C-1' })],
        messages: BODIES.map((b, i) => makeMessage({ id: `M-${i}`, ticketId: b.id, body: b.body })),
      }),
    );
    while (cache.messageSearch.indexBatch(100) > 0);
  });
  afterAll(() => cache.close());

  const found = (query: string) => cache.search.search(query, 20).map((h) => h.ticketId);

  it.each([
    ['Chinese, two characters inside a sentence', '提币', 'T-zh'],
    ['Chinese, one character', '账', 'T-zh'],
    ['Chinese, a word among others', '手续费', 'T-zh1'],
    ['Japanese kanji', '出金', 'T-ja'],
    ['Japanese kana', 'まだ', 'T-ja'],
    ['Korean word with its particle written on', '출금', 'T-ko'],
    ['Korean, two syllables inside a word', '처리', 'T-ko'],
    ['Arabic typed without the vowel marks', 'ايداعي', 'T-ar'],
    ['Arabic typed with the vowel marks', 'حِسَابِي', 'T-ar'],
    ['Vietnamese without tone marks', 'rut tien', 'T-vi'],
    ['Vietnamese with tone marks', 'rút tiền', 'T-vi'],
    ['Vietnamese đ typed as d', 'da rut', 'T-vi'],
    ['Turkish dotless ı typed as i', 'hesabima', 'T-tr'],
    ['Turkish capital İ typed as i', 'iki faktorlu', 'T-tr'],
    ['English as before', 'withdrawal pend', 'T-en'],
  ])('%s: %s', (_, query, ticketId) => {
    expect(found(query)).toContain(ticketId);
  });

  it('finds subjects the same way, and does not find what is not there', () => {
    expect(found('提现')).toContain('T-subj');
    expect(found('istanbul')).toContain('T-subj');
    expect(found('提钱')).toEqual([]);
    expect(found('출발')).toEqual([]);
  });

  it('shows the part of the message that matched', () => {
    const hit = cache.search.search('提币', 20).find((h) => h.ticketId === 'T-zh');
    expect(hit?.snippet).toContain('提币');
    expect(snippetAround('x'.repeat(300) + ' the deposit arrived ' + 'y'.repeat(300), 'deposit').text).toMatch(/^….*deposit arrived.*…$/);
    expect(snippetAround('Xin chào, tôi đã rút tiền', 'rut tien')).toMatchObject({ match: [17, 20] });
  });

  it('folds the index and the query alike, and keeps FTS syntax inert', () => {
    expect(searchableText('我的提币')).toBe(' 我  的  提  币 ');
    expect(toFtsQuery('提币 usdt')).toBe('"提 币" "usdt"*');
    expect(toFtsQuery('"提" OR NEAR(币)')).toBe('"提" "OR" "NEAR" "币"*');
  });
});
