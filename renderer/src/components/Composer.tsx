import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Customer, Message, MessageKind } from '../../../preload/contract/domain-types';
import { hasUnfilledPlaceholder } from '../../../preload/rules/unfilled-placeholder';
import { call } from '../bridge';
import { translate, useT, type MessageId } from '../i18n';
import { formatCombo } from '../keyboard/clashes';
import { runAction } from '../keyboard/commands';
import { FOCUS_IDS } from '../keyboard/focus';
import { ariaKeyShortcuts } from '../keyboard/keymap';
import { newestSeenMessageId } from '../lib/conversation';
import { debounce } from '../lib/debounce';
import { replyNoticeText } from '../lib/kind-wording';
import { announce } from '../stores/announce-store';
import { reportError } from '../stores/error-store';
import { registerComposer } from '../stores/composer-link';
import { useMacroStore } from '../stores/macro-store';
import { reportStoppedTyping, reportTyping } from '../stores/presence-reporter';
import { keyPlatform, useSettingsStore } from '../stores/settings-store';
import { useTicketStore } from '../stores/ticket-store';
import { useUiStore } from '../stores/ui-store';
import { CollisionWarning } from './CollisionWarning';

const DRAFT_SAVE_DELAY_MS = 400;

interface Props {
  ticketId: string;
  /** TicketDetail.draft; read on mount only, and only when there is no newer local text. */
  savedDraft: string;
}

type SaveState = 'idle' | 'pending' | 'saved' | 'error';
const SAVE_STATE_WORDS: Record<SaveState, MessageId | null> = {
  idle: null,
  pending: 'composer.draft.saving',
  saved: 'composer.draft.saved',
  error: 'composer.draft.notSaved',
};

/** Messages by others that arrived after the last one the agent saw; nothing was sent. */
interface Collision {
  messages: readonly Message[];
  customer: Customer | null;
  kind: MessageKind;
}

