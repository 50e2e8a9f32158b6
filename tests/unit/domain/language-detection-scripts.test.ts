// Language detection for the languages told by their script (Chinese, Japanese, Korean, Arabic)
// and by their own letters and words (Vietnamese, Indonesian), and the close pairs decided by a
// second signal: Chinese or Japanese, Arabic or Persian and Urdu, Indonesian or Malay. Measured
// on the hand-written samples (tests/fixtures/language-samples.ts, twenty per language, written
// apart from the seed), printing the accuracy per language.

import { describe, expect, it } from 'vitest';
import type { Language } from '../../../preload/contract/domain-types';
import { detectLanguage } from '../../../main/services/domain/language-detection';
import { LANGUAGE_SAMPLES } from '../../fixtures/language-samples';

const NEW_LANGUAGES: readonly Language[] = ['zh', 'ja', 'ko', 'vi', 'id', 'ar'];
const languageOf = (body: string, subject = '', customer: readonly Language[] = []) => detectLanguage({ subject, body }, { customer })?.language ?? null;

describe('detectLanguage on the hand-written samples of the newer languages', () => {
  it('names each of them right for at least 90 % of its samples and prints the accuracy per language', () => {
    const lines: string[] = [];
    for (const language of NEW_LANGUAGES) {
      const samples = LANGUAGE_SAMPLES.filter((sample) => sample.language === language);
      const answers = samples.map((sample) => detectLanguage(sample)?.language ?? null);
      const right = answers.filter((answer) => answer === language).length;
      const wrong = answers.filter((answer) => answer !== null && answer !== language).length;
      lines.push(`${language} ${right}/${samples.length} right, ${wrong} wrong`);
      expect(samples.length, language).toBeGreaterThanOrEqual(20);
      expect(right / samples.length, language).toBeGreaterThanOrEqual(0.9);
    }
    console.log(`language detection, newer languages: ${lines.join('; ')}`);
  });

  it('never names a wrong language for a sample over 100 characters, in any language', () => {
    const wrong = LANGUAGE_SAMPLES.filter((sample) => `${sample.subject}\n${sample.body}`.length > 100)
      .map((sample) => ({ sample, got: detectLanguage(sample)?.language ?? null }))
      .filter(({ sample, got }) => got !== sample.language)
      .map(({ sample, got }) => `${sample.language} → ${got ?? 'none'}: ${sample.subject}`);
    expect(wrong).toEqual([]);
  });
});

describe('detectLanguage by script', () => {
  it('reads Chinese with English crypto words as Chinese: a Han character weighs more than a Latin letter', () => {
    expect(languageOf('我的 withdrawal 还在 processing，status 一直是 pending，已经三个小时了')).toBe('zh');
  });

  it('tells Japanese from Chinese by kana, and a kanji-only line by the forms only Japanese writes', () => {
    expect(languageOf('昨日の出金がまだ口座に届いていません。')).toBe('ja');
    expect(languageOf('本人確認書類提出済、出金手続中、至急返答希望。')).toBe('ja');
    expect(languageOf('本人认证资料已经提交，请尽快审核，谢谢。')).toBe('zh');
    // A few Han characters with nothing only one of them writes: not claimed.
    expect(languageOf('出金手数料確認')).toBeNull();
  });

  it('reads Hangul as Korean', () => {
    expect(languageOf('어제 USDT 출금 신청했는데 아직 처리 중이에요')).toBe('ko');
  });

  it('reads Arabic with or without vowel marks, and claims nothing for Persian or Urdu', () => {
    expect(languageOf('طلبت سحب مبلغ من حسابي أمس ولم يصل إلى المحفظة حتى الآن')).toBe('ar');
    expect(languageOf('طَلَبْتُ سَحْبَ مَبْلَغٍ مِنْ حِسَابِي أَمْسِ وَلَمْ يَصِلْ إِلَى الْمِحْفَظَةِ')).toBe('ar');
    expect(languageOf('من دیروز درخواست برداشت دادم ولی هنوز به کیف پولم نرسیده است، لطفا پیگیری کنید')).toBeNull();
    expect(languageOf('میں نے کل رقم نکالنے کی درخواست دی تھی لیکن ابھی تک میرے بٹوے میں نہیں پہنچی')).toBeNull();
  });

  it('claims nothing for a script no desk language writes', () => {
    expect(languageOf('Γεια σας, η ανάληψή μου από χθες δεν έχει φτάσει ακόμα στον λογαριασμό μου.')).toBeNull();
    expect(languageOf('שלום, המשיכה שלי מאתמול עדיין לא הגיעה לחשבון שלי, אפשר לבדוק?')).toBeNull();
    expect(languageOf('สวัสดีครับ การถอนเงินของผมจากเมื่อวานยังไม่เข้าบัญชีเลยครับ')).toBeNull();
  });
});

describe('detectLanguage for Vietnamese and Indonesian', () => {
  it('reads Vietnamese by its own letters, and typed without tone marks by its own words', () => {
    expect(languageOf('Tôi đã rút tiền từ hôm qua nhưng vẫn chưa nhận được')).toBe('vi');
    expect(languageOf('toi da rut tien tu hom qua nhung van chua nhan duoc, mong ho tro kiem tra giup')).toBe('vi');
    // French "toi" alone does not make a text Vietnamese.
    expect(languageOf('Bonjour, je voulais te dire merci à toi pour ton aide avec mon retrait.')).toBe('fr');
  });

  it('reads Indonesian by its own words, and does not take Turkish or Portuguese typed without accents for it', () => {
    expect(languageOf('Saya sudah transfer 100 USDT ke alamat deposit tapi saldo saya belum bertambah sampai sekarang')).toBe('id');
    expect(languageOf('Ikametgah belgesi istiyorsunuz ama ailemle yasiyorum ve faturalar onlarin adina, yerlesim yeri belgesi olur mu?')).toBe('tr');
    expect(languageOf('Acabei de ver que sacaram todo meu saldo pra um endereco que eu nao conheco, bloqueiem minha conta')).toBe('pt');
  });

  it('claims nothing for Malay, which is no desk language, unless the customer is known to write Indonesian', () => {
    const malay = 'Saya nak tanya kenapa pengeluaran wang saya masih belum masuk ke akaun bank, dah tiga hari';
    expect(languageOf(malay)).toBeNull();
    expect(languageOf(malay, '', ['id'])).toBe('id');
    // Indonesian with a Malay-looking word or two is still Indonesian.
    expect(languageOf('Kak, saya mau tanya kenapa penarikan uang saya belum masuk ke rekening, udah tiga hari nih')).toBe('id');
  });
});
