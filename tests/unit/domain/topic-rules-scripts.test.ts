// How the topic rules read scripts without spaces between words (Chinese, Japanese), with
// compounds and particles run together (Korean), and with proclitics and optional vowel marks
// (Arabic). The topics found on whole tickets in these languages are measured in
// labelled-tickets.test.ts; here, the reading itself.

import { describe, expect, it } from 'vitest';
import { classifyTopic } from '../../../main/services/domain/topic-rules';

const topicOf = (body: string, subject = '') => classifyTopic({ subject, body }).topic;

describe('classifyTopic in Chinese, Japanese and Korean', () => {
  it('finds a stem inside a run of characters with no space around it', () => {
    expect(topicOf('我的提币还没有到账，已经三个小时了')).toBe('withdrawal');
    expect(topicOf('昨日申請した出金がまだ処理中のままです')).toBe('withdrawal');
    expect(topicOf('코인출금이 처리중에서 안 넘어가요')).toBe('withdrawal');
  });

  it('reads a Latin word glued to Han or Hangul as a word of its own', () => {
    expect(topicOf('换手机以后2FA一直登录不了')).toBe('two_factor');
    expect(topicOf('휴대폰 바꿔서 OTP를 잃어버렸어요')).toBe('two_factor');
  });

  it('finds a Korean stem with its particle fused on, and shows the words found composed', () => {
    const guess = classifyTopic({ subject: '입금이 반영이 안 돼요', body: '어제 보낸 테더 입금이 아직 반영이 안 됐어요' });
    expect(guess.topic).toBe('deposit');
    expect(guess.matched).toContain('입금');
    expect(guess.matched.every((word) => word === word.normalize('NFC'))).toBe(true);
  });

  it('files text about nothing it knows as "other" in each script', () => {
    for (const text of ['请问你们周末上班吗？', '週末もサポートは営業していますか？', '주말에도 상담이 가능한가요?', 'هل الدعم متوفر في عطلة نهاية الأسبوع؟']) {
      expect(topicOf(text), text).toBe('other');
    }
  });
});

describe('classifyTopic in Arabic', () => {
  it('finds a stem behind the article and the proclitics و ب ل', () => {
    expect(topicOf('مشكلة في السحب')).toBe('withdrawal');
    expect(topicOf('وبالسحب الأخير حصلت مشكلة، والسحب ما زال معلقاً')).toBe('withdrawal');
    expect(topicOf('للإيداع عبر شبكة ترون لم يصل')).toBe('deposit');
  });

  it('does not find a stem inside another word', () => {
    // انسحبت (I withdrew from) holds سحب behind letters that are no proclitics.
    expect(topicOf('انسحبت من المسابقة الأسبوع الماضي')).toBe('other');
  });

  it('reads a word the same with or without vowel marks, whatever alef or ta marbuta is typed', () => {
    expect(topicOf('أَوْدَعْتُ مبلغاً ولم يصل')).toBe('deposit');
    expect(topicOf('اودعت مبلغا ولم يصل')).toBe('deposit');
    expect(topicOf('الرسوم مرتفعه جدا')).toBe(topicOf('الرسوم مرتفعة جداً'));
    expect(topicOf('المصادقة الثنائية لا تعمل')).toBe('two_factor');
    expect(topicOf('المصادقه الثنائيه لا تعمل')).toBe('two_factor');
  });
});