/** Mounted per ticket (keyed by id), so a refreshed detail never overwrites what is being typed. */
export function Composer({ ticketId, savedDraft }: Props) {
  const mode = useUiStore((s) => s.composerMode);
  const setMode = useUiStore((s) => s.setComposerMode);
  const focusRequest = useUiStore((s) => s.composerFocus);
  const clearFocusRequest = useUiStore((s) => s.clearComposerFocus);
  const setDraft = useTicketStore((s) => s.setDraft);
  const reply = useTicketStore((s) => s.reply);
  const t = useT();

  // Read once, not subscribed: the pane must not re-render on every keystroke.
  const [initialBody] = useState(() => useTicketStore.getState().drafts[ticketId] ?? savedDraft);
  const [body, setBody] = useState(initialBody);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [sending, setSending] = useState(false);
  const [collision, setCollisionState] = useState<Collision | null>(null);
  const bodyRef = useRef(initialBody);
  const sendingRef = useRef(false);
  // Read by send() right after a keypress, before React has re-rendered.
  const collisionRef = useRef<Collision | null>(null);
  // The newest message the agent had read when they started writing. A message that appears
  // above while they type is not "seen": that is exactly the collision worth a warning.
  const seenRef = useRef<string | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);

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

  useEffect(() => {
    if (focusRequest && focusRequest.ticketId === ticketId) {
      textareaRef.current?.focus();
      clearFocusRequest();
    }
  }, [focusRequest, ticketId, clearFocusRequest]);

  const markSeen = (): void => {
    const detail = useTicketStore.getState().details[ticketId];
    seenRef.current = detail ? newestSeenMessageId(detail.messages) : null;
  };
  // On mount too (once per ticket): a restored draft may be sent without focusing the text.
  useEffect(markSeen, []);

  const update = (text: string): void => {
    bodyRef.current = text;
    setBody(text);
    setDraft(ticketId, text);
  };

  const setCollision = (next: Collision | null): void => {
    collisionRef.current = next;
    setCollisionState(next);
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

  /** Resolves true once the reply or note is queued. */
  const send = async (): Promise<boolean> => {
    const text = bodyRef.current;
    if (sendingRef.current) return false;
    if (text.trim() === '') {
      announce(translate('composer.announce.nothingToSend'));
      return false;
    }
    // Left over from a macro or pasted from a template: never sent to a customer as is (main refuses it too).
    if (hasUnfilledPlaceholder(text)) {
      reportError(translate(mode === 'note' ? 'composer.action.addNote' : 'composer.action.sendReply'), new Error(translate('composer.error.placeholderLeft', { output: '{{ }}', tag: '{% %}' })));
      return false;
    }
    const kind: MessageKind = mode;
    // A second Ctrl+Enter on a shown warning is the agent's "send anyway".
    const ignoreCollision = collisionRef.current !== null;
    const detail = useTicketStore.getState().details[ticketId];
    const lastSeenMessageId = seenRef.current;
    sendingRef.current = true;
    setSending(true);
    saveDraft.cancel();
    reportStoppedTyping(ticketId);
    // Clear at once so the agent can go on; the text comes back if main refuses it.
    update('');
    try {
      const macroIds = kind === 'reply' ? useMacroStore.getState().insertedIds[ticketId] : undefined;
      const receipt = await reply(ticketId, kind, text, { lastSeenMessageId, ignoreCollision, ...(macroIds ? { macroIds } : {}) });
      if (receipt.collision.length > 0) {
        // Shown in the warning now, so the next plain send does not stop at them again.
        seenRef.current = receipt.collision.at(-1)?.id ?? seenRef.current;
        restore(text);
        setCollision({ messages: receipt.collision, customer: detail?.customer ?? null, kind });
        return false;
      }
      if (!receipt.entry) throw new Error(translate('composer.error.notQueued'));
      setCollision(null);
      // A notice (a macro action left out) comes from main as a kind, worded here.
      announce(
        kind === 'note'
          ? translate('composer.announce.noteQueued')
          : receipt.notice
            ? translate('composer.announce.replyQueuedWithNotice', { notice: replyNoticeText(receipt.notice, translate) })
            : translate('composer.announce.replyQueued'),
      );
      if (kind === 'reply') useMacroStore.getState().forget(ticketId);
      // Main clears the saved draft with the reply; text typed since then is saved again.
      if (bodyRef.current !== '') {
        saveDraft(bodyRef.current);
        saveDraft.flush();
      } else {
        setSaveState('idle');
      }
      return true;
    } catch (err) {
      restore(text);
      reportError(translate(kind === 'note' ? 'composer.action.addNote' : 'composer.action.sendReply'), err);
      return false;
    } finally {
      sendingRef.current = false;
      setSending(false);
    }
  };

  // The keymap's "send" and "send and next" (composer.send, composer.sendAndNext) call this one.
  const sendRef = useRef(send);
  useLayoutEffect(() => {
    sendRef.current = send;
  });
  const insertRef = useRef(insert);
  useLayoutEffect(() => {
    insertRef.current = insert;
  });
  useEffect(() => registerComposer({ ticketId, send: () => sendRef.current(), insert: (text) => insertRef.current(text) }), [ticketId]);
  const sendKeys = useSettingsStore((s) => s.bindings['composer.send']);
  const replyKeys = useSettingsStore((s) => s.bindings['ticket.reply']);
  const noteKeys = useSettingsStore((s) => s.bindings['ticket.note']);
  const sendNextKeys = useSettingsStore((s) => s.bindings['composer.sendAndNext']);
  const sendKey = formatCombo(sendKeys[0]!, keyPlatform);
  const sendNextKey = formatCombo(sendNextKeys[0]!, keyPlatform);

  const keepEditing = (): void => {
    setCollision(null);
    textareaRef.current?.focus();
  };

  // Esc closes the warning first and keeps the agent in the composer; the next Esc leaves it.
  const onSectionKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
    if (e.key === 'Escape' && collisionRef.current !== null && !e.nativeEvent.isComposing) {
      e.preventDefault();
      keepEditing();
    }
  };

  const isNote = mode === 'note';
  const saveWords = SAVE_STATE_WORDS[saveState];
  const hint = collision ? t('composer.hint.collision', { sendKey }) : t(isNote ? 'composer.hint.note' : 'composer.hint.reply', { sendKey, sendNextKey });
  return (
    <section
      className={`composer${isNote ? ' composer-note' : ''}`}
      data-region="composer"
      aria-label={t('composer.label')}
      onKeyDown={onSectionKeyDown}
    >
      <div className="composer-toolbar">
        <div className="composer-modes" role="group" aria-label={t('composer.modes')}>
          <button
            type="button"
            className={`btn btn-small${!isNote ? ' is-active' : ''}`}
            aria-pressed={!isNote}
            aria-keyshortcuts={ariaKeyShortcuts(replyKeys, keyPlatform)}
            onClick={() => {
              setMode('reply');
              textareaRef.current?.focus();
            }}
          >
            {t('composer.mode.reply')} <kbd>{formatCombo(replyKeys[0]!, keyPlatform)}</kbd>
          </button>
          <button
            type="button"
            className={`btn btn-small${isNote ? ' is-active' : ''}`}
            aria-pressed={isNote}
            aria-keyshortcuts={ariaKeyShortcuts(noteKeys, keyPlatform)}
            onClick={() => {
              setMode('note');
              textareaRef.current?.focus();
            }}
          >
            {t('composer.mode.note')} <kbd>{formatCombo(noteKeys[0]!, keyPlatform)}</kbd>
          </button>
        </div>
        <span className="composer-save-state" aria-hidden="true">
          {saveWords && t(saveWords)}
        </span>
      </div>
      {collision && (
        <CollisionWarning
          sendKeys={sendKeys}
          messages={collision.messages}
          customer={collision.customer}
          kind={collision.kind}
          busy={sending}
          onSendAnyway={() => {
            void send();
            textareaRef.current?.focus();
          }}
          onKeepEditing={keepEditing}
        />
      )}
      <textarea
        ref={textareaRef}
        id={FOCUS_IDS.composer}
        data-testid="composer"
        data-mode={mode}
        className="composer-input"
        aria-label={t(isNote ? 'composer.input.note' : 'composer.input.reply')}
        aria-keyshortcuts={ariaKeyShortcuts([...sendKeys, ...sendNextKeys], keyPlatform)}
        placeholder={isNote ? t('composer.placeholder.note', { sendKey }) : t('composer.placeholder.reply', { sendKey, sendNextKey })}
        value={body}
        rows={4}
        spellCheck
        onFocus={markSeen}
        onChange={(e) => {
          // Starting a new message after a pause in the composer: what is on screen now was readable.
          if (bodyRef.current.trim() === '' && collisionRef.current === null) markSeen();
          reportTyping(ticketId);
          update(e.target.value);
          setSaveState('pending');
          saveDraft(e.target.value);
        }}
      />
      <div className="composer-actions">
        <span className="composer-hint">{hint}</span>
        <span className="composer-buttons">
          <button
            type="button"
            className="btn"
            aria-disabled={sending}
            aria-keyshortcuts={ariaKeyShortcuts(sendNextKeys, keyPlatform)}
            title={sendNextKey}
            onClick={() => runAction('composer.sendAndNext', { context: 'composer', element: textareaRef.current })}
          >
            {t(isNote ? 'composer.button.addAndNext' : 'composer.button.sendAndNext')}
          </button>
          <button
            type="button"
            className={`btn ${isNote ? 'btn-note' : 'btn-primary'}`}
            aria-disabled={sending}
            aria-keyshortcuts={ariaKeyShortcuts(sendKeys, keyPlatform)}
            onClick={() => {
              void send();
              textareaRef.current?.focus();
            }}
          >
            {t(sending ? 'composer.button.sending' : isNote ? 'composer.button.addNote' : 'composer.button.sendReply')}
          </button>
        </span>
      </div>
    </section>
  );
}
