import { describe, expect, it } from 'vitest';
import { KNOWN_TOPICS, SEED_LANGUAGES, TOPICS, type SeedLanguage } from '../../../preload/contract/domain-types';
import { createAgents } from '../../../main/backend/seed/agents';
import { NAMES, toAsciiLower } from '../../../main/backend/seed/content-people';
import { createCustomer, IdentityRegistry } from '../../../main/backend/seed/customers';
import { Random } from '../../../main/backend/seed/random';
import { compiledContent, compileTemplate, notesFor, type Template } from '../../../main/backend/seed/templates';

const keysOf = (template: Template): string[] => [...template.keys].sort();

describe('seed content', () => {
  it('has several scenarios with subjects for every topic in every language', () => {
    for (const language of SEED_LANGUAGES) {
      const content = compiledContent(language);
      for (const topic of KNOWN_TOPICS) {
        const { scenarios } = content.topics[topic];
        expect(scenarios.length, `${language}/${topic}`).toBeGreaterThanOrEqual(2);
        for (const scenario of scenarios) expect(scenario.subjects.length, `${language}/${topic}`).toBeGreaterThan(0);
      }
      expect(content.nudges.length).toBeGreaterThanOrEqual(3);
      expect(content.answers.length).toBeGreaterThanOrEqual(2);
      expect(content.agentFollowUps.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps the texts that must fit any ticket free of ticket-specific placeholders', () => {
    for (const language of SEED_LANGUAGES) {
      const content = compiledContent(language);
      // Standard replies become macros, nudges are sent by live traffic for any ticket.
      for (const topic of KNOWN_TOPICS) {
        for (const key of content.topics[topic].standardReply.keys) expect(key, `${language}/${topic}`).toBe('ticketId');
      }
      for (const nudge of content.nudges) for (const key of nudge.keys) expect(key).toBe('ticketId');
      for (const key of content.greeting.keys) expect(key).toBe('firstName');
      expect(keysOf(content.signoff)).toEqual(['agentName']);
    }
  });

  it('compiles every internal note and rejects unknown placeholders', () => {
    for (const topic of TOPICS) expect(notesFor(topic).length).toBeGreaterThan(2);
    expect(() => compileTemplate('Hello {nobody}')).toThrow(/Unknown placeholder/);
    expect(keysOf(compileTemplate('{coin} to {address} ({coin})'))).toEqual(['address', 'coin']);
  });

  it('is written in each language’s own script', () => {
    const openings = (language: (typeof SEED_LANGUAGES)[number]): string =>
      KNOWN_TOPICS.flatMap((topic) => compiledContent(language).topics[topic].scenarios.map((s) => s.opening.source)).join(' ');
    expect(openings('ru')).toMatch(/[а-яё]/);
    expect(openings('lt')).toMatch(/[ąčęėįšųūž]/);
    expect(openings('tr')).toMatch(/[ğışçöü]/);
    expect(openings('de')).toMatch(/[äöüß]/);
    expect(openings('es')).toMatch(/[ñáéíóú¿]/);
    expect(openings('it')).toMatch(/[àèéìòù]/);
    expect(openings('pl')).toMatch(/[ąćęłńóśźż]/);
    expect(openings('uk')).toMatch(/[іїєґ]/);
    expect(openings('uk')).not.toMatch(/[ыэъё]/);
    expect(openings('vi')).toMatch(/[ăâđêôơư]/);
    // Tone marks, not only the vowel letters: a text typed without them would still match the line above.
    expect(openings('vi')).toMatch(/[ạảãáàặẳẵắằậẩẫấầẹẻẽéèệểễếềịỉĩíìọỏõóòộổỗốồợởỡớờụủũúùựửữứừỵỷỹýỳ]/);
    expect(openings('id')).toMatch(/\bsaya\b/);
    expect(openings('id')).not.toMatch(/[\p{Script=Cyrillic}\p{Script=Han}\p{Script=Arabic}]/u);
    expect(openings('zh')).toMatch(/\p{Script=Han}/u);
    expect(openings('zh')).not.toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u);
    expect(openings('ja')).toMatch(/\p{Script=Hiragana}/u);
    expect(openings('ko')).toMatch(/\p{Script=Hangul}/u);
    expect(openings('ar')).toMatch(/\p{Script=Arabic}/u);
  });

  it('names Chinese, Japanese, Korean and Arabic customers in their own script, family name first where that is the custom, with romanised e-mail addresses', () => {
    const identities = new IdentityRegistry();
    const rng = new Random(5);
    const make = (language: SeedLanguage) => Array.from({ length: 60 }, (_, i) => createCustomer(rng, `C-${language}-${i}`, identities, language));
    const scripts: Array<[SeedLanguage, RegExp]> = [['zh', /^\p{Script=Han}{2,4}$/u], ['ja', /^\p{Script=Han}{1,2} [\p{Script=Han}\p{Script=Hiragana}]{1,3}$/u], ['ko', /^\p{Script=Hangul}{2,4}$/u], ['ar', /^[\p{Script=Arabic} ]+$/u]];
    for (const [language, written] of scripts) {
      for (const customer of make(language)) {
        expect(customer.name, language).toMatch(written);
        expect(customer.email, language).toMatch(/^[a-z0-9._]+@[a-z0-9.-]+$/);
        expect(customer.email.split('@')[0]!.length, customer.email).toBeGreaterThan(2);
        if (language === 'ja') expect(customer.name.startsWith(`${customer.firstName} `), customer.name).toBe(true);
        else if (language === 'ar') expect(customer.name.startsWith(`${customer.firstName} `), customer.name).toBe(true);
        else expect(customer.firstName, customer.name).toBe(customer.name);
      }
    }
    const qq = make('zh').filter((c) => c.email.endsWith('@qq.com'));
    expect(qq.length).toBeGreaterThan(0);
    for (const customer of qq) expect(customer.email).toMatch(/^\d{9,10}@qq\.com$/);
  });

  it("spells Ukrainian customers' addresses with the national romanisation", () => {
    const identities = new IdentityRegistry();
    const rng = new Random(9);
    const ukrainian = Array.from({ length: 80 }, (_, i) => createCustomer(rng, `C-uk-${i}`, identities, 'uk'));
    // Every address holds the surname as Ukraine romanises it (Мельник → melnyk, not the Russian map's "melnik").
    const latinSurname = new Map(NAMES.uk.maleLast.map((name) => (typeof name === 'string' ? [name, name] : [name[0], name[1]])));
    expect(latinSurname.get('Мельник')).toBe('melnyk');
    for (const customer of ukrainian) {
      expect(customer.name, customer.name).toMatch(/^\p{Script=Cyrillic}+ \p{Script=Cyrillic}+$/u);
      expect(customer.email.split('@')[0], customer.name).toContain(latinSurname.get(customer.name.split(' ')[1]!));
    }
  });

  it('names Vietnamese customers family name first and greets them by the given name, with ASCII addresses', () => {
    const identities = new IdentityRegistry();
    const rng = new Random(9);
    const vietnamese = Array.from({ length: 80 }, (_, i) => createCustomer(rng, `C-vi-${i}`, identities, 'vi'));
    for (const customer of vietnamese) {
      expect(customer.name, customer.name).toMatch(/^\p{Script=Latin}+ \p{Script=Latin}+$/u);
      expect(customer.name.endsWith(` ${customer.firstName}`), customer.name).toBe(true);
      expect(customer.email, customer.name).toMatch(/^[a-z0-9._]+@[a-z0-9.-]+$/);
    }
    expect(vietnamese.filter((c) => c.name.startsWith('Nguyễn ')).length).toBeGreaterThan(10);
  });

  it('transliterates names for e-mail addresses', () => {
    expect(toAsciiLower('Žukauskaitė')).toBe('zukauskaite');
    expect(toAsciiLower('Фёдоров')).toBe('fedorov');
    expect(toAsciiLower('Yılmaz')).toBe('yilmaz');
    expect(toAsciiLower('Wiśniewska')).toBe('wisniewska');
    expect(toAsciiLower('Łukasz')).toBe('lukasz');
    expect(toAsciiLower('Đặng')).toBe('dang');
    expect(toAsciiLower('Nguyễn')).toBe('nguyen');
    expect(createAgents()[0]?.email).toBe('maria.gonzalez@support.example.com');
  });
});
