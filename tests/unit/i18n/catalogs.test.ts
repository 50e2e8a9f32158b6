import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../../../preload/contract/domain-types';
import { icuStructure } from './icu-structure';
import { literalStrings, messageReferences, sourceFiles } from './message-references';

// Every translation of the interface (renderer/src/i18n/catalogs/<language>.json), checked the way
// a missing or broken one would show up: a key missing in a language or defined twice, an empty
// message, ICU that does not parse or format, arguments that differ from English, Russian or
// Lithuanian plurals without all their forms, and message ids the renderer uses that English lacks.

const ROOT = join(import.meta.dirname, '..', '..', '..');
const OTHERS = INTERFACE_LANGUAGES.filter((l): l is Exclude<InterfaceLanguage, 'en'> => l !== 'en');
/** Languages whose plurals have one, few, many and other (CLDR): all four must be written. */
const FOUR_FORMS: readonly InterfaceLanguage[] = ['ru', 'lt'];
const FOUR_CATEGORIES = ['one', 'few', 'many', 'other'];
/** Counts that land in every plural category of the four languages (1, 2–4, 5, 21, 11, a fraction). */
const SAMPLE_COUNTS = [0, 1, 2, 5, 11, 21, 1.5, 1000];

const sources = Object.fromEntries(
  INTERFACE_LANGUAGES.map((l) => [l, readFileSync(join(ROOT, 'renderer', 'src', 'i18n', 'catalogs', `${l}.json`), 'utf8')]),
) as Record<InterfaceLanguage, string>;
const catalogs = Object.fromEntries(INTERFACE_LANGUAGES.map((l) => [l, JSON.parse(sources[l]) as Record<string, unknown>])) as Record<InterfaceLanguage, Record<string, string>>;
const english = new Map(Object.entries(catalogs.en));

function sortedKeys(record: Readonly<Record<string, string>>): string[] {
  return Object.keys(record).sort();
}

/** The keys as written in the file, in order (JSON.parse keeps only the last of two equal keys). */
function writtenKeys(source: string): string[] {
  return [...source.matchAll(/^ {2}("(?:[^"\\]|\\.)*")\s*:/gm)].map((m) => JSON.parse(m[1]!) as string);
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
  it.each(INTERFACE_LANGUAGES)('%s.json is one flat object of id → message string', (language) => {
    const catalog = catalogs[language];
    expect(Object.keys(catalog).length).toBeGreaterThan(1000);
    const notStrings = Object.entries(catalog).filter(([, text]) => typeof text !== 'string').map(([id]) => id);
    expect(notStrings, `${language}: values that are not strings`).toEqual([]);
  });

  it.each(OTHERS)('%s has exactly the English keys', (language) => {
    const keys = sortedKeys(catalogs.en);
    const theirs = sortedKeys(catalogs[language]);
    const missing = keys.filter((k) => !theirs.includes(k));
    const extra = theirs.filter((k) => !keys.includes(k));
    expect({ language, missing, extra }, `keys of ${language} differ from English`).toEqual({ language, missing: [], extra: [] });
  });

  it.each(INTERFACE_LANGUAGES)('%s.json defines each key once, in alphabetical order (a second definition would silently win)', (language) => {
    const written = writtenKeys(sources[language]);
    expect(written.length, `${language}: keys found by the scan`).toBe(Object.keys(catalogs[language]).length);
    expect(written.filter((id, i) => written.indexOf(id) !== i), `${language}: defined twice`).toEqual([]);
    // One place for each new message, and the four files line up key by key.
    expect(written.filter((id, i) => i > 0 && written[i - 1]! > id), `${language}: keys out of order`).toEqual([]);
  });

  it.each(INTERFACE_LANGUAGES)('%s: no message is empty', (language) => {
    for (const [id, text] of Object.entries(catalogs[language])) expect(text.trim(), `${language}: ${id}`).not.toBe('');
  });

  it.each(INTERFACE_LANGUAGES)('%s: every message is valid ICU and formats for every plural form and select branch', (language) => {
    for (const [id, text] of Object.entries(catalogs[language])) {
      const where = `${language}: ${id}`;
      expect(() => icuStructure(text), where).not.toThrow();
      const format = new IntlMessageFormat(text, language);
      for (const values of sampleValues(text)) {
        const out = format.format(values);
        expect(typeof out === 'string' ? out.trim() : out, `${where} with ${JSON.stringify(values)}`).toBeTruthy();
      }
    }
  });

  it.each(OTHERS)('%s: each translation uses the same arguments as English', (language) => {
    for (const [id, text] of Object.entries(catalogs.en)) {
      const translated = catalogs[language][id];
      if (translated === undefined) continue; // reported by the key check
      expect([...icuStructure(translated).arguments].sort(), `${language}: ${id}`).toEqual([...icuStructure(text).arguments].sort());
    }
  });

  it.each(FOUR_FORMS)('%s: plurals spell out one, few, many and other (unless every form is the number alone)', (language) => {
    for (const [id, text] of Object.entries(catalogs[language])) {
      for (const plural of icuStructure(text).plurals.filter((p) => !p.numberOnly)) {
        const missing = FOUR_CATEGORIES.filter((c) => !plural.categories.includes(c));
        expect(missing, `${language}: ${id} ({${plural.argument}, plural}) lacks forms`).toEqual([]);
      }
    }
  });

  it.each(OTHERS)('%s: translations are not English copies', (language) => {
    // A phrase of three or more words left as it is in English was not translated; single words,
    // names and addresses ("Macros", "2FA", "Request Tracker 5", "https://…") may be the same.
    const words = (text: string) => text.replace(/\{[^{}]*\}/g, ' ').split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
    for (const [id, text] of Object.entries(catalogs.en)) {
      if (words(text).length < 3) continue;
      expect(catalogs[language][id], `${language}: ${id} is still English`).not.toBe(text);
    }
  });
});

describe('message ids used by the renderer', () => {
  const files = sourceFiles(join(ROOT, 'renderer', 'src'));
  const references = messageReferences(ROOT, files);

  it('finds the calls it checks (the scan itself works)', () => {
    expect(references.length).toBeGreaterThan(100);
    expect(references.some((r) => r.id === 'app.views.label')).toBe(true);
  });

  it('are written out: none is built from a template (lint forbids it; this also finds one behind a cast)', () => {
    expect(references.filter((r) => r.template).map((r) => `${r.file}:${r.line} ${r.id}`)).toEqual([]);
  });

  it('exist in the English catalog: every t(…), translate(…) and rich(…) literal', () => {
    const unknown = references.filter((r) => !r.template && !english.has(r.id)).map((r) => `${r.file}:${r.line} ${r.id}`);
    expect(unknown).toEqual([]);
  });

  it('every English id is written out somewhere in the renderer (in a call or a map), or is listed as not used yet', () => {
    const written = literalStrings(files);
    expect([...english.keys()].filter((id) => !written.has(id)), 'ids no code uses: use them or delete them').toEqual([]);
  });
});
