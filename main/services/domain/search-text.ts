/**
 * One form of text for the full-text index and for what the agent types, so a word is found in
 * every script the customers write: Chinese, Japanese and Korean split into single characters
 * (SQLite's unicode61 tokenizer keeps a run of them as one token, so 提币 inside 我的提币还没有到账
 * was never found), Arabic without its optional vowel marks and letter variants, Turkish dotted and
 * dotless i as one letter, Vietnamese đ as d (tone marks are removed by the tokenizer itself).
 * Pure: the index (a SQL function over this) and the query use the same code.
 */

/** Han, Hiragana, Katakana and Hangul: scripts written without spaces between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_EACH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** Arabic short vowels, shadda, sukun, dagger alif and tatweel: written or left out at will. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const FOLD: Record<string, string> = { 'İ': 'i', 'ı': 'i', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي', 'đ': 'd', 'Đ': 'd' };
const FOLD_EACH = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** One spelling for letters written several ways (Arabic marks and variants, Turkish i, đ). */
function fold(text: string): string {
  return text.normalize('NFKC').replace(ARABIC_MARKS, '').replace(FOLD_EACH, (ch) => FOLD[ch]!);
}

/** The text as the index holds it: folded, CJK characters as words of their own. */
export function searchableText(text: string): string {
  const folded = fold(text);
  return hasCjk(folded) ? folded.replace(CJK_EACH, ' $& ') : folded;
}

/**
 * The words of a query, each a list of tokens that must stand next to each other (a CJK word is
 * its characters, in order). Lower-cased and without Latin accents, for the snippet's search.
 */
export function queryWords(text: string, max = 12): string[][] {
  return fold(text)
    .split(/[^\p{L}\p{N}\p{M}_]+/u)
    .filter((w) => w.length > 0)
    .slice(0, max)
    .map((w) => (hasCjk(w) ? w.replace(CJK_EACH, ' $& ').trim().split(/\s+/) : [w]));
}

/** Lower case without accents or marks: how the snippet compares a body with the query. */
export function comparable(text: string): string {
  return fold(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A short piece of the body around the first place a query word occurs, so the agent sees why
 * it matched; the start of the body when no word is found as typed.
 */
export function snippetAround(body: string, query: string, width = 90): { text: string; match: [number, number] | null } {
  const words = queryWords(query)
    .map((w) => comparable(w.join('')))
    .filter((w) => w.trim().length > 0);
  const scanned = body.slice(0, SNIPPET_SCAN_LIMIT);
  // ASCII folds one to one: offsets in the copy are offsets in the body.
  const ascii = /^[\x00-\x7f]*$/.test(scanned);
  const chars = ascii ? scanned : [...scanned];
  const { haystack, starts } = ascii ? { haystack: scanned.toLowerCase(), starts: null } : foldedWithOffsets(chars as string[]);
  let best: [number, number] | null = null;
  for (const word of words) {
    const at = haystack.indexOf(word);
    if (at < 0) continue;
    const range: [number, number] = starts ? [firstAtOrAfter(starts, at), firstAtOrAfter(starts, at + word.length)] : [at, at + word.length];
    if (!best || range[0] < best[0]) best = range;
  }
  const piece = (from: number, to: number) => (typeof chars === 'string' ? chars.slice(from, to) : chars.slice(from, to).join(''));
  if (!best) return { text: piece(0, width) + (chars.length > width ? '…' : ''), match: null };
  const from = Math.max(0, best[0] - Math.floor(width / 3));
  const to = Math.min(chars.length, from + width);
  const prefix = from > 0 ? '…' : '';
  return { text: prefix + piece(from, to) + (to < chars.length || body.length > SNIPPET_SCAN_LIMIT ? '…' : ''), match: [best[0] - from + prefix.length, best[1] - from + prefix.length] };
}

/** A snippet is looked for in the first part of a long body only. */
const SNIPPET_SCAN_LIMIT = 20_000;
const foldedChars = new Map<string, string>();

/**
 * The body folded character by character, with where each character starts in the folded copy,
 * so a match in the copy maps back to the body. ASCII needs only lower case, one to one.
 */
function foldedWithOffsets(chars: readonly string[]): { haystack: string; starts: number[] } {
  const starts: number[] = [];
  let haystack = '';
  for (const ch of chars) {
    starts.push(haystack.length);
    if (ch.charCodeAt(0) < 128) {
      haystack += ch.toLowerCase();
      continue;
    }
    let folded = foldedChars.get(ch);
    if (folded === undefined) {
      folded = comparable(ch) || ' ';
      if (foldedChars.size < 20_000) foldedChars.set(ch, folded);
    }
    haystack += folded;
  }
  starts.push(haystack.length);
  return { haystack, starts };
}

/** The index of the first character starting at or after `offset` (starts is ascending). */
function firstAtOrAfter(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
