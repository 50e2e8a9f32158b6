import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { call } from '../../bridge';
import { translate, type MessageId } from '../../i18n';
import { debounce } from '../../lib/debounce';
import { reportError } from '../../stores/error-store';
import { useTicketStore } from '../../stores/ticket-store';

const DRAFT_SAVE_DELAY_MS = 400;

export type SaveState = 'idle' | 'pending' | 'saved' | 'error';
export const SAVE_STATE_WORDS: Record<SaveState, MessageId | null> = {
  idle: null,
  pending: 'composer.draft.saving',
  saved: 'composer.draft.saved',
  error: 'composer.draft.notSaved',
};

/**
 * What the agent is writing for one ticket: the text (also kept in the ticket store, ahead of
 * the debounced draft.save), whether the draft is saved, and the edits that are not typing:
 * text put back after a refused send, a macro inserted at the cursor.
 */
export function useComposerDraft(ticketId: string, savedDraft: string, textareaRef: RefObject<HTMLTextAreaElement | null>) {
  const setDraft = useTicketStore((s) => s.setDraft);
  // Read once, not subscribed: the pane must not re-render on every keystroke.
  const [initialBody] = useState(() => useTicketStore.getState().drafts[ticketId] ?? savedDraft);
  const [body, setBody] = useState(initialBody);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  // Read right after a keypress, before React has re-rendered.
  const bodyRef = useRef(initialBody);

  const saveDraft = useMemo(
    () =>
      debounce((text: string) => {
        call('draft.save', { ticketId, body: text }).then(
          () => setSaveState('saved'),
          (err: unknown) => {
            setSaveState('error');
            reportError(translate('composer.action.saveDraft'), err);
          },
        );
      }, DRAFT_SAVE_DELAY_MS),
    [ticketId],
  );
  // Leaving the ticket must not drop the last keystrokes.
  useEffect(() => () => saveDraft.flush(), [saveDraft]);

  const update = (text: string): void => {
    bodyRef.current = text;
    setBody(text);
    setDraft(ticketId, text);
  };

  /** Typed by the agent: saved once they pause. */
  const typed = (text: string): void => {
    update(text);
    setSaveState('pending');
    saveDraft(text);
  };

  /** Puts unsent text back, ahead of anything typed while it was on its way. */
  const restore = (text: string): void => {
    const typedSince = bodyRef.current;
    const restored = typedSince === '' ? text : `${text}\n\n${typedSince}`;
    update(restored);
    saveDraft(restored);
  };

  /** A macro goes where the cursor is, as a paragraph of its own. */
  const insert = (text: string): void => {
    const el = textareaRef.current;
    const current = bodyRef.current;
    const start = el ? el.selectionStart : current.length;
    const end = el ? el.selectionEnd : current.length;
    const before = current.slice(0, start);
    const gap = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    const next = `${before}${gap}${text}${current.slice(end)}`;
    update(next);
    saveDraft(next);
    const caret = before.length + gap.length + text.length;
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(caret, caret);
    });
  };

  /** The reply or note was queued: main cleared the saved draft with it; text typed since is saved again. */
  const sent = (): void => {
    if (bodyRef.current !== '') {
      saveDraft(bodyRef.current);
      saveDraft.flush();
    } else {
      setSaveState('idle');
    }
  };

  return { body, bodyRef, saveState, saveDraft, update, typed, restore, insert, sent };
}

export type ComposerDraft = ReturnType<typeof useComposerDraft>;
