import { queryWords } from './search-text';

/**
 * Turns what an agent types into a safe FTS5 query: every word quoted (so FTS syntax in the
 * input is inert), all words required, the last one a prefix so results come as they type. A
 * Chinese, Japanese or Korean word becomes the phrase of its characters, as the index holds them
 * (search-text.ts).
 */
export function toFtsQuery(text: string): string | null {
  const words = queryWords(text);
  if (words.length === 0) return null;
  return words.map((tokens, i) => `"${tokens.join(' ').replace(/"/g, '""')}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}
