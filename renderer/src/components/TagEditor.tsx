import { useId, useState } from 'react';
import { useT } from '../i18n';
import { saveTags } from '../keyboard/commands';
import { parseTags } from '../lib/snooze';
import { useDialogStore } from '../stores/dialog-store';
import { useTicketStore } from '../stores/ticket-store';
import { Modal } from './Modal';

/** l: the open ticket's tags as one comma-separated line; Enter saves the whole list. */
export function TagEditor() {
  const t = useT();
  const ticketId = useDialogStore((s) => s.ticketIds[0] ?? null);
  const close = useDialogStore((s) => s.close);
  const current = useTicketStore((s) => (ticketId === null ? [] : (s.details[ticketId]?.ticket.tags ?? [])));
  const [text, setText] = useState(() => current.join(', '));
  const [error, setError] = useState('');
  const inputId = useId();
  const parsed = parseTags(text);

  const save = (): void => {
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    if (ticketId === null) return;
    close();
    void saveTags(ticketId, parsed.tags);
  };

  return (
    <Modal title={ticketId === null ? t('app.tags.titleNone') : t('app.tags.title', { id: ticketId })} onClose={close} className="picker" testId="tag-editor">
      <div className="modal-body">
        <label htmlFor={inputId}>{t('app.tags.label')}</label>
        <input
          id={inputId}
          type="text"
          className="text-input tag-input"
          data-autofocus=""
          data-testid="tag-input"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setError('');
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault();
              save();
            }
          }}
          aria-describedby={`${inputId}-preview ${inputId}-error`}
        />
        <p id={`${inputId}-preview`} className="muted">
          {'tags' in parsed && parsed.tags.length > 0 ? t('app.tags.willBe', { tags: parsed.tags.join(', ') }) : t('app.tags.none')} {t('app.tags.keys')}
        </p>
        <p id={`${inputId}-error`} role="alert" className="settings-error">
          {error}
        </p>
        <div className="picker-actions">
          <button type="button" className="btn btn-primary btn-small" onClick={save}>
            {t('app.tags.save')}
          </button>
          <button type="button" className="btn btn-small" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
