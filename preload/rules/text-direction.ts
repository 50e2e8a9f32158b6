import type { Language } from './domain-shapes';

/**
 * Which way a text runs, for the places the renderer cannot leave to dir="auto": a wrapper that
 * clips or aligns an isolated customer text (the queue row's subject), and the composer, whose
 * direction must follow the ticket's language while it is still empty.
 */
export type TextDirection = 'ltr' | 'rtl';

/** The desk's languages written right to left. */
export const RIGHT_TO_LEFT_LANGUAGES: readonly Language[] = ['ar'];

// Letters of the right-to-left scripts (bidi classes R and AL); digits and marks are not strong.
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;
const LETTER = /\p{L}/u;

/** The language's own direction; unknown languages run left to right. */
export function languageDirection(language: string | null | undefined): TextDirection {
  return RIGHT_TO_LEFT_LANGUAGES.some((l) => l === language) ? 'rtl' : 'ltr';
}

/** The direction of the text's first letter (what dir="auto" decides), or null when it has none. */
export function firstStrongDirection(text: string): TextDirection | null {
  const first = LETTER.exec(text);
  if (!first) return null;
  return RTL_LETTER.test(first[0]) ? 'rtl' : 'ltr';
}

/** The direction of a text being read or written: its first letter, else its language's. */
export function textDirection(text: string, language?: string | null): TextDirection {
  return firstStrongDirection(text) ?? languageDirection(language);
}
