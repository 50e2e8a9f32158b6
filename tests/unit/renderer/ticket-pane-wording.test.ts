import { afterEach, describe, expect, it } from 'vitest';
import { segmentText, type TextSegment } from '../../../main/services/domain/text-safety';
import { ESCALATION_REASON_LABELS, ESCALATION_REASONS, INTERFACE_LANGUAGES } from '../../../preload/contract/domain-types';
import { translate, useI18nStore } from '../../../renderer/src/i18n';
import { hiddenCharacterName, safetyWarningText } from '../../../renderer/src/lib/safety-wording';

type Warned = Extract<TextSegment, { kind: 'link' | 'domain' | 'address' }>;

const REAL = '0x52908400098527886E0F7030069857D2E4169EE7';
// One message with every kind of warning main raises: look-alike and name-borrowing domains,
// punycode, mixed alphabets, both kinds of poisoned address, a link text naming another host,
// a misleading user name before @, and a look-alike carried inside another link.
const HOSTILE = [
  'https://b1nance.com/login',
  'https://binance.com.account-verify.top/x',
  'https://xn--mnchen-3ya.de/', // münchen.de, written in punycode
  'https://bіnance-help.net/', // Cyrillic і
  '0x529084aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa9EE7',
  '0x52908400098527886E0F7030069857D2E4169EE8',
  '[kraken.com](https://example.net/login)',
  'https://kraken.com@example.org/',
  'https://example.com/out?to=https%3A%2F%2Fcoinbasė.com',
].join(' ');

function warnedSegments(): Warned[] {
  return segmentText(HOSTILE, { addresses: [REAL] }).filter((s): s is Warned => (s.kind === 'link' || s.kind === 'domain' || s.kind === 'address') && s.warning !== null);
}

afterEach(() => useI18nStore.getState().setLanguage('en'));

describe('safety warnings in the interface language', () => {
  it('every warning main raises carries its reason, and English says exactly what main says', () => {
    const warned = warnedSegments();
    expect(new Set(warned.map((s) => s.why?.code))).toEqual(
      new Set(['looks_like_domain', 'borrows_name', 'punycode', 'mixed_scripts', 'looks_like_address', 'one_character_off', 'text_names_other_host', 'misleading_url', 'carries_url']),
    );
    for (const s of warned) expect(safetyWarningText(s.why, s.warning!, translate)).toBe(s.warning);
  });

  it('Spanish, Russian and Lithuanian word each reason themselves and keep the names it points to', () => {
    for (const language of ['es', 'ru', 'lt'] as const) {
      useI18nStore.getState().setLanguage(language);
      for (const s of warnedSegments()) {
        const text = safetyWarningText(s.why, s.warning!, translate);
        expect(text, `${language}: ${s.warning}`).not.toBe(s.warning);
        const why = s.why!;
        if (why.code === 'looks_like_domain' || why.code === 'borrows_name') expect(text).toContain(why.domain);
        if (why.code === 'borrows_name') expect(text).toContain(why.name);
        if (why.code === 'looks_like_address' || why.code === 'one_character_off') expect(text).toContain(why.address);
        if (why.code === 'text_names_other_host' || why.code === 'misleading_url') expect(text).toContain(why.shown);
        if (why.code === 'text_names_other_host' || why.code === 'misleading_url' || why.code === 'carries_url') expect(text).toContain(why.host);
      }
    }
  });

  it('a warning without a reason (an older main) still shows main’s words', () => {
    useI18nStore.getState().setLanguage('ru');
    expect(safetyWarningText(undefined, 'looks like kraken.com', translate)).toBe('looks like kraken.com');
  });

  it('every hidden character main marks has a translated name, the same in English as main’s', () => {
    const named = '\u200B\u200C\u200D\u2060\uFEFF\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u00AD\u034F\u061C\u3164\u180E\u200E\u200F\u2061\u2062\u2063\u2064';
    const byKind = '\uFE0F\u{E0041}\u0007\u17B4'; // variation selector, tag, control, other default-ignorable
    const marks = segmentText(`a${named}${byKind}b`).filter((s): s is Extract<TextSegment, { kind: 'hidden' }> => s.kind === 'hidden');
    expect(marks).toHaveLength([...named].length + [...byKind].length);
    for (const m of marks) expect(hiddenCharacterName(m.text, translate)).toBe(m.name);
    for (const language of ['es', 'ru', 'lt'] as const) {
      useI18nStore.getState().setLanguage(language);
      const names = marks.map((m) => hiddenCharacterName(m.text, translate));
      marks.forEach((m, i) => expect(names[i], `${language}: ${m.name}`).not.toBe(m.name));
      expect(new Set(names).size, language).toBe(marks.length);
    }
  });
});

