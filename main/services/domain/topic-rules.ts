// Which topic a ticket is about, guessed from its subject and first message by weighted keyword
// rules (topic-keywords.ts). It groups tickets that arrive without a topic (connectors, e-mail)
// so one incident reply can go to a whole group. Pure: no I/O, no clock.
//
// How a text is read:
//  - Text and patterns are compared lower-cased, without accents, and with the letters that carry
//    no separable accent read as their base letter (Turkish ı as i, Polish ł as l, Vietnamese đ as
//    d), so "Yatırdım", "yatirdim" and "YATIRDIM" are the same word, and so are "wypłata"/"wyplata".
//  - A pattern matches only where a word begins, and may end anywhere (a stem). Chinese and
//    Japanese put no space between words, and Korean writes compounds as one word (코인출금), so
//    a match that begins with a Han, kana or Hangul character counts wherever it is. An Arabic
//    word may carry its proclitics in front (و and, ف so, ب with, ل for, ك as, ال the: والسحب, بالسحب),
//    so an Arabic match counts after them as at a word's start.
//  - Korean syllables are compared decomposed (NFKD), so a stem may end inside a syllable where
//    a particle is fused onto the last consonant; Japanese voiced kana fold onto unvoiced ones
//    (が → か) like accents, the same on both sides.
//  - Longer matches claim their words first: where "iki faktörlü doğrulama" (two-factor) is found,
//    its "doğrulama" no longer counts as "verification" (kyc). Overlapping shorter matches of
//    other rules are dropped; each rule counts once in the subject and once in the body.
//  - Nothing found, or too little: the topic is "other". No topic is ever guessed.

import { KNOWN_TOPICS, type KnownTopic, type Topic } from '../../../preload/contract/domain-types';
import { TOPIC_KEYWORDS, type TopicKeyword } from './topic-keywords';

/** What the rules say when no topic's words are found: filed as "other", never a guessed topic. */
export const OTHER_TOPIC = 'other' satisfies Topic;
export type TopicOrOther = Topic;

export interface TopicGuess {
  topic: TopicOrOther;
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
/** A rule that matches this often in one text has said all it can. */
const MAX_MATCHES_PER_RULE = 20;

interface CompiledRule {
  readonly topic: Topic;
  readonly weight: number;
  readonly regex: RegExp;
}

/** Lower case without accents, so "Depósito", "deposito" and "DEPÓSITO" read the same. */
export function foldText(text: string): string {
  return stripMarks(text.toLowerCase());
}

/** Letters Unicode does not decompose into a base letter and an accent, read as the base letter. */
const BASE_LETTERS: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', đ: 'd' };

/**
 * Accents off, and ı, ł, đ read as i, l, d: customers without a Turkish, Polish or Vietnamese
 * keyboard write "cekim", "wyplata", "dong tai khoan".
 */
// Arabic loses its vowel marks and hamza with the accents (أ → ا); ta marbuta and alef maksura are
// read as the letters often typed for them (ة → ه, ى → ي).
function stripMarks(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[ıłđ]/gu, (letter) => BASE_LETTERS[letter] ?? letter).replace(/ة/gu, 'ه').replace(/ى/gu, 'ي');
}

