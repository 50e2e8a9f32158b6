/** Something that keeps the executive's reply from being sent, and what to show for it. */
export type ReplyBlocker =
  | { kind: 'empty' }
  /** A fill-in field of the suggested macro with no value yet. */
  | { kind: 'field'; key: string; label: string }
  /** The executive rewrote the text and the value typed into a field is no longer in it. */
  | { kind: 'notInText'; key: string; label: string }
  /** A placeholder the ticket has no value for, left as a gap in the untouched suggestion. */
  | { kind: 'gap'; name: string };

export interface ReplyDraft {
  text: string;
  /** What the last rendering of the suggestion put into the text area. */
  renderedText: string;
  /** What that rendering reported missing: "fields.<key>" for fill-in fields, else a placeholder path. */
  missing: readonly string[];
  fields: Readonly<Record<string, string>>;
}

const FIELD_PREFIX = 'fields.';

/**
 * Why the reply cannot go yet. While the text is the rendered suggestion, what the rendering
 * missed blocks it. Once the executive has written their own text, their words are trusted for
 * the gaps, but a value they typed into a field must still be in the text they send.
 */
export function replyBlockers(draft: ReplyDraft, labelOf: (key: string) => string): ReplyBlocker[] {
  if (draft.text.trim() === '') return [{ kind: 'empty' }];
  const edited = draft.text !== draft.renderedText;
  const blockers: ReplyBlocker[] = [];
  for (const path of draft.missing) {
    if (path.startsWith(FIELD_PREFIX)) {
      const key = path.slice(FIELD_PREFIX.length);
      blockers.push({ kind: 'field', key, label: labelOf(key) });
    } else if (!edited) {
      blockers.push({ kind: 'gap', name: path });
    }
  }
  if (edited) {
    for (const [key, value] of Object.entries(draft.fields)) {
      const trimmed = value.trim();
      if (trimmed !== '' && !draft.text.includes(trimmed)) blockers.push({ kind: 'notInText', key, label: labelOf(key) });
    }
  }
  return blockers;
}
