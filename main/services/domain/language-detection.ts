// Which language a ticket is written in, read from its subject and the customer's first message
// when the backend does not say. The detector is tinyld (letter n-gram profiles, pure JS, no I/O),
// restricted to the desk's languages. Pure: no I/O, no clock.
//
// When it answers and when it abstains (null):
//  - Only the customer's own prose counts (customer-text.ts): quoted mails, signatures, links,
//    addresses, hashes, numbers and crypto jargon are removed first.
//  - Fewer than MIN_LETTERS letters left → null: a "help!!" or a bare hash says nothing.
//  - The script decides the family first: mostly Cyrillic → Russian or Ukrainian, else the Latin
//    languages; words in the other script (an English term in a Russian text) are dropped.
//  - Russian and Ukrainian are told apart by letters only one of them has (ы э ъ ё / і ї є ґ)
//    when the text has those of one language only; otherwise tinyld decides.
//  - tinyld scores each candidate; the lead of the best over the runner-up, best / (best + second),
//    must reach MIN_LEAD, or the text is too ambiguous (Spanish or Portuguese? Italian?) → null.
//  - confidence = that lead, damped while the text is short (full from CONFIDENT_LETTERS letters).

import { detectAll } from 'tinyld';
import { LANGUAGES, type Language } from '../../../preload/contract/domain-types';
import { ownWords, proseOnly } from './customer-text';

export interface LanguageGuess {
  language: Language;
  /** 0–1: the winner's lead over the runner-up, damped while the text is short. */
  confidence: number;
}

export interface LanguageText {
  subject: string;
  /** The customer's first message. */
  body: string;
}

/** Below this many letters of prose nothing is claimed. */
export const MIN_LETTERS = 20;
/**
 * best / (best + runner-up) under this is a tie, not a language. Set on the hardest case, seeded
 * subject lines alone: at 0.6 about 5 % of the answers were wrong, at 0.65 under 1 %; whole first
 * messages are answered right either way.
 */
export const MIN_LEAD = 0.65;
/** From this many letters on, the length of the text no longer limits the confidence. */
const CONFIDENT_LETTERS = 120;
/** The first lines carry the language; the detector's cost grows with the text. */
const MAX_TEXT = 2000;

const CYRILLIC_LANGUAGES: readonly Language[] = ['ru', 'uk'];
const LATIN_LANGUAGES: readonly Language[] = LANGUAGES.filter((l) => !CYRILLIC_LANGUAGES.includes(l));
const ONLY_RUSSIAN = /[ыэъё]/giu;
const ONLY_UKRAINIAN = /[іїєґ]/giu;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** The words of the text's main script: Cyrillic or Latin. */
function mainScript(prose: string): { cyrillic: boolean; words: string } {
  const cyrillic = count(prose, /\p{Script=Cyrillic}/gu) > count(prose, /\p{Script=Latin}/gu);
  const foreign = cyrillic ? /\p{Script=Latin}/u : /\p{Script=Cyrillic}/u;
  return { cyrillic, words: prose.split(' ').filter((word) => !foreign.test(word)).join(' ') };
}

/** Russian or Ukrainian from letters the other language lacks; null when they do not settle it. */
function cyrillicByLetters(words: string): Language | null {
  const russian = count(words, ONLY_RUSSIAN);
  const ukrainian = count(words, ONLY_UKRAINIAN);
  if (russian > 0 && ukrainian === 0) return 'ru';
  if (ukrainian > 0 && russian === 0) return 'uk';
  return null;
}

export function detectLanguage(text: LanguageText): LanguageGuess | null {
  const prose = proseOnly(`${text.subject}\n${ownWords(text.body.slice(0, MAX_TEXT * 4))}`).slice(0, MAX_TEXT);
  const { cyrillic, words } = mainScript(prose);
  const letters = count(words, /\p{L}/gu);
  if (letters < MIN_LETTERS) return null;
  const damping = Math.min(1, letters / CONFIDENT_LETTERS);

  if (cyrillic) {
    const byLetters = cyrillicByLetters(words);
    if (byLetters) return { language: byLetters, confidence: round(damping) };
  }
  const scores = detectAll(words, { only: [...(cyrillic ? CYRILLIC_LANGUAGES : LATIN_LANGUAGES)] });
  const best = scores[0];
  if (!best || best.accuracy <= 0) return null;
  const lead = best.accuracy / (best.accuracy + (scores[1]?.accuracy ?? 0));
  if (lead < MIN_LEAD) return null;
  return { language: best.lang as Language, confidence: round(lead * damping) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