describe('escalation reasons', () => {
  it('English matches the contract’s labels (the note text), and every language names each reason differently', () => {
    for (const r of ESCALATION_REASONS) expect(translate(`security.reason.${r}`)).toBe(ESCALATION_REASON_LABELS[r]);
    for (const language of INTERFACE_LANGUAGES) {
      useI18nStore.getState().setLanguage(language);
      const labels = ESCALATION_REASONS.map((r) => translate(`security.reason.${r}`));
      expect(new Set(labels).size, language).toBe(ESCALATION_REASONS.length);
    }
  });
});

describe('plurals and numbers', () => {
  it('Russian uses one, few and many for a cut message body, with the count in Russian digits grouping', () => {
    useI18nStore.getState().setLanguage('ru');
    expect(translate('ticket.message.cut', { count: 1 })).toBe('… ещё 1 символ не показан');
    expect(translate('ticket.message.cut', { count: 3 })).toBe('… ещё 3 символа не показаны');
    expect(translate('ticket.message.cut', { count: 11 })).toBe('… ещё 11 символов не показано');
    expect(translate('ticket.message.cut', { count: 21 })).toBe('… ещё 21 символ не показан');
    expect(translate('ticket.message.cut', { count: 12345 })).toBe('… ещё 12\u00A0345 символов не показано');
  });

  it('Lithuanian uses one, few and other (10–20 take the genitive plural)', () => {
    useI18nStore.getState().setLanguage('lt');
    expect(translate('ticket.message.cut', { count: 1 })).toBe('… nerodomas dar 1 simbolis');
    expect(translate('ticket.message.cut', { count: 5 })).toBe('… nerodomi dar 5 simboliai');
    expect(translate('ticket.message.cut', { count: 15 })).toBe('… nerodoma dar 15 simbolių');
    expect(translate('ticket.message.cut', { count: 31 })).toBe('… nerodomas dar 31 simbolis');
  });

  it('the acknowledgement target is counted in minutes in each language', () => {
    expect(translate('security.ack.target', { minutes: 1 })).toBe('Acknowledgement target: 1 minute');
    useI18nStore.getState().setLanguage('ru');
    expect(translate('security.ack.target', { minutes: 5 })).toBe('Норматив на принятие: 5 минут');
    expect(translate('security.ack.target', { minutes: 2 })).toBe('Норматив на принятие: 2 минуты');
    useI18nStore.getState().setLanguage('lt');
    expect(translate('security.ack.target', { minutes: 10 })).toBe('Patvirtinimo terminas: 10 minučių');
    expect(translate('security.ack.target', { minutes: 21 })).toBe('Patvirtinimo terminas: 21 minutė');
  });

  it('a single new escalation is announced without a count; more say how many others came with it', () => {
    expect(translate('security.announce.arrived', { subject: 'Funds gone', more: 0 })).toBe('New security escalation: Funds gone');
    expect(translate('security.announce.arrived', { subject: 'Funds gone', more: 2 })).toBe('New security escalation: Funds gone, and 2 more');
    useI18nStore.getState().setLanguage('ru');
    expect(translate('security.announce.arrived', { subject: 'Средства пропали', more: 5 })).toBe(
      'Новая эскалация безопасности: Средства пропали, и ещё 5 эскалаций',
    );
  });

  it('the composer’s placeholder error keeps the template braces literal in every language', () => {
    for (const language of INTERFACE_LANGUAGES) {
      useI18nStore.getState().setLanguage(language);
      const text = translate('composer.error.placeholderLeft', { output: '{{ }}', tag: '{% %}' });
      expect(text, language).toContain('{{ }}');
      expect(text, language).toContain('{% %}');
    }
  });
});
