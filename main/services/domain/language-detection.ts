// Which language a ticket is written in, read from its subject and the customer's first message
// when the backend does not say. The detector is tinyld (letter n-gram profiles, pure JS, no I/O),
// restricted to the desk's languages. Pure: no I/O, no clock.
//
// When it answers and when it abstains (null):
//  - Only the customer's own prose counts (customer-text.ts): quoted mails, signatures, links,
//    addresses, hashes, numbers and crypto jargon are removed first.
//  - Fewer than MIN_LETTERS letters left → null: a "help!!" or a bare hash says nothing. A Chinese,
//    Japanese or Korean character says more than a Latin letter, so these count CJK_LETTER_WEIGHT
//    and HANGUL_LETTER_WEIGHT letters each (here and for the confidence).
//  - The script decides first (scriptOf): the script with the most weighted letters is the text's.
//    Hangul → Korean. Han with kana → Japanese. Han without kana → Chinese, unless kanji forms only
//    Japanese writes (済 込 払 遅 証 々 …) outnumber the characters only Chinese writes (们 这 没 吗 的 …);
//    with neither and few characters, nothing is claimed. Arabic script → Arabic, unless letters
//    of Persian or Urdu (پ چ ژ گ ک ی ٹ ے …) outnumber those only Arabic has (ة ى ي ك): then null,
//    neither is a desk language. A script of no desk language (Greek, Hebrew, Thai) → null.
//    Cyrillic → Russian or Ukrainian, Latin → the Latin languages; words in the other of these two
//    scripts (an English term in a Russian text) are dropped.
//  - Vietnamese is told by its own letters (ă ơ ư đ ạ ấ …), or, typed without tone marks, by its
//    own words (toi, khong, duoc, nhung …) making up a quarter of the text.
//  - Indonesian by its own words (saya, yang, tidak, belum …), which tinyld's weak Indonesian profile
//    does worse. Malay shares them; tinyld has no Malay profile at all. Malay is no desk language,
//    so a text with more Malay-only words (nak, akaun, wang) than Indonesian-only ones (mau, akun,
//    uang) is not claimed (null), unless the customer is known to write Indonesian.
//  - Russian and Ukrainian are told apart by letters only one of them has (ы э ъ ё / і ї є ґ)
//    when the text has those of one language only. A Ukrainian text of a few sentences always
//    has і, ї or є, so a long Cyrillic text without any is Russian even without ы э ъ ё.
//  - tinyld scores each candidate; the lead of the best over the runner-up, best / (best + second),
//    should reach MIN_LEAD.
//  - Close languages (ru/uk, es/pt, Italian beside either or French, lt/pl) are where a lead is often thin. When
//    the top two are such a pair, it is settled by, in order: short words only one of the two uses
//    ("el", "y", "muy" / "o", "e", "não"), which outvote tinyld even above MIN_LEAD; the subject
//    alone; the customer's language known from elsewhere (their locale, their earlier tickets);
//    and failing all of these, the top candidate. A close pair never falls back to the default.
//  - Any other thin lead (Spanish or French?) takes the customer's known language if it is one of
//    the two, else → null: too ambiguous to claim.
//  - confidence = that lead, damped while the text is short (full from CONFIDENT_LETTERS letters).

import { detectAll } from 'tinyld';
import { LANGUAGES, type Language } from '../../../preload/contract/domain-types';
import { ownWords, proseOnly } from './customer-own-words';

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

