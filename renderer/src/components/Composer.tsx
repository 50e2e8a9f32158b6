import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Language } from '../../../preload/contract/domain-types';
import { textDirection } from '../../../preload/rules/text-direction';
import { useT } from '../i18n';
import { formatCombo } from '../keyboard/clashes';
import { runAction } from '../keyboard/commands';
import { FOCUS_IDS } from '../keyboard/focus';
import { ariaKeyShortcuts } from '../keyboard/keymap';
import { reportTyping } from '../stores/presence-reporter';
import { keyPlatform, useSettingsStore } from '../stores/settings-store';
import { useUiStore } from '../stores/ui-store';
import { CollisionWarning } from './CollisionWarning';
import { LeakWarning } from './privacy/LeakWarning';
import { ComposerActions } from './composer/ComposerActions';
import { ComposerToolbar } from './composer/ComposerToolbar';
import { useComposerDraft } from './composer/useComposerDraft';
import { useComposerLink } from './composer/useComposerLink';
import { useComposerSend } from './composer/useComposerSend';
import { useAutoGrow } from './composer/useAutoGrow';

interface Props {
  ticketId: string;
  /** TicketDetail.draft; read on mount only, and only when there is no newer local text. */
  savedDraft: string;
  /** The ticket's language: a reply is written in it (its spelling rules, its direction while still empty). */
  language?: Language;
}

/**
 * Mounted per ticket (keyed by id), so a refreshed detail never overwrites what is being typed.
 * The text and its saving are composer/useComposerDraft.ts, sending it composer/useComposerSend.ts.
 */
export function Composer({ ticketId, savedDraft, language }: Props) {
  const mode = useUiStore((s) => s.composerMode);
  const setMode = useUiStore((s) => s.setComposerMode);
  const focusRequest = useUiStore((s) => s.composerFocus);
  const clearFocusRequest = useUiStore((s) => s.clearComposerFocus);
  const t = useT();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const draft = useComposerDraft(ticketId, savedDraft, textareaRef);
  const { body, bodyRef, saveState, insert } = draft;
  useAutoGrow(textareaRef, body);
  const { send, sending, collision, collisionRef, setCollision, markSeen, leak, clearLeak } = useComposerSend(ticketId, mode, draft);

  useEffect(() => {
    if (focusRequest && focusRequest.ticketId === ticketId) {
      textareaRef.current?.focus();
      clearFocusRequest();
    }
  }, [focusRequest, ticketId, clearFocusRequest]);

  // The keymap's "send" and "send and next" (composer.send, composer.sendAndNext) call this one.
  useComposerLink(ticketId, send, insert);
  const sendKeys = useSettingsStore((s) => s.bindings['composer.send']);
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
  const hint = collision ? t('composer.hint.collision', { sendKey }) : t(isNote ? 'composer.hint.note' : 'composer.hint.reply', { sendKey, sendNextKey });
  return (
    <section
      className={`composer${isNote ? ' composer-note' : ''}`}
      data-region="composer"
      aria-label={t('composer.label')}
      onKeyDown={onSectionKeyDown}
    >
      <ComposerToolbar
        isNote={isNote}
        saveState={saveState}
        onMode={(next) => {
          setMode(next);
          textareaRef.current?.focus();
        }}
      />
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
      {leak && <LeakWarning leak={leak} busy={sending} onSend={(note) => void send(note)} onKeepEditing={() => { clearLeak(); textareaRef.current?.focus(); }} />}
      <textarea
        ref={textareaRef}
        id={FOCUS_IDS.composer}
        data-testid="composer"
        data-mode={mode}
        className="composer-input"
        // A reply is in the customer's language; a note is the desk's own. The direction follows
        // what is typed (its first letter), and the reply's language while nothing is.
        lang={isNote ? undefined : language}
        dir={textDirection(body, isNote ? null : language)}
        aria-label={t(isNote ? 'composer.input.note' : 'composer.input.reply')}
        aria-keyshortcuts={ariaKeyShortcuts([...sendKeys, ...sendNextKeys], keyPlatform)}
        placeholder={isNote ? t('composer.placeholder.note', { sendKey }) : t('composer.placeholder.reply', { sendKey, sendNextKey })}
        value={body}
        rows={2}
        spellCheck
        onFocus={markSeen}
        onChange={(e) => {
          // Starting a new message after a pause in the composer: what is on screen now was readable.
          if (bodyRef.current.trim() === '' && collisionRef.current === null) markSeen();
          reportTyping(ticketId);
          draft.typed(e.target.value);
        }}
      />
      <ComposerActions
        isNote={isNote}
        sending={sending}
        hint={hint}
        sendKeys={sendKeys}
        sendNextKeys={sendNextKeys}
        sendNextKey={sendNextKey}
        onSendAndNext={() => runAction('composer.sendAndNext', { context: 'composer', element: textareaRef.current })}
        onSend={() => {
          void send();
          textareaRef.current?.focus();
        }}
      />
    </section>
  );
}
