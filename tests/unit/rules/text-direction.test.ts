import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../preload/rules/domain-shapes';
import { firstStrongDirection, languageDirection, RIGHT_TO_LEFT_LANGUAGES, textDirection } from '../../../preload/rules/text-direction';

describe('text direction', () => {
  it('names Arabic as the one right-to-left language of the desk, and every other left to right', () => {
    expect(RIGHT_TO_LEFT_LANGUAGES).toEqual(['ar']);
    expect(LANGUAGES.filter((l) => languageDirection(l) === 'rtl')).toEqual(['ar']);
    expect(languageDirection(null)).toBe('ltr');
    expect(languageDirection('xx')).toBe('ltr');
  });

  it('decides by the first letter, as dir="auto" does: digits, punctuation and marks are skipped', () => {
    expect(firstStrongDirection('لم يصل السحب الخاص بي')).toBe('rtl');
    expect(firstStrongDirection('TxID 0xabc: لم يصل')).toBe('ltr');
    expect(firstStrongDirection('12345 — «لم يصل»')).toBe('rtl');
    expect(firstStrongDirection('٣٤٥ USDT')).toBe('ltr'); // Arabic-Indic digits are weak; the first letter is Latin
    expect(firstStrongDirection('שלום')).toBe('rtl');
    expect(firstStrongDirection('我的提币还没有到账')).toBe('ltr');
    expect(firstStrongDirection('출금이 지연되고 있습니다')).toBe('ltr');
    expect(firstStrongDirection('')).toBeNull();
    expect(firstStrongDirection('  12:30 → !?')).toBeNull();
  });

  it("falls back to the language's direction when the text has no letter yet", () => {
    expect(textDirection('', 'ar')).toBe('rtl');
    expect(textDirection('\n  ', 'ar')).toBe('rtl');
    expect(textDirection('', 'ja')).toBe('ltr');
    expect(textDirection('Hello', 'ar')).toBe('ltr'); // what is typed wins over the ticket's language
    expect(textDirection('مرحبًا', 'en')).toBe('rtl');
    expect(textDirection('مرحبًا')).toBe('rtl');
  });
});
