import { describe, expect, it } from 'vitest';
import { maskBalance, maskEmail, maskNamesIn, maskPersonalData, personalDataIn, personalFieldsIn } from '../../../main/services/domain/personal-data';
import { segmentText } from '../../../main/services/domain/text-safety';

const all = () => true;

describe('personal data in a text', () => {
  it('masks e-mail, phone, IP, document numbers and postal addresses', () => {
    const text = 'Write to maria.lopez@gmail.com or call +34 612 345 678. Login from 203.0.113.42 and 2001:db8::8a2e:370:7334. Passport X1234567. I live at 12 Baker Street, London.';
    const { text: masked, masked: fields } = maskPersonalData(text, all);
    expect(masked).toContain('m•••••@gmail.com');
    expect(masked).toContain('+•••••78');
    expect(masked).toContain('203.•••••');
    expect(masked).toContain('2001:•••••');
    expect(masked).toContain('Passport •••••67');
    expect(masked).toContain('I live at •••••, London');
    for (const secret of ['maria.lopez', '612 345', '0.113.42', '8a2e', 'X1234567', 'Baker']) expect(masked).not.toContain(secret);
    expect(new Set(fields)).toEqual(new Set(['email', 'phone', 'ip', 'document', 'address']));
  });

  it('finds addresses and documents written in other languages', () => {
    expect(personalFieldsIn('Vivo en calle Mayor 5, Madrid')).toEqual(['address']);
    expect(personalFieldsIn('Adresas: Gedimino pr. 9')).toEqual(['address']);
    expect(personalFieldsIn('ул. Ленина, д. 5')).toEqual(['address']);
    expect(personalFieldsIn('mi DNI: 12345678Z')).toEqual(['document']);
    expect(personalFieldsIn('паспорт 4510 123456')).toEqual(['document']);
    expect(maskPersonalData('my passport X1234567 and my card', all).text).toBe('my passport •••••67 and my card');
    expect(personalFieldsIn('the document about my account')).toEqual([]);
  });

  it('leaves wallet addresses, transaction hashes, amounts, dates, times and link hosts alone', () => {
    const text = 'Sent 0.5 BTC to 0x52908400098527886E0F7030069857D2E4169EE7 on 2026-11-24 at 12:30:45, tx 0x' + 'ab'.repeat(32) + ' see https://192.168.0.1/login and bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';
    expect(personalDataIn(text)).toEqual([]);
    expect(maskPersonalData(text, all).text).toBe(text);
  });

  it('finds each kind whatever else the text lacks (each pattern is tried only on texts holding its own character or word)', () => {
    expect(personalFieldsIn('ip fe::ab then nothing else')).toEqual(['ip']);
    expect(personalFieldsIn('no digits, only ana@mail.example')).toEqual(['email']);
    expect(personalFieldsIn('call +44 20 7946 0958, no at sign')).toEqual(['phone']);
    expect(personalFieldsIn('PASSPORT X1234567')).toEqual(['document']);
    expect(personalFieldsIn('Gedimino PR. 9')).toEqual(['address']);
    expect(personalFieldsIn('Nothing here: no digit, no at sign')).toEqual([]);
  });

  it('masks only what is hidden', () => {
    const { text } = maskPersonalData('a@b.com +1 415 555 0100', (f) => f === 'phone');
    expect(text).toBe('a@b.com +•••••00');
  });

  it('never keeps a hidden character of the local part, and keeps the domain for the look-alike check', () => {
    expect(maskEmail('ana\u200B@exchange.com')).toBe('a•••••@exchange.com');
    expect(maskEmail('\u202Dsecurity@exchange.com')).toBe('s•••••@exchange.com');
    const masked = maskPersonalData('Reply to support@binance-helpdesk.com now', all).text;
    expect(masked).toBe('Reply to s•••••@binance-helpdesk.com now');
    const domain = segmentText(masked).find((s) => s.kind === 'domain');
    expect(domain).toMatchObject({ kind: 'domain', host: 'binance-helpdesk.com' });
    expect(domain && 'warning' in domain && domain.warning).toBeTruthy();
  });

  it('keeps a misleading link readable: the user name before @ in a link is not taken for an e-mail', () => {
    const text = 'Verify at https://binance.com@evil.example/login';
    expect(maskPersonalData(text, all).text).toBe(text);
  });

  it('masks a balance above the threshold only', () => {
    expect(maskBalance('150.5', 1000)).toBe('150.5');
    expect(maskBalance('2500', 1000)).toBe('•••••');
  });

  it('masks the customer name wherever written (screen-share)', () => {
    expect(maskNamesIn('Hi Ana García, this is about ana and GARCÍA', ['Ana García'])).toBe('Hi A••• G•••, this is about a••• and G•••');
  });
});

describe('finding personal data quickly, with the same finds', () => {
  const finds = (text: string) => personalDataIn(text).map((s) => [s.field, text.slice(s.start, s.end)]);

  it('reads an e-mail outwards from its @: invisible and astral letters in the local part, two @, none before or after', () => {
    expect(finds('a@b@c')).toEqual([['email', 'a@b']]);
    expect(finds('ab@@y')).toEqual([]);
    expect(finds('@start end@')).toEqual([]);
    expect(finds('mail ana\u200B@gmail.com now')).toEqual([['email', 'ana\u200B@gmail.com']]);
    expect(finds('𝒜𝒷@x.com')).toEqual([['email', '𝒜𝒷@x.com']]);
    expect(finds('x@y.z.w and q@r')).toEqual([['email', 'x@y.z.w'], ['email', 'q@r']]);
    // A wallet address stays whole, even glued to a domain.
    expect(finds(`send to 0x${'a'.repeat(40)}@x.com`)).toEqual([]);
  });

  it('takes the leftmost run after a document word as its number, and only a word standing alone', () => {
    expect(finds('passport no X1234567')).toEqual([['document', 'no X1234567']]);
    expect(finds('passport: X123 and then')).toEqual([['document', 'X123']]);
    expect(finds('nie wiem 12345 dokument')).toEqual([['document', 'wiem 12345']]);
    expect(finds('a docket 12345 and a document')).toEqual([]);
    expect(finds('true via 12')).toEqual([]);
  });

  it('answers a text seen before from memory, without sharing the answer', () => {
    const text = 'Write to maria.lopez@gmail.com';
    const first = personalDataIn(text);
    first.pop();
    expect(personalDataIn(text)).toHaveLength(1);
  });
});
