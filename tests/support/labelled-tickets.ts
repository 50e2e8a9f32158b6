// Measuring the topic rules and the language detector on a hand-labelled set of tickets
// (tests/fixtures/<set>/<language>.json): per-language accuracy, macro precision and recall, the
// same per topic over every language, the misfiled tickets, and the languages named wrongly.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, TOPICS, type Language, type Topic } from '../../preload/contract/domain-types';
import { detectLanguage } from '../../main/services/domain/language-detection';
import { classifyTopic } from '../../main/services/domain/topic-rules';

export const LABELS: readonly Topic[] = TOPICS;

export interface LabelledTicket {
  topic: Topic;
  subject: string;
  body: string;
}

export type LabelledSet = ReadonlyMap<Language, readonly LabelledTicket[]>;

/** Every language the folder has a file for (<language>.json), in the order of LANGUAGES. */
export function readLabelledSet(folder: string): LabelledSet {
  const files = new Set(readdirSync(folder));
  const languages = LANGUAGES.filter((language) => files.has(`${language}.json`));
  return new Map(languages.map((language) => [language, JSON.parse(readFileSync(join(folder, `${language}.json`), 'utf8')) as LabelledTicket[]]));
}

interface Counts {
  truePositive: number;
  predicted: number;
  actual: number;
}

export interface Filed {
  expected: Topic;
  got: Topic;
  ticket: LabelledTicket;
}

function tally(pairs: readonly Filed[]): Map<Topic, Counts> {
  const counts = new Map<Topic, Counts>(LABELS.map((label) => [label, { truePositive: 0, predicted: 0, actual: 0 }]));
  for (const { expected, got } of pairs) {
    counts.get(expected)!.actual += 1;
    counts.get(got)!.predicted += 1;
    if (expected === got) counts.get(got)!.truePositive += 1;
  }
  return counts;
}

/** Macro averages over the labels that occur (as expected or as answer). */
function averages(counts: Map<Topic, Counts>): { precision: number; recall: number } {
  const seen = [...counts.values()].filter((c) => c.actual > 0 || c.predicted > 0);
  const precision = seen.reduce((sum, c) => sum + (c.predicted > 0 ? c.truePositive / c.predicted : 0), 0) / seen.length;
  const recall = seen.reduce((sum, c) => sum + (c.actual > 0 ? c.truePositive / c.actual : 0), 0) / seen.length;
  return { precision, recall };
}

const percent = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(6);

export interface TopicFigures {
  results: ReadonlyMap<Language, readonly Filed[]>;
  accuracy: ReadonlyMap<Language, number>;
  /** The table printed by the tests: per language, per topic, and the misfiled tickets. */
  report: string;
}

export function measureTopics(set: LabelledSet): TopicFigures {
  const results = new Map<Language, Filed[]>();
  for (const [language, tickets] of set) results.set(language, tickets.map((ticket) => ({ expected: ticket.topic, got: classifyTopic(ticket).topic, ticket })));
  const accuracy = new Map<Language, number>();
  const lines = ['language  tickets  accuracy  precision  recall'];
  for (const [language, pairs] of results) {
    accuracy.set(language, pairs.filter((p) => p.expected === p.got).length / pairs.length);
    const { precision, recall } = averages(tally(pairs));
    lines.push(`${language.padEnd(8)}  ${String(pairs.length).padStart(7)}  ${percent(accuracy.get(language)!)}    ${percent(precision)}   ${percent(recall)}`);
  }
  const all = [...results.values()].flat();
  lines.push('', 'topic               precision  recall  (all languages)');
  for (const [label, c] of tally(all)) {
    lines.push(`${label.padEnd(18)}  ${percent(c.predicted > 0 ? c.truePositive / c.predicted : 0)}     ${percent(c.actual > 0 ? c.truePositive / c.actual : 0)}`);
  }
  const misses = all.filter((p) => p.expected !== p.got).map((p) => `  ${p.expected} → ${p.got}: ${p.ticket.subject}`);
  const report = `topic rules on ${all.length} labelled tickets\n${lines.join('\n')}${misses.length > 0 ? `\nmisfiled:\n${misses.join('\n')}` : ''}`;
  return { results, accuracy, report };
}

/** Every text over 100 characters whose language is named wrongly (or not at all), and how many there are. */
export function measureLanguages(set: LabelledSet): { long: number; wrong: string[]; report: string } {
  const wrong: string[] = [];
  let long = 0;
  for (const [language, tickets] of set) {
    for (const ticket of tickets) {
      if (`${ticket.subject}\n${ticket.body}`.length <= 100) continue;
      long += 1;
      const got = detectLanguage(ticket)?.language ?? null;
      if (got !== language) wrong.push(`${language} → ${got ?? 'none'}: ${ticket.subject}`);
    }
  }
  const report = `language detection: ${long - wrong.length} of ${long} labelled texts over 100 characters right${wrong.length > 0 ? `\n  ${wrong.join('\n  ')}` : ''}`;
  return { long, wrong, report };
}
