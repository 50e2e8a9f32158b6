import { hasCjk, queryWords } from './search-text';

export interface FtsQueryOptions {
  /**
   * Search as you type: a last word of one letter (not a CJK character, which is a word) is left
   * out until a second letter comes. As a prefix it stands for every word in the index starting
   * with that letter, which FTS5 merges whole: the dearest keystroke of a query ("xác m" took ten
   * times "xác mi"), and one that narrows nothing yet.
   */
  waitForSecondLetter?: boolean;
}

/**
 * Turns what an agent types into a safe FTS5 query: every word quoted (so FTS syntax in the
 * input is inert), all words required, the last one a prefix so results come as they type. A
 * Chinese, Japanese or Korean word becomes the phrase of its characters, as the index holds them
 * (search-text.ts).
 */
export function toFtsQuery(text: string, options: FtsQueryOptions = {}): string | null {
  let words = queryWords(text);
  const last = words[words.length - 1];
  if (options.waitForSecondLetter && words.length > 1 && last !== undefined && [...last.join('')].length === 1 && !hasCjk(last[0]!)) words = words.slice(0, -1);
  if (words.length === 0) return null;
  return words.map((tokens, i) => `"${tokens.join(' ').replace(/"/g, '""')}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}
