import { describe, expect, it } from 'vitest';
import { KNOWN_TOPICS, SEED_LANGUAGES, TOPICS } from '../../../preload/contract/domain-types';
import { createAgents } from '../../../main/backend/seed/agents';
import { toAsciiLower } from '../../../main/backend/seed/content-people';
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
  });

  it('transliterates names for e-mail addresses', () => {
    expect(toAsciiLower('Žukauskaitė')).toBe('zukauskaite');
    expect(toAsciiLower('Фёдоров')).toBe('fedorov');
    expect(toAsciiLower('Yılmaz')).toBe('yilmaz');
    expect(createAgents()[0]?.email).toBe('maria.gonzalez@support.example.com');
  });
});
