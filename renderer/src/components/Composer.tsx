import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { MessageKind } from '../../../preload/contract/domain-types';
import { call } from '../bridge';
import { FOCUS_IDS } from '../keyboard/focus';
import { debounce } from '../lib/debounce';
import { announce } from '../stores/announce-store';
import { reportError } from '../stores/error-store';
import { useTicketStore } from '../stores/ticket-store';
import { useUiStore } from '../stores/ui-store';

const DRAFT_SAVE_DELAY_MS = 400;

interface Props {
  ticketId: string;
  /** TicketDetail.draft; read on mount only, and only when there is no newer local text. */
  savedDraft: string;
}

type SaveState = 'idle' | 'pending' | 'saved' | 'error';

/** Mounted per ticket (keyed by id), so a refreshed detail never overwrites what is being typed. */
export function Composer({ ticketId, savedDraft }: Props) {
  const mode = useUiStore((s) => s.composerMode);
  const setMode = useUiStore((s) => s.setComposerMode);
  const focusRequest = useUiStore((s) => s.composerFocus);
  const clearFocusRequest = useUiStore((s) => s.clearComposerFocus);
  const setDraft = useTicketStore((s) => s.setDraft);
  const reply = useTicketStore((s) => s.reply);

  // Read once, not subscribed: the pane must not re-render on every keystroke.
  const [initialBody] = useState(() => useTicketStore.getState().drafts[ticketId] ?? savedDraft);
  const [body, setBody] = useState(initialBody);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [sending, setSending] = useState(false);
  const bodyRef = useRef(initialBody);
  const sendingRef = useRef(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  const saveDraft = useMemo(
    () =>
      debounce((text: string) => {
        call('draft.save', { ticketId, body: text }).then(
          () => setSaveState('saved'),
          (err: unknown) => {
            setSaveState('error');
            reportError('Saving the draft', err);
          },
        );
      }, DRAFT_SAVE_DELAY_MS),
    [ticketId],
  );
  // Leaving the ticket must not drop the last keystrokes.
  useEffect(() => () => saveDraft.flush(), [saveDraft]);

  useEffect(() => {
    if (focusRequest && focusRequest.ticketId === ticketId) {
      textareaRef.current?.focus();
      clearFocusRequest();
    }
  }, [focusRequest, ticketId, clearFocusRequest]);

  const update = (text: string): void => {
    bodyRef.current = text;
    setBody(text);
    setDraft(ticketId, text);
  };

  const send = async (): Promise<void> => {
    const text = bodyRef.current;
    if (sendingRef.current) return;
    if (text.trim() === '') {
      announce('Nothing to send');
      return;
    }
    const kind: MessageKind = mode;
    sendingRef.current = true;
    setSending(true);
    saveDraft.cancel();
    // Clear at once so the agent can go on; the text comes back if main refuses it.
    update('');
    try {
      await reply(ticketId, kind, text);
      announce(kind === 'note' ? 'Note queued' : 'Reply queued');
      // Main clears the saved draft with the reply; text typed since then is saved again.
      if (bodyRef.current !== '') {
        saveDraft(bodyRef.current);
        saveDraft.flush();
      } else {
        setSaveState('idle');
      }
    } catch (err) {
      const typedSince = bodyRef.current;
      const restored = typedSince === '' ? text : `${text}\n\n${typedSince}`;
      update(restored);
      saveDraft(restored);
      reportError(kind === 'note' ? 'Adding the note' : 'Sending the reply', err);
    } finally {
      sendingRef.current = false;
      setSending(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void send();
    }
  };

  const isNote = mode === 'note';
  const label = isNote ? 'Internal note (not visible to the customer)' : 'Reply to the customer';
  return (
    <section className={`composer${isNote ? ' composer-note' : ''}`} data-region="composer" aria-label="Composer">
      <div className="composer-toolbar">
        <div className="composer-modes" role="group" aria-label="Message type">
          <button
            type="button"
            className={`btn btn-small${!isNote ? ' is-active' : ''}`}
            aria-pressed={!isNote}
            aria-keyshortcuts="r"
            onClick={() => {
              setMode('reply');
              textareaRef.current?.focus();
            }}
          >
            Reply <kbd>r</kbd>
          </button>
          <button
            type="button"
            className={`btn btn-small${isNote ? ' is-active' : ''}`}
            aria-pressed={isNote}
            aria-keyshortcuts="n"
            onClick={() => {
              setMode('note');
              textareaRef.current?.focus();
            }}
          >
            Internal note <kbd>n</kbd>
          </button>
        </div>
        <span className="composer-save-state" aria-hidden="true">
          {saveState === 'pending' ? 'Saving draft…' : saveState === 'saved' ? 'Draft saved' : saveState === 'error' ? 'Draft not saved' : ''}
        </span>
      </div>
      <textarea
        ref={textareaRef}
        id={FOCUS_IDS.composer}
        data-testid="composer"
        data-mode={mode}
        className="composer-input"
        aria-label={label}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        placeholder={isNote ? 'Internal note for colleagues… (Ctrl+Enter to add)' : 'Write a reply… (Ctrl+Enter to send)'}
        value={body}
        rows={4}
        spellCheck
        onChange={(e) => {
          update(e.target.value);
          setSaveState('pending');
          saveDraft(e.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="composer-actions">
        <span className="composer-hint">Ctrl+Enter to {isNote ? 'add note' : 'send'} · Esc to leave</span>
        <button
          type="button"
          className={`btn ${isNote ? 'btn-note' : 'btn-primary'}`}
          aria-disabled={sending}
          onClick={() => {
            void send();
            textareaRef.current?.focus();
          }}
        >
          {sending ? 'Sending…' : isNote ? 'Add internal note' : 'Send reply'}
        </button>
      </div>
    </section>
  );
}