export function compileTopicRules(keywords: Readonly<Record<KnownTopic, readonly TopicKeyword[]>>): readonly CompiledRule[] {
  return KNOWN_TOPICS.flatMap((topic) =>
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
/** Scripts written without spaces between words (or with compounds run together): a match may begin anywhere. */
const RUN_TOGETHER_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const ARABIC_LETTER = /\p{Script=Arabic}/u;
/** What may stand before an Arabic stem in the same word: و or ف, then ب ل or ك, then ال (or the ل of لل). */
const ARABIC_PROCLITICS = /^[وف]?[بلك]?(?:ال|ل)?$/u;

/** Whether a match at this index begins a word, as each script has words begin. */
function beginsWord(text: string, index: number): boolean {
  const previous = text.charAt(index - 1);
  if (index === 0 || !WORD_CHARACTER.test(previous)) return true;
  const first = text.charAt(index);
  // Run-together scripts begin a word anywhere, and so does a Latin word glued to them ("开启2FA", "OTP를").
  if (RUN_TOGETHER_SCRIPT.test(first) || RUN_TOGETHER_SCRIPT.test(previous)) return true;
  if (!ARABIC_LETTER.test(first)) return false;
  let start = index;
  while (start > 0 && index - start < 4 && ARABIC_LETTER.test(text.charAt(start - 1))) start -= 1;
  const atWordStart = start === 0 || !WORD_CHARACTER.test(text.charAt(start - 1));
  return atWordStart && ARABIC_PROCLITICS.test(text.slice(start, index));
}

interface Span {
  readonly rule: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Every match of the rule that begins a word. Checked after the match rather than with a
 * lookbehind in the pattern, which would keep the regex engine from skipping ahead quickly.
 */
function matchesAtWordStart(regex: RegExp, rule: number, text: string, into: Span[]): void {
  regex.lastIndex = 0;
  let found = 0;
  for (let match = regex.exec(text); match !== null && found < MAX_MATCHES_PER_RULE; match = regex.exec(text)) {
    const atWordStart = beginsWord(text, match.index);
    if (atWordStart && match[0].trim() !== '') {
      into.push({ rule, start: match.index, end: match.index + match[0].trimEnd().length });
      found += 1;
    }
    regex.lastIndex = atWordStart && match[0].length > 0 ? match.index + match[0].length : match.index + 1;
  }
}

/** For each rule, the first words it keeps once longer matches have claimed theirs. */
function claimedMatches(text: string, rules: readonly CompiledRule[]): Map<number, string> {
  const spans: Span[] = [];
  rules.forEach((rule, index) => matchesAtWordStart(rule.regex, index, text, spans));
  spans.sort((a, b) => b.end - b.start - (a.end - a.start) || rules[b.rule]!.weight - rules[a.rule]!.weight || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept = new Map<number, Span>();
  for (const span of spans) {
    if (taken.subarray(span.start, span.end).some((t) => t === 1)) continue;
    taken.fill(1, span.start, span.end);
    const earlier = kept.get(span.rule);
    if (!earlier || span.start < earlier.start) kept.set(span.rule, span);
  }
  return new Map([...kept].map(([rule, span]) => [rule, text.slice(span.start, span.end)]));
}

export function classifyTopic(text: TopicText, rules: readonly CompiledRule[] = DEFAULT_RULES): TopicGuess {
  const subject = claimedMatches(foldText(text.subject.slice(0, MAX_TEXT)), rules);
  const body = claimedMatches(foldText(text.body.slice(0, MAX_TEXT)), rules);
  const scores = new Map<Topic, number>();
  const matches = new Map<Topic, Array<{ text: string; points: number }>>();
  rules.forEach((rule, index) => {
    const inSubject = subject.get(index);
    const inBody = body.get(index);
    if (inSubject === undefined && inBody === undefined) return;
    const points = rule.weight * ((inSubject !== undefined ? SUBJECT_WEIGHT : 0) + (inBody !== undefined ? 1 : 0));
    scores.set(rule.topic, (scores.get(rule.topic) ?? 0) + points);
    const found = matches.get(rule.topic) ?? [];
    found.push({ text: (inSubject ?? inBody) as string, points });
    matches.set(rule.topic, found);
  });

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
  if (best === null || bestScore < MIN_SCORE) return { topic: OTHER_TOPIC, confidence: 0, matched: [] };

  const lead = bestScore / (bestScore + runnerUp);
  const strength = Math.min(1, bestScore / CONFIDENT_SCORE);
  // Composed again for display: Korean syllables were compared decomposed.
  const matched = [...new Set((matches.get(best) ?? []).sort((a, b) => b.points - a.points).map((m) => m.text.normalize('NFC')))];
  return { topic: best, confidence: Math.round(lead * strength * 100) / 100, matched };
}
