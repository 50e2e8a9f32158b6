import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../../../preload/contract/domain-types';
import type { Catalog } from '../../../renderer/src/i18n/define-catalog';
import { CATALOGS } from '../../../renderer/src/i18n/messages';
import { icuStructure } from './icu-structure';
import { messageReferences, sourceFiles, templatePattern } from './message-references';

// Every translation of the interface, checked the way a missing or broken one would show up:
// a key missing in a language, an empty message, ICU that does not parse or format, arguments
// that differ from English, Russian or Lithuanian plurals without all their forms, and message
// ids the renderer uses that no catalog defines.

const ROOT = join(import.meta.dirname, '..', '..', '..');
const OTHERS = INTERFACE_LANGUAGES.filter((l): l is Exclude<InterfaceLanguage, 'en'> => l !== 'en');
/** Languages whose plurals have one, few, many and other (CLDR): all four must be written. */
const FOUR_FORMS: readonly InterfaceLanguage[] = ['ru', 'lt'];
const FOUR_CATEGORIES = ['one', 'few', 'many', 'other'];
/** Counts that land in every plural category of the four languages (1, 2–4, 5, 21, 11, a fraction). */
const SAMPLE_COUNTS = [0, 1, 2, 5, 11, 21, 1.5, 1000];

const areas = Object.entries(CATALOGS) as Array<[string, Catalog<string>]>;
const english = new Map<string, string>();
for (const [, catalog] of areas) for (const [id, text] of Object.entries(catalog.en)) english.set(id, text);

function sortedKeys(record: Readonly<Record<string, string>>): string[] {
  return Object.keys(record).sort();
}

/** Values that exercise a message: numbers for plural and number arguments, every select branch in turn. */
function sampleValues(message: string): Array<Record<string, string | number>> {
  const s = icuStructure(message);
  const base: Record<string, string | number> = {};
  for (const name of s.arguments) base[name] = s.numeric.has(name) ? 3 : 'X';
  const variants: Array<Record<string, string | number>> = [base];
  for (const name of s.numeric) for (const n of SAMPLE_COUNTS) variants.push({ ...base, [name]: n });
  for (const [name, branches] of s.selects) for (const b of [...branches, 'unlisted']) variants.push({ ...base, [name]: b });
  return variants;
}

describe('translation catalogs', () => {
  it('has every area in every interface language', () => {
    for (const [area, catalog] of areas) {
      for (const language of INTERFACE_LANGUAGES) expect(catalog[language], `${area}/${language}`).toBeTypeOf('object');
    }
  });

  it.each(areas)('%s: Spanish, Russian and Lithuanian have exactly the English keys', (area, catalog) => {
    const keys = sortedKeys(catalog.en);
    for (const language of OTHERS) {
      const theirs = sortedKeys(catalog[language]);
      const missing = keys.filter((k) => !theirs.includes(k));
      const extra = theirs.filter((k) => !keys.includes(k));
      expect({ language, missing, extra }, `${area}: keys of ${language} differ from English`).toEqual({ language, missing: [], extra: [] });
    }
  });

  it('defines each key in one area only (a second definition would silently win)', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [area, catalog] of areas) {
      for (const id of Object.keys(catalog.en)) {
        if (seen.has(id)) duplicates.push(`${id} (${seen.get(id)} and ${area})`);
        seen.set(id, area);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it.each(areas)('%s: no message is empty', (area, catalog) => {
    for (const language of INTERFACE_LANGUAGES) {
      for (const [id, text] of Object.entries(catalog[language])) expect(text.trim(), `${area}/${language}: ${id}`).not.toBe('');
    }
  });

  it.each(areas)('%s: every message is valid ICU and formats for every plural form and select branch', (area, catalog) => {
    for (const language of INTERFACE_LANGUAGES) {
      for (const [id, text] of Object.entries(catalog[language])) {
        const where = `${area}/${language}: ${id}`;
        expect(() => icuStructure(text), where).not.toThrow();
        const format = new IntlMessageFormat(text, language);
        for (const values of sampleValues(text)) {
          const out = format.format(values);
          expect(typeof out === 'string' ? out.trim() : out, `${where} with ${JSON.stringify(values)}`).toBeTruthy();
        }
      }
    }
  });

  it.each(areas)('%s: each translation uses the same arguments as English', (area, catalog) => {
    for (const [id, text] of Object.entries(catalog.en)) {
      const expected = [...icuStructure(text).arguments].sort();
      for (const language of OTHERS) {
        const translated = catalog[language][id];
        if (translated === undefined) continue; // reported by the key check
        expect([...icuStructure(translated).arguments].sort(), `${area}/${language}: ${id}`).toEqual(expected);
      }
    }
  });

  it.each(areas)('%s: Russian and Lithuanian plurals spell out one, few, many and other', (area, catalog) => {
    for (const language of FOUR_FORMS) {
      for (const [id, text] of Object.entries(catalog[language])) {
        for (const plural of icuStructure(text).plurals) {
          const missing = FOUR_CATEGORIES.filter((c) => !plural.categories.includes(c));
          expect(missing, `${area}/${language}: ${id} ({${plural.argument}, plural}) lacks forms`).toEqual([]);
        }
      }
    }
  });

  it.each(areas)('%s: translations are not English copies', (area, catalog) => {
    // A phrase of three or more words left as it is in English was not translated; single words,
    // names and addresses ("Macros", "2FA", "Request Tracker 5", "https://…") may be the same.
    const words = (text: string) => text.replace(/\{[^{}]*\}/g, ' ').split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
    for (const [id, text] of Object.entries(catalog.en)) {
      if (words(text).length < 3) continue;
      for (const language of OTHERS) expect(catalog[language][id], `${area}/${language}: ${id} is still English`).not.toBe(text);
    }
  });
});

describe('message ids used by the renderer', () => {
  const renderer = join(ROOT, 'renderer', 'src');
  const references = messageReferences(ROOT, sourceFiles(renderer));

  it('finds the calls it checks (the scan itself works)', () => {
    expect(references.length).toBeGreaterThan(100);
    expect(references.some((r) => r.template)).toBe(true);
  });

  it('exist in the English catalog: every t(…), translate(…) and rich(…) literal, every template matches some id', () => {
    const ids = [...english.keys()];
    const unknown = references
      .filter((r) => (r.template ? !ids.some((id) => templatePattern(r.id).test(id)) : !english.has(r.id)))
      .map((r) => `${r.file}:${r.line} ${r.id}`);
    expect(unknown).toEqual([]);
  });
});