/** What is known of the customer's language apart from this text: a second signal for close languages. */
export interface LanguageHints {
  /** Their locale's language, the languages of their earlier tickets: most telling first. */
  readonly customer?: readonly Language[];
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

/** How many Latin letters one character of these scripts is worth, for MIN_LETTERS and the confidence. */
const CJK_LETTER_WEIGHT = 3;
const HANGUL_LETTER_WEIGHT = 2;
/** Han characters a text without kana and without a telling character needs before it is called Chinese. */
const MIN_HAN_WITHOUT_SIGNS = 12;
/** Kanji forms Japanese writes and neither Simplified nor Traditional Chinese does, and the iteration mark 々. */
const ONLY_JAPANESE_KANJI = /[済込払遅証続変戻届様円売帰気発処検険読営関総録図広対単価訳択効悪覧乗駅県鉄々]/gu;
/** Simplified forms and function words only Chinese prose uses. */
const ONLY_CHINESE_HAN = /[们这么没还说请钱币账户时间东发现经问题谢吗呢吧给让为对个过号码银转进绑验证认该应实买卖换啊呀哪怎谁的了我你他她是在不也都就很]/gu;
/** Letters of Persian and Urdu, written in Arabic script but not in Arabic. */
const PERSIAN_URDU_LETTERS = /[پچژگکیٹڈڑںےھہ]/gu;
/** Letters Arabic has and Persian and Urdu do not write (ta marbuta, alef maksura, Arabic yeh and kaf). */
const ONLY_ARABIC_LETTERS = /[ةىيك]/gu;

const CYRILLIC_LANGUAGES: readonly Language[] = ['ru', 'uk'];
/**
 * The Latin-script languages the detector may name. Never a language of another script (a Latin
 * text is not Chinese or Arabic, whatever tinyld's n-grams say), and only languages measured on a
 * labelled set.
 */
const LATIN_LANGUAGES: readonly Language[] = ['en', 'es', 'lt', 'de', 'pt', 'tr', 'fr', 'it', 'pl', 'vi', 'id'];
/** Those tinyld scores; Vietnamese and Indonesian are told by their own letters and words first. */
const TINYLD_LATIN_LANGUAGES: readonly Language[] = LATIN_LANGUAGES.filter((l) => l !== 'vi' && l !== 'id');
/**
 * Letters only Vietnamese writes among the desk's languages: ă ơ ư đ and vowels with a tone mark
 * the others never put (ạ ả ấ …). A few of them settle it before any n-gram is counted.
 */
const ONLY_VIETNAMESE = /[ăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
const VIETNAMESE_LETTERS_ENOUGH = 3;
/** A language decided by its own words needs three different ones, and one word in this many to be one of them. */
const OWN_WORD_SHARE = 8;
/**
 * Vietnamese words as typed without tone marks (a phone without a Vietnamese keyboard: "toi da nap
 * tien nhung chua duoc cong"), which tinyld reads as Italian or German. Words another desk language
 * also writes (la, va, da, ma, the, so, em, chi) are left out.
 */
const TONELESS_VIETNAMESE = new Set(
  'toi minh khong chua duoc dc nhung cua nay roi tien nap rut giup vui xin khoan gi thi mong kiem nhan gui biet hom nua lam viec phi yeu cau giay xac nuoc deu khi neu vay ngay nhu nhieu nguoi muon trong chuyen vao xong luon cho'.split(' '),
);
/**
 * Words of Indonesian (and Malay) prose no other desk language writes. tinyld's Indonesian profile
 * is weak: it called Indonesian tickets full of English crypto words English, and Turkish or
 * Portuguese typed without accents Indonesian. These words decide instead, and tinyld never names it.
 */
const INDONESIAN_WORDS = new Set(
  'saya yang tidak ini itu untuk dengan dari sudah belum bisa tapi tetapi akan kami kalian kenapa sampai masih karena mohon tolong sekali juga atau kok dan ada ke kali tanpa jelas mana halo berapa kalau pakai mau bilang beberapa lalu kapan banyak lagi baru harus hanya agar jika semua setiap satu dua tiga hari bulan tahun terima kasih saat waktu kemarin minta kena sekarang tadi pagi malam apakah masuk keluar bantu'.split(' '),
);
/** Indonesian and Malay suffix a noun with -nya ("statusnya", "fotonya"); no other desk language ends words so. */
const INDONESIAN_SUFFIX = /\p{L}{2,}nya$/u;
/**
 * Malaysian Malay is not a desk language, and tinyld has no profile for it: it scores Malay as
 * Indonesian. Words only Malay writes where Indonesian writes another (nak/mau, akaun/akun, wang/uang,
 * pengeluaran/penarikan) against words only Indonesian writes: a text whose Malay words outnumber its
 * Indonesian ones is Malay, and detection abstains unless the customer is known to write Indonesian.
 */
const ONLY_MALAY = new Set('nak baki wang kerana hantar percuma akaun pengeluaran sila awak mahu sahaja telefon tiada faham ringgit encik'.split(' '));
const ONLY_INDONESIAN = new Set('nggak gak enggak udah uang karena kirim gratis akun penarikan kak gimana bagaimana dong sih aja banget bisa kapan rupiah bapak'.split(' '));
/** Languages told by their script alone (with a second signal for zh/ja and ar). */
const SCRIPT_LANGUAGES: readonly Language[] = ['zh', 'ja', 'ko', 'ar'];
/** Every language detectLanguage can answer with; the others come from the backend or the customer's locale. */
export const DETECTED_LANGUAGES: readonly Language[] = LANGUAGES.filter((l) => CYRILLIC_LANGUAGES.includes(l) || LATIN_LANGUAGES.includes(l) || SCRIPT_LANGUAGES.includes(l));
const ONLY_RUSSIAN = /[ыэъё]/giu;
const ONLY_UKRAINIAN = /[іїєґ]/giu;
/** A Cyrillic text this long without і ї є ґ is not Ukrainian. */
const RUSSIAN_WITHOUT_UKRAINIAN_LETTERS = 60;

/** Pairs tinyld often scores close together, each with short words only one of the two uses. */
const CLOSE_PAIRS: ReadonlyArray<readonly [Language, Language]> = [
  ['ru', 'uk'],
  ['es', 'pt'],
  ['es', 'it'],
  ['pt', 'it'],
  ['fr', 'it'],
  ['lt', 'pl'],
];
const OWN_WORDS: Partial<Record<Language, ReadonlySet<string>>> = {
  es: new Set('el los las y muy pero del al en hola gracias mi mis tengo hay puedo dinero ayer hoy tiene hacer usted ustedes vosotros necesito sigue llega todavia todavía tambien también despues después ahora ahí aqui aquí'.split(' ')),
  pt: new Set('o os e nao não muito obrigado obrigada voce você voces vocês minha meu meus minhas um uma do da dos das em pra pro com ao tem isso dinheiro ja já ontem hoje ainda onde podem fazer preciso ola olá oi tambem também agora depois aqui então entao'.split(' ')),
  it: new Set('il gli di che non sono ho per mio mia miei ciao grazie ancora anche ieri oggi dove sul nel della'.split(' ')),
  fr: new Set('les et est je ne pas mon mes une des du au avec pour sur dans ce qui que vous nous bonjour merci depuis toujours mais'.split(' ')),
  ru: new Set('и что это как меня мне он она они все уже еще его'.split(' ')),
  uk: new Set('і що це як мене мені він вона вони все вже ще його'.split(' ')),
  lt: new Set('ir kad man mano mane su ar yra nera nėra labai prasau prašau aciu ačiū jau dar kur kaip pinigai'.split(' ')),
  pl: new Set('w z nie jest się sie że ze mój moje mam ale czy proszę prosze już juz mnie jestem pieniądze'.split(' ')),
};

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

type Script = 'latin' | 'cyrillic' | 'cjk' | 'hangul' | 'arabic' | 'other';

interface ScriptCount {
  readonly script: Script;
  /** Letters of that script, weighted (a Han character counts CJK_LETTER_WEIGHT letters). */
  readonly weighted: number;
}

const LETTER_WEIGHT: Readonly<Record<Script, number>> = { latin: 1, cyrillic: 1, cjk: CJK_LETTER_WEIGHT, hangul: HANGUL_LETTER_WEIGHT, arabic: 1, other: 1 };
const SCRIPT_LETTERS: ReadonlyArray<readonly [Script, RegExp]> = [
  ['latin', /\p{Script=Latin}/gu],
  ['cyrillic', /\p{Script=Cyrillic}/gu],
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['hangul', /\p{Script=Hangul}/gu],
  ['arabic', /\p{Script=Arabic}/gu],
];

/** The script with the most weighted letters in the prose; letters of no script above count as "other". */
function scriptOf(prose: string): ScriptCount {
  let best: ScriptCount = { script: 'latin', weighted: 0 };
  let known = 0;
  for (const [script, pattern] of SCRIPT_LETTERS) {
    const letters = count(prose, pattern);
    known += letters;
    if (letters * LETTER_WEIGHT[script] > best.weighted) best = { script, weighted: letters * LETTER_WEIGHT[script] };
  }
  const other = count(prose, /\p{L}/gu) - known;
  return other > best.weighted ? { script: 'other', weighted: other } : best;
}

/** The words of a Cyrillic or Latin text without the words of the other of the two scripts. */
function wordsOfScript(prose: string, cyrillic: boolean): string {
  const foreign = cyrillic ? /\p{Script=Latin}/u : /\p{Script=Cyrillic}/u;
  return prose.split(' ').filter((word) => !foreign.test(word)).join(' ');
}

/** Chinese or Japanese from kana and from the characters only one of them writes; null when too little says which. */
function chineseOrJapanese(prose: string): { language: Language; lead: number } | null {
  const kana = count(prose, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  if (kana >= 2) return { language: 'ja', lead: 1 };
  const japanese = count(prose, ONLY_JAPANESE_KANJI);
  const chinese = count(prose, ONLY_CHINESE_HAN);
  if (japanese + kana > chinese) return { language: 'ja', lead: (japanese + kana) / (japanese + kana + chinese) };
  if (chinese > japanese + kana) return { language: 'zh', lead: chinese / (japanese + kana + chinese) };
  return count(prose, /\p{Script=Han}/gu) >= MIN_HAN_WITHOUT_SIGNS ? { language: 'zh', lead: 1 } : null;
}

/** Arabic, or null for Persian and Urdu (not desk languages), told by the letters only they write. */
function arabicOrNot(prose: string): { language: Language; lead: number } | null {
  const persianUrdu = count(prose, PERSIAN_URDU_LETTERS);
  const arabic = count(prose, ONLY_ARABIC_LETTERS);
  return persianUrdu > arabic ? null : { language: 'ar', lead: 1 };
}

/** The language of a text in a script only one or two desk languages write; null when it is none of them. */
function byScript(script: Script, prose: string): { language: Language; lead: number } | null {
  if (script === 'hangul') return { language: 'ko', lead: 1 };
  if (script === 'cjk') return chineseOrJapanese(prose);
  if (script === 'arabic') return arabicOrNot(prose);
  return null;
}

const tokensOf = (words: string): string[] => words.toLowerCase().split(/[^\p{L}]+/u).filter((token) => token !== '');

/** Vietnamese from its own letters, or from its toneless words making up a good part of the text. */
function isVietnamese(words: string): boolean {
  if (count(words, ONLY_VIETNAMESE) >= VIETNAMESE_LETTERS_ENOUGH) return true;
  const tokens = tokensOf(words);
  const toneless = tokens.filter((token) => TONELESS_VIETNAMESE.has(token));
  return new Set(toneless).size >= 3 && toneless.length >= tokens.length / OWN_WORD_SHARE;
}

/**
 * Indonesian or Malay from their own words making up a good part of the text: three different ones,
 * or in a short line (a subject) two that make up a third of it.
 */
function isIndonesianOrMalay(words: string): boolean {
  const tokens = tokensOf(words);
  const own = tokens.filter((token) => INDONESIAN_WORDS.has(token) || ONLY_INDONESIAN.has(token) || ONLY_MALAY.has(token) || INDONESIAN_SUFFIX.test(token));
  const distinct = new Set(own).size;
  return (distinct >= 3 && own.length >= tokens.length / OWN_WORD_SHARE) || (distinct >= 2 && own.length >= tokens.length / 3);
}

/** Whether an Indonesian-or-Malay text has more words only Malay writes than words only Indonesian writes. */
function isMalay(words: string): boolean {
  const tokens = tokensOf(words);
  const malay = tokens.filter((token) => ONLY_MALAY.has(token)).length;
  return malay >= 2 && malay > tokens.filter((token) => ONLY_INDONESIAN.has(token)).length;
}

/** Russian or Ukrainian from letters the other language lacks; null when they do not settle it. */
function cyrillicByLetters(words: string): Language | null {
  const russian = count(words, ONLY_RUSSIAN);
  const ukrainian = count(words, ONLY_UKRAINIAN);
  if (russian > 0 && ukrainian === 0) return 'ru';
  if (ukrainian > 0 && russian === 0) return 'uk';
  return null;
}

function closePair(a: Language, b: Language | undefined): boolean {
  return b !== undefined && CLOSE_PAIRS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** The one of the pair whose own short words clearly outnumber the other's (at least 2, three times as many); else null. */
function byOwnWords(words: string, pair: readonly [Language, Language]): Language | null {
  const tokens = words.toLowerCase().split(/[^\p{L}]+/u);
  const [a, b] = pair.map((language) => tokens.filter((token) => OWN_WORDS[language]?.has(token)).length) as [number, number];
  if (a >= 2 && a >= 3 * b) return pair[0];
  if (b >= 2 && b >= 3 * a) return pair[1];
  return null;
}

/** The pair's member the subject alone names clearly, if it says enough. */
function bySubject(subject: string, pair: readonly [Language, Language]): Language | null {
  const prose = proseOnly(subject);
  const words = wordsOfScript(prose, scriptOf(prose).script === 'cyrillic');
  if (count(words, /\p{L}/gu) < MIN_LETTERS) return null;
  const own = byOwnWords(words, pair);
  if (own) return own;
  const scores = detectAll(words, { only: [...pair] });
  const [first, second] = scores;
  if (!first || first.accuracy <= 0) return null;
  return first.accuracy / (first.accuracy + (second?.accuracy ?? 0)) >= MIN_LEAD ? (first.lang as Language) : null;
}

export function detectLanguage(text: LanguageText, hints: LanguageHints = {}): LanguageGuess | null {
  const prose = proseOnly(`${text.subject}\n${ownWords(text.body.slice(0, MAX_TEXT * 4))}`).slice(0, MAX_TEXT);
  const { script, weighted } = scriptOf(prose);
  if (script !== 'latin' && script !== 'cyrillic') {
    if (weighted < MIN_LETTERS) return null;
    const found = byScript(script, prose);
    return found && { language: found.language, confidence: round(found.lead * Math.min(1, weighted / CONFIDENT_LETTERS)) };
  }
  const cyrillic = script === 'cyrillic';
  const words = wordsOfScript(prose, cyrillic);
  const letters = count(words, /\p{L}/gu);
  if (letters < MIN_LETTERS) return null;
  const damping = Math.min(1, letters / CONFIDENT_LETTERS);

  if (cyrillic) {
    const byLetters = cyrillicByLetters(words) ?? (letters >= RUSSIAN_WITHOUT_UKRAINIAN_LETTERS && count(words, ONLY_UKRAINIAN) === 0 ? 'ru' : null);
    if (byLetters) return { language: byLetters, confidence: round(damping) };
  }
  if (!cyrillic && isVietnamese(words)) return { language: 'vi', confidence: round(damping) };
  if (!cyrillic && isIndonesianOrMalay(words)) {
    if (!isMalay(words)) return { language: 'id', confidence: round(damping) };
    return hints.customer?.includes('id') ? { language: 'id', confidence: round(damping / 2) } : null;
  }
  const scores = detectAll(words, { only: [...(cyrillic ? CYRILLIC_LANGUAGES : TINYLD_LATIN_LANGUAGES)] });
  const best = scores[0];
  if (!best || best.accuracy <= 0) return null;
  const top = best.lang as Language;
  const runnerUp = scores[1]?.lang as Language | undefined;
  const lead = best.accuracy / (best.accuracy + (scores[1]?.accuracy ?? 0));
  const answer = (language: Language) => ({ language, confidence: round(lead * damping) });

  if (runnerUp !== undefined && closePair(top, runnerUp)) {
    const pair = [top, runnerUp] as const;
    const own = byOwnWords(words, pair);
    if (own) return answer(own);
    if (lead >= MIN_LEAD) return answer(top);
    return answer(bySubject(text.subject, pair) ?? hints.customer?.find((l) => l === top || l === runnerUp) ?? top);
  }
  if (lead >= MIN_LEAD) return answer(top);
  const known = hints.customer?.find((l) => l === top || l === runnerUp);
  return known ? answer(known) : null;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
