// The topic rules and the language detector measured on hand-labelled tickets written apart from
// the seed's templates (tests/fixtures/labelled-tickets/<language>.json): several phrasings per
// topic, typos, missing accents, English crypto words, and tickets about nothing the rules know,
// labelled "other". Prints precision and recall per language and per topic.
// Every seed language has a set; so may a language the desk only reads (a Request Tracker or
// Zendesk ticket in it), whose topics the rules must still find. The language detector is measured
// on the languages it names; the others' language comes from the backend or the customer's locale.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, SEED_LANGUAGES, TOPICS, type Language } from '../../../preload/contract/domain-types';
import { DETECTED_LANGUAGES, detectLanguage } from '../../../main/services/domain/language-detection';
import { classifyTopic } from '../../../main/services/domain/topic-rules';

type Label = (typeof TOPICS)[number] | 'other';
const LABELS: readonly Label[] = [...TOPICS, 'other'];

interface LabelledTicket {
  topic: Label;
  subject: string;
  body: string;
}

const FIXTURES = join(__dirname, '../../fixtures/labelled-tickets');
const fixtureOf = (language: Language): string => join(FIXTURES, `${language}.json`);
/** Seed languages must have a set (reading a missing one fails); other languages may. */
const MEASURED = LANGUAGES.filter((language) => (SEED_LANGUAGES as readonly Language[]).includes(language) || existsSync(fixtureOf(language)));
const labelled: ReadonlyMap<Language, readonly LabelledTicket[]> = new Map(
  MEASURED.map((language) => [language, JSON.parse(readFileSync(fixtureOf(language), 'utf8')) as LabelledTicket[]]),
);

interface Counts {
  truePositive: number;
  predicted: number;
  actual: number;
}

function tally(pairs: ReadonlyArray<{ expected: Label; got: Label }>): Map<Label, Counts> {
  const counts = new Map<Label, Counts>(LABELS.map((label) => [label, { truePositive: 0, predicted: 0, actual: 0 }]));
  for (const { expected, got } of pairs) {
    counts.get(expected)!.actual += 1;
    counts.get(got)!.predicted += 1;
    if (expected === got) counts.get(got)!.truePositive += 1;
  }
  return counts;
}

/** Macro averages over the labels that occur (as expected or as answer). */
function averages(counts: Map<Label, Counts>): { precision: number; recall: number } {
  const seen = [...counts.values()].filter((c) => c.actual > 0 || c.predicted > 0);
  const precision = seen.reduce((sum, c) => sum + (c.predicted > 0 ? c.truePositive / c.predicted : 0), 0) / seen.length;
  const recall = seen.reduce((sum, c) => sum + (c.actual > 0 ? c.truePositive / c.actual : 0), 0) / seen.length;
  return { precision, recall };
}

const percent = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(6);

describe('the labelled tickets', () => {
  it('hold at least 40 tickets per seed language, every topic several times and some about no topic', () => {
    for (const [language, tickets] of labelled) {
      expect(tickets.length, language).toBeGreaterThanOrEqual(40);
      for (const label of LABELS) expect(tickets.filter((t) => t.topic === label).length, `${language} ${label}`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('topic rules on the labelled tickets', () => {
  const results = new Map<Language, Array<{ expected: Label; got: Label; ticket: LabelledTicket }>>();
  for (const [language, tickets] of labelled) {
    results.set(
      language,
      tickets.map((ticket) => ({ expected: ticket.topic, got: classifyTopic(ticket).topic, ticket })),
    );
  }

  it('prints precision and recall per language and per topic, and files at least 90 % right in every language', () => {
    const lines = ['language  tickets  accuracy  precision  recall'];
    for (const [language, pairs] of results) {
      const accuracy = pairs.filter((p) => p.expected === p.got).length / pairs.length;
      const { precision, recall } = averages(tally(pairs));
      lines.push(`${language.padEnd(8)}  ${String(pairs.length).padStart(7)}  ${percent(accuracy)}    ${percent(precision)}   ${percent(recall)}`);
    }
    const all = [...results.values()].flat();
    lines.push('', 'topic               precision  recall  (all languages)');
    for (const [label, c] of tally(all)) {
      lines.push(`${label.padEnd(18)}  ${percent(c.predicted > 0 ? c.truePositive / c.predicted : 0)}     ${percent(c.actual > 0 ? c.truePositive / c.actual : 0)}`);
    }
    const misses = all.filter((p) => p.expected !== p.got).map((p) => `  ${p.expected} → ${p.got}: ${p.ticket.subject}`);
    console.log(`topic rules on ${all.length} labelled tickets\n${lines.join('\n')}${misses.length > 0 ? `\nmisfiled:\n${misses.join('\n')}` : ''}`);

    for (const [language, pairs] of results) {
      expect(pairs.filter((p) => p.expected === p.got).length / pairs.length, language).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('files a ticket about nothing it knows as "other", never as a guessed topic', () => {
    const others = [...results.values()].flat().filter((p) => p.expected === 'other');
    expect(others.filter((p) => p.got !== 'other').map((p) => p.ticket.subject)).toEqual([]);
  });
});

describe('language detection on the labelled tickets', () => {
  it('names the right language for every text over 100 characters in each language it names', () => {
    const wrong: string[] = [];
    let long = 0;
    for (const [language, tickets] of labelled) {
      if (!DETECTED_LANGUAGES.includes(language)) continue;
      for (const ticket of tickets) {
        if (`${ticket.subject}\n${ticket.body}`.length <= 100) continue;
        long += 1;
        const got = detectLanguage(ticket)?.language ?? null;
        if (got !== language) wrong.push(`${language} → ${got ?? 'none'}: ${ticket.subject}`);
      }
    }
    console.log(`language detection: ${long - wrong.length} of ${long} labelled texts over 100 characters right${wrong.length > 0 ? `\n  ${wrong.join('\n  ')}` : ''}`);
    expect(wrong).toEqual([]);
  });
});
