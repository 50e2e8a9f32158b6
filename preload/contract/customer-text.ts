import { codePointLabel, hiddenCharacters } from './text-marks';

/**
 * Text a customer (or a backend) wrote, shown outside a message body: subjects, names, e-mails,
 * user ids, tags, macro titles. A direction control inside it (U+202E turns `fdp.exe` into what
 * reads `exe.pdf`) or an invisible character must never act on what the agent reads: each one is
 * shown as a mark, and the text is isolated from what stands around it. These are the pure parts;
 * the renderer's <CustomerText> paints them, and plain-text places (desktop notifications,
 * announcements, exports) use the string forms.
 */

export type CustomerTextPart = { hidden: false; text: string } | { hidden: true; text: string; label: string };

/** The text cut into what is shown as written and the hidden characters (each alone), in order. */
export function customerTextParts(value: string): CustomerTextPart[] {
  const parts: CustomerTextPart[] = [];
  let at = 0;
  for (const m of value.matchAll(hiddenCharacters())) {
    if (m.index > at) parts.push({ hidden: false, text: value.slice(at, m.index) });
    parts.push({ hidden: true, text: m[0], label: codePointLabel(m[0]) });
    at = m.index + m[0].length;
  }
  if (at < value.length) parts.push({ hidden: false, text: value.slice(at) });
  return parts;
}

/** Whether the text holds any character that shows as nothing or turns text around. */
export function hasHiddenCharacters(value: string): boolean {
  return hiddenCharacters().test(value);
}

/** The visible mark a hidden character becomes in plain text: ⟨U+202E⟩. */
export function visibleMark(char: string): string {
  return `⟨${codePointLabel(char)}⟩`;
}

/** Plain text with every hidden character replaced by its visible mark (no control is left in it). */
export function withVisibleMarks(value: string): string {
  return value.replace(hiddenCharacters(), visibleMark);
}

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Customer text for a plain-text sentence (a notification, a screen-reader announcement): marked,
 * then wrapped in one first-strong isolate, so a right-to-left name cannot reorder the words
 * around it. The isolate is the desk's own and always closed; none of the customer's remain.
 */
export function isolatedPlainText(value: string): string {
  return `${FSI}${withVisibleMarks(value)}${PDI}`;
}

/**
 * JSON text with every hidden character written as a \u escape: the same JSON to a parser (an
 * export's hashes still verify), but nothing in the file turns a viewer's lines around. Hidden
 * characters can only stand inside JSON strings, where an escape means the same character.
 */
export function escapeHiddenInJson(json: string): string {
  return json.replace(hiddenCharacters(), (char) =>
    Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`).join(''),
  );
}
