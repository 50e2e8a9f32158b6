// Which topic a ticket is about, guessed from its subject and first message by weighted keyword
// rules (topic-keywords.ts). It groups tickets that arrive without a topic (connectors, e-mail)
// so one incident reply can go to a whole group. Pure: no I/O, no clock.

import { TOPICS, type Topic } from '../../../preload/contract/domain-types';
import { TOPIC_KEYWORDS, type TopicKeyword } from './topic-keywords';

export interface TopicGuess {
  topic: Topic;
  /** 0–1: how far the winner leads the runner-up, damped while the evidence is thin. */
  confidence: number;
  /** The words and phrases that decided it, as found (lower-cased, without accents). */
  matched: string[];
}

export interface TopicText {
  subject: string;
  /** The customer's first message. */
  body: string;
}

/** A subject is a customer's own summary, so its words count half again as much. */
const SUBJECT_WEIGHT = 1.5;
/** Below this nothing is claimed: one faint hint is not a topic. */
const MIN_SCORE = 3;
/** From this score on, the evidence alone no longer limits the confidence. */
const CONFIDENT_SCORE = 9;
/** Long messages are cut: the first lines carry the topic, and rules stay fast. */
const MAX_TEXT = 4000;

interface CompiledRule {
  readonly topic: Topic;
  readonly weight: number;
  readonly regex: RegExp;
}

/** Lower case without accents, so "Depósito", "deposito" and "DEPÓSITO" read the same. */
export function foldText(text: string): string {
  return stripMarks(text).toLowerCase();
}

function stripMarks(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

export function compileTopicRules(keywords: Readonly<Record<Topic, readonly TopicKeyword[]>>): readonly CompiledRule[] {
  return TOPICS.flatMap((topic) =>
    keywords[topic].map((keyword) => ({
      topic,
      weight: keyword.weight,
      // Patterns are written lower-case; only their accents are folded, so escapes such as \S keep their meaning.
      regex: new RegExp(stripMarks(keyword.pattern), 'gu'),
    })),
  );
}

const DEFAULT_RULES = compileTopicRules(TOPIC_KEYWORDS);
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * The rule's first match that begins a word. Checked after the match rather than with a
 * lookbehind in the pattern, which would keep the regex engine from skipping ahead quickly.
 */
function firstMatchAtWordStart(regex: RegExp, text: string): string | null {
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    if (match.index === 0 || !WORD_CHARACTER.test(text.charAt(match.index - 1))) return match[0].trim();
    regex.lastIndex = match.index + 1;
  }
  return null;
}

export function classifyTopic(text: TopicText, rules: readonly CompiledRule[] = DEFAULT_RULES): TopicGuess | null {
  const subject = foldText(text.subject.slice(0, MAX_TEXT));
  const body = foldText(text.body.slice(0, MAX_TEXT));
  const scores = new Map<Topic, number>();
  const matches = new Map<Topic, Array<{ text: string; points: number }>>();
  for (const rule of rules) {
    const inSubject = firstMatchAtWordStart(rule.regex, subject);
    const inBody = firstMatchAtWordStart(rule.regex, body);
    if (inSubject === null && inBody === null) continue;
    const points = rule.weight * ((inSubject !== null ? SUBJECT_WEIGHT : 0) + (inBody !== null ? 1 : 0));
    scores.set(rule.topic, (scores.get(rule.topic) ?? 0) + points);
    const found = matches.get(rule.topic) ?? [];
    found.push({ text: (inSubject ?? inBody) as string, points });
    matches.set(rule.topic, found);
  }

  let best: Topic | null = null;
  let bestScore = 0;
  let runnerUp = 0;
  for (const [topic, score] of scores) {
    if (score > bestScore) {
      runnerUp = bestScore;
      best = topic;
      bestScore = score;
    } else if (score > runnerUp) {
      runnerUp = score;
    }
  }
  if (best === null || bestScore < MIN_SCORE) return null;

  const lead = bestScore / (bestScore + runnerUp);
  const strength = Math.min(1, bestScore / CONFIDENT_SCORE);
  const matched = [...new Set((matches.get(best) ?? []).sort((a, b) => b.points - a.points).map((m) => m.text))];
  return { topic: best, confidence: Math.round(lead * strength * 100) / 100, matched };
}
