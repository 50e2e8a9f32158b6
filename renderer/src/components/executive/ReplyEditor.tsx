import { textDirection } from '../../../../preload/rules/text-direction';
import type { TicketDetail } from '../../../../preload/contract/queue-types';
import { useT, type Translate, LANGUAGE_LABEL } from '../../i18n';
import { ariaKeyShortcuts } from '../../keyboard/keymap';
import { keyPlatform } from '../../stores/settings-store';
import { useMacroStore } from '../../stores/macro-store';
import { blockersOf, canSend, fieldKeys, fieldLabel, useExecutiveStore } from '../../stores/executive-store';
import { KeyCombo } from '../Keys';
import type { ReplyBlocker } from '../../lib/reply-blockers';
import { customerPlain } from '../CustomerText';

export const SEND_KEYS = ['$mod+Enter'] as const;
export const REPLY_TEXT_ID = 'executive-reply-text';

function blockerText(t: Translate, b: ReplyBlocker): string {
  switch (b.kind) {
    case 'empty':
      return t('executive.reply.empty');
    case 'field':
      return b.label;
    case 'notInText':
      return t('executive.reply.notInText', { label: b.label });
    case 'gap':
      return t('executive.reply.gap', { name: b.name });
  }
}

/**
 * The suggested reply, ready to edit: the macro's fill-in fields above it, what still blocks
 * sending below it, and one Send button.
 */
export function ReplyEditor({ detail }: { detail: TicketDetail }) {
  const t = useT();
  const state = useExecutiveStore();
  // Labels come from the library: re-render once the macros have loaded.
  useMacroStore((s) => s.macros);
  const { suggestion, text, renderedText, fields, missing, collision, sending } = state;
  const blockers = blockersOf(state);
  const sendable = canSend(state);
  const keys = fieldKeys(suggestion?.macroId, missing);
  const language = suggestion?.preview.language ?? detail.ticket.language;

  return (
    <section className="executive-reply" aria-labelledby="executive-reply-title" data-testid="executive-reply-section">
      <h3 id="executive-reply-title">{t('executive.reply.title')}</h3>
      <p className="executive-hint" data-testid="executive-suggestion" data-macro-id={suggestion?.macroId ?? ''}>
        {suggestion ? t('executive.reply.suggested', { title: customerPlain(suggestion.title) }) : suggestion === null ? t('executive.reply.none') : t('executive.reply.preparing')}
      </p>
      {keys.length > 0 && (
        <fieldset className="executive-fields">
          <legend>{t('executive.reply.missingTitle')}</legend>
          {keys.map((key) => (
            <label key={key} className="executive-field">
              <span>{fieldLabel(suggestion?.macroId, key)}</span>
              <input type="text" className="text-input" data-testid={`executive-field-${key}`} maxLength={2000} value={fields[key] ?? ''} onChange={(e) => state.setField(key, e.target.value)} />
            </label>
          ))}
        </fieldset>
      )}
      <label className="executive-reply-label" htmlFor={REPLY_TEXT_ID}>
        {t('executive.reply.label', { language: t(LANGUAGE_LABEL[language]) })}
      </label>
      <textarea
        id={REPLY_TEXT_ID}
        className="executive-textarea"
        data-testid="executive-reply"
        lang={language}
        dir={textDirection(text, language)}
        data-language={language}
        rows={10}
        value={text}
        disabled={suggestion === undefined}
        onChange={(e) => state.setText(e.target.value)}
      />
      {suggestion && text !== renderedText && (
        <button type="button" className="btn" data-testid="executive-restore" onClick={() => state.restoreSuggestion()}>
          {t('executive.reply.restore')}
        </button>
      )}
      {collision && (
        <p className="executive-warning" role="alert" data-testid="executive-collision">
          {t('executive.reply.collision')}
        </p>
      )}
      {blockers.length > 0 && suggestion !== undefined && (
        <div className="executive-blockers" data-testid="executive-blockers">
          <p>{t('executive.reply.blockedCount', { count: blockers.length })}</p>
          <ul>
            {blockers.map((b, i) => (
              <li key={i}>{blockerText(t, b)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="executive-send-row">
        <button
          type="button"
          className="btn btn-primary executive-big"
          data-testid="executive-send"
          aria-disabled={!sendable}
          aria-keyshortcuts={ariaKeyShortcuts(SEND_KEYS, keyPlatform)}
          onClick={() => void state.send()}
        >
          <span>{sending ? t('executive.reply.sending') : t('executive.reply.send')}</span>
          <span className="executive-button-keys" aria-hidden="true">
            <KeyCombo combo={SEND_KEYS[0]} />
          </span>
        </button>
        <p className="executive-review">{t('executive.reply.review')}</p>
      </div>
    </section>
  );
}
