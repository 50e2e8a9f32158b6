import { describe, expect, it } from 'vitest';
import { classifyTicket } from '../../../main/services/domain/ticket-classification';

const DEFAULTS = { language: 'de' } as const;
const TURKISH_DEPOSIT = {
  subject: 'Yatırdığım USDT hesaba geçmedi',
  firstCustomerMessage: 'Merhaba, 3 saat önce TRC20 ağı üzerinden 500 USDT yatırdım, işlem onaylandı ama bakiyemde hâlâ görünmüyor. Yardımcı olur musunuz?',
};

describe('classifyTicket', () => {
  it('keeps what the backend says, whatever the text', () => {
    expect(classifyTicket({ ...TURKISH_DEPOSIT, topic: 'kyc', language: 'es' }, DEFAULTS)).toEqual({ topic: 'kyc', language: 'es' });
  });

  it('fills in only what the backend left open, from the subject and the first customer message', () => {
    expect(classifyTicket({ ...TURKISH_DEPOSIT, topic: null, language: null }, DEFAULTS)).toEqual({ topic: 'deposit', language: 'tr' });
    expect(classifyTicket({ ...TURKISH_DEPOSIT, topic: 'kyc', language: null }, DEFAULTS)).toEqual({ topic: 'kyc', language: 'tr' });
    expect(classifyTicket({ ...TURKISH_DEPOSIT, topic: null, language: 'en' }, DEFAULTS)).toEqual({ topic: 'deposit', language: 'en' });
  });

  it('reads the customer’s words only, not an agent reply they quote', () => {
    const reply = {
      subject: 'Re: Ticket 48213',
      firstCustomerMessage:
        'Danke, das hat geklappt, jetzt ist alles wieder in Ordnung mit meinem Konto.\n\nOn Mon, Mar 3, 2025 at 10:00 AM Support <support@example.com> wrote:\n> Your withdrawal is pending: withdrawals are processed within 24 hours. Withdrawal pending, processing.',
      topic: null,
      language: null,
    };
    expect(classifyTicket(reply, { language: 'en' })).toEqual({ topic: 'other', language: 'de' });
  });

  it('files a ticket whose text says too little as "other", never a guessed topic; the language falls back to the default', () => {
    expect(classifyTicket({ subject: 'help', firstCustomerMessage: '', topic: null, language: null }, DEFAULTS)).toEqual({ ...DEFAULTS, topic: 'other' });
    expect(classifyTicket({ subject: '', firstCustomerMessage: 'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh ??', topic: null, language: null }, DEFAULTS)).toEqual({ ...DEFAULTS, topic: 'other' });
  });

  it('decides between close languages by what else is known of the customer, and never falls back to the default for them', () => {
    const ambiguous = { subject: 'Монобанк', firstCustomerMessage: 'оплата на карту Монобанк по ордеру, продавец молчит', topic: null, language: null };
    expect(classifyTicket(ambiguous, DEFAULTS).language).toBe('ru');
    expect(classifyTicket({ ...ambiguous, customerLanguages: ['uk'] }, DEFAULTS).language).toBe('uk');
    // A hint outside the pair says nothing about it.
    expect(classifyTicket({ ...ambiguous, customerLanguages: ['es'] }, DEFAULTS).language).toBe('ru');
  });
});
