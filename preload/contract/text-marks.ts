/**
 * What the desk and main agree on about showing customer text: how much of a message body is
 * painted (and so checked), and which characters show as nothing or turn the text around.
 */

/** Message bodies are shown, and checked for look-alikes, up to this many characters; the rest is counted, not painted. */
export const MESSAGE_DISPLAY_LIMIT = 20_000;

/**
 * Characters a reader cannot see: every default-ignorable code point (zero-width characters,
 * soft hyphen, invisible operators, fillers, variation selectors, tags, …), every bidi control
 * (embeddings, overrides, isolates and the direction marks), and control characters other than
 * tab and line breaks. Unicode properties, so the set follows the engine's Unicode data rather
 * than a hand-kept list.
 */
export const HIDDEN_CHARACTER_CLASS = '[\\p{Default_Ignorable_Code_Point}\\p{Bidi_Control}\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]';

/** A fresh global matcher of hidden characters (one per scan: global regexes carry state). */
export function hiddenCharacters(): RegExp {
  return new RegExp(HIDDEN_CHARACTER_CLASS, 'gu');
}

/** "U+200F": how a hidden character without a name of its own is named. */
export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
