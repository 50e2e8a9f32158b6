import { describe, expect, it } from 'vitest';
import { KNOWN_TOPICS, SEED_LANGUAGES, type Message, type Topic } from '../../../preload/contract/domain-types';
import { classifyTopic, compileTopicRules, foldText } from '../../../main/services/domain/topic-rules';
import { TOPIC_KEYWORDS } from '../../../main/services/domain/topic-keywords';
import { generateSeed } from '../../../main/backend/seed/generate-seed';

const NOW = Date.UTC(2025, 10, 24, 12, 0, 0);

describe('classifyTopic against the seed', () => {
  const seed = generateSeed({ ticketCount: 3000, seed: 77, now: NOW });
  const firstMessage = new Map<string, Message>();
  for (const message of seed.messages) if (!firstMessage.has(message.ticketId)) firstMessage.set(message.ticketId, message);

  it('finds the seed’s own topic for at least 85 % of tickets, in every language', () => {
    const byLanguage = new Map<string, { right: number; total: number }>();
    let right = 0;
    for (const ticket of seed.tickets) {
      const guess = classifyTopic({ subject: ticket.subject, body: firstMessage.get(ticket.id)?.body ?? '' });
      const tally = byLanguage.get(ticket.language) ?? { right: 0, total: 0 };
      tally.total += 1;
      if (guess.topic === ticket.topic) {
        right += 1;
        tally.right += 1;
      }
      byLanguage.set(ticket.language, tally);
    }
    const accuracy = right / seed.tickets.length;
    const perLanguage = [...byLanguage].map(([language, t]) => `${language} ${((t.right / t.total) * 100).toFixed(1)}%`).join(', ');
    console.log(`topic rules: ${(accuracy * 100).toFixed(1)}% of ${seed.tickets.length} seeded tickets (${perLanguage})`);
    expect(accuracy).toBeGreaterThanOrEqual(0.85);
    for (const language of SEED_LANGUAGES) {
      const tally = byLanguage.get(language)!;
      expect(tally.right / tally.total, language).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('covers every topic with rules', () => {
    for (const topic of KNOWN_TOPICS) expect(TOPIC_KEYWORDS[topic].length, topic).toBeGreaterThan(2);
  });
});

describe('classifyTopic on texts written outside the seed', () => {
  const cases: Array<[Topic, string, string]> = [
    ['withdrawal', 'USDT withdrawl still not arrived', 'I made a withdrawal to my Ledger 5 hours ago, status says processing. When will it be sent?'],
    ['deposit', 'Where is my BTC?', 'I transferred 0.1 BTC to the exchange this morning, the explorer shows 6 confirmations but it is not credited to my balance.'],
    ['two_factor', 'Cannot login', 'My phone was stolen and I cannot get the authenticator codes anymore.'],
    ['account_compromise', 'Funds missing', 'Somebody withdrew all my ETH, I did not authorize this! Please freeze my account.'],
    ['phishing', 'Suspicious message', 'I got an SMS saying my account is suspended with a link to log in. Is this real or a scam?'],
    ['api_keys', 'Bot error', 'My trading bot gets error -1022 invalid signature since the update. API key permissions are fine.'],
    ['market_incident', 'Lost everything yesterday', 'Your platform froze during the crash and my futures position was liquidated.'],
    ['locked_account', 'Cuenta bloqueada', 'Mi cuenta está bloqueada y no sé por qué, necesito acceder.'],
    ['account_compromise', 'Me robaron', 'Alguien accedió a mi cuenta y me robaron todos los fondos, yo no fui.'],
    ['deposit', 'Не зачислили', 'Отправил 100 USDT на ваш адрес, деньги не зачислили на баланс.'],
    ['phishing', 'Мошенники', 'Мне звонили мошенники от имени поддержки и просили код из SMS.'],
    ['withdrawal', 'Išėmimas', 'Išvedimas jau 5 valandas neįvykdytas, kur mano pinigai?'],
    ['account_compromise', 'Konto gehackt', 'Jemand hat mein Konto übernommen und alles abgehoben.'],
    ['two_factor', 'Código 2FA', 'Troquei de celular e perdi o acesso ao autenticador.'],
    ['account_compromise', 'Hesabım çalındı', 'Hesabıma biri girdi ve tüm bakiyemi çekti, ben yapmadım.'],
    ['market_incident', 'Liquidé', "Ma position a été liquidée pendant la chute alors que l'appli ne répondait pas."],
    ['withdrawal', 'Prelievo fermo', 'Il prelievo verso Binance è in elaborazione da stamattina, quando arriva?'],
    ['two_factor', 'Nuovo telefono', "Ho cambiato telefono e l'app di autenticazione non mi dà più i codici."],
    ['p2p_dispute', 'Venditore sparito', "Ho fatto il bonifico ma il venditore non rilascia gli USDT dall'escrow."],
    ['deposit', 'Wpłata nie doszła', 'Przelałem 200 USDT na adres depozytu, w eksploratorze jest potwierdzone, a na saldzie pusto.'],
    ['locked_account', 'Konto zablokowane', 'Po kilku próbach logowania konto jest zablokowane, proszę o odblokowanie.'],
    ['tax_statement', 'PIT-38', 'Potrzebuję zestawienia transakcji za zeszły rok do zeznania podatkowego.'],
    ['withdrawal', 'Виведення зависло', 'Виведення USDT на Monobank висить у статусі обробка вже пів дня.'],
    ['phishing', 'Шахраї', 'Мені написали шахраї від імені підтримки і просили код з SMS.'],
    ['account_closure', 'Закрити акаунт', 'Прошу видалити мій акаунт і всі персональні дані.'],
    ['deposit', 'Nạp tiền chưa về', 'Mình nạp 100 USDT qua TRC20 từ sáng mà số dư vẫn chưa được cộng.'],
    ['account_compromise', 'Bị hack', 'Tài khoản của tôi bị hack, có người rút hết tiền, không phải tôi làm.'],
    ['fees', 'phi rut cao', 'phi rut tien mang ERC20 cao qua, sao vay?'],
    ['withdrawal', 'WD belum masuk', 'Saya WD 50 USDT ke Tokocrypto dari tadi pagi, statusnya masih diproses.'],
    ['kyc', 'Verifikasi KTP', 'Verifikasi KTP saya ditolak terus padahal fotonya jelas.'],
    ['market_incident', 'Likuidasi', 'Posisi futures saya kena likuidasi waktu aplikasi down.'],
    // Lithuanian "rodo" (shows) is not Polish RODO (the GDPR), which is cited with its words.
    ['withdrawal', 'Neleidžia išsiimti', 'Bandau išsiimti 800 eurų į banko sąskaitą, kaskart rodo klaidą.'],
    ['account_closure', 'Dane osobowe', 'Na podstawie RODO proszę o usunięcie moich danych.'],
    // Polish "dni" (days) is not the Spanish DNI; Indonesian "penjualan" (a sale) is not "penjual" (seller).
    ['withdrawal', 'Przelew nie doszedł', 'Trzy dni temu wypłaciłem 500 zł na rachunek, nic nie przyszło.'],
    ['account_compromise', 'Penjualan aneh', 'Ada penjualan BTC yang tidak pernah saya lakukan di akun saya.'],
  ];

  it.each(cases)('%s: %s', (topic, subject, body) => {
    expect(classifyTopic({ subject, body }).topic).toBe(topic);
  });
});

describe('classifyTopic mechanics', () => {
  it('says "other" without evidence, never a guessed topic', () => {
    const nothing = { topic: 'other', confidence: 0, matched: [] };
    expect(classifyTopic({ subject: 'Hello', body: 'Thanks for your help, have a nice day!' })).toEqual(nothing);
    expect(classifyTopic({ subject: '', body: '' })).toEqual(nothing);
    // One faint word is not a topic: a referral link is not phishing.
    expect(classifyTopic({ subject: 'referral bonus', body: 'My friend used my referral link and I got no bonus.' })).toEqual(nothing);
    // Vietnamese tones folded away leave homographs: "sắp" (about to) is not "sập" (crashed).
    expect(classifyTopic({ subject: 'Sàn sắp list PEPE?', body: 'Nghe nói sàn sắp niêm yết PEPE, có đúng không ạ?' })).toEqual(nothing);
    expect(classifyTopic({ subject: 'Grazie', body: 'Tutto risolto, grazie mille e buona giornata!' })).toEqual(nothing);
    expect(classifyTopic({ subject: 'Dziękuję', body: 'Wszystko działa, dzięki za pomoc!' })).toEqual(nothing);
    expect(classifyTopic({ subject: 'Дякую', body: 'Усе працює, дякую за допомогу!' })).toEqual(nothing);
    expect(classifyTopic({ subject: 'Terima kasih', body: 'Sudah beres, makasih banyak ya min!' })).toEqual(nothing);
    // Staking alone is a product question, not a tax statement.
    expect(classifyTopic({ subject: 'staking ETH', body: 'Do you offer ETH staking? What is the yearly rate?' })).toEqual(nothing);
  });

  it('lets a longer phrase claim its words before a single word does: two-factor before verification', () => {
    expect(classifyTopic({ subject: 'iki faktörlü doğrulama', body: 'İki faktörlü doğrulama kodum geçersiz diyor.' }).topic).toBe('two_factor');
    expect(classifyTopic({ subject: 'verificación en dos pasos', body: 'El código de verificación en dos pasos no funciona.' }).topic).toBe('two_factor');
    expect(classifyTopic({ subject: 'Проблема', body: 'Не могу отключить двухфакторную аутентификацию, телефон сломался.' }).topic).toBe('two_factor');
    // The single word alone still means identity verification.
    expect(classifyTopic({ subject: 'kimlik doğrulama', body: 'Kimlik doğrulamam bir haftadır bekliyor.' }).topic).toBe('kyc');
  });

  it('reads inflected forms, and Turkish written without its letters', () => {
    expect(classifyTopic({ subject: 'Siunčiau į įnešimo adresą', body: 'Išsiunčiau USDT į įnešimo adresą, balanse nieko.' }).topic).toBe('deposit');
    expect(classifyTopic({ subject: 'Negaliu išimti pinigų', body: 'Noriu išimti eurus, išmokėjimas neveikia.' }).topic).toBe('withdrawal');
    expect(classifyTopic({ subject: 'Negavau išmokėjimo', body: '' }).topic).toBe('withdrawal');
    expect(classifyTopic({ subject: 'USDT yatirdim', body: 'dun yatirdim hala gelmedi' }).topic).toBe('deposit');
    expect(classifyTopic({ subject: 'USDT yatırdım', body: 'dün yatırdım hâlâ gelmedi' }).topic).toBe('deposit');
  });

  it('ignores case and accents on both sides', () => {
    expect(foldText('DEPÓSITO Çekim Ёлка İŞLEM')).toBe('deposito cekim елка islem');
    // Letters without a separable accent: Polish ł, Vietnamese đ (with its tone marks folded too).
    expect(foldText('WYPŁATA Đóng tài khoản')).toBe('wyplata dong tai khoan');
    expect(classifyTopic({ subject: 'Wyplata nie doszla', body: 'wyplata 100 usdt wisi od rana' }).topic).toBe('withdrawal');
    expect(classifyTopic({ subject: 'dong tai khoan', body: 'minh muon dong tai khoan vinh vien' }).topic).toBe('account_closure');
    expect(classifyTopic({ subject: 'Đóng tài khoản', body: 'Mình muốn đóng tài khoản vĩnh viễn.' }).topic).toBe('account_closure');
    expect(classifyTopic({ subject: 'DEPÓSITO NO ACREDITADO', body: '' }).topic).toBe('deposit');
    expect(classifyTopic({ subject: 'deposito no acreditado', body: '' }).topic).toBe('deposit');
  });

  it('matches only at the start of a word', () => {
    // "rapid" holds "api" and "robot" holds "bot", neither is about API keys.
    expect(classifyTopic({ subject: 'rapid robot', body: 'a rapid robot' }).topic).toBe('other');
  });

  it('names the words that decided it and grades its confidence', () => {
    const clear = classifyTopic({ subject: 'P2P seller not releasing — order 8812', body: 'I paid, the seller does not release the crypto from escrow.' });
    expect(clear.topic).toBe('p2p_dispute');
    expect(clear.matched).toEqual(expect.arrayContaining(['p2p', 'seller', 'escrow']));
    expect(clear.confidence).toBeGreaterThan(0.8);
    expect(clear.confidence).toBeLessThanOrEqual(1);

    // A withdrawal fee question touches withdrawals too: still fees, with less certainty.
    const mixed = classifyTopic({ subject: 'Question', body: 'My withdrawal is pending and the fee was high.' });
    expect(['fees', 'withdrawal']).toContain(mixed.topic);
    expect(mixed.confidence).toBeLessThan(clear.confidence);
  });

  it('weighs the subject above the body', () => {
    const guess = classifyTopic({ subject: 'Deposit not credited', body: 'I also want to know about withdrawal limits.' });
    expect(guess.topic).toBe('deposit');
  });

  it('runs custom rule sets kept as data', () => {
    const rules = compileTopicRules({ ...TOPIC_KEYWORDS, tax_statement: [{ weight: 5, pattern: 'quittung' }] });
    expect(classifyTopic({ subject: 'Quittung bitte', body: '' }, rules).topic).toBe('tax_statement');
  });
});
