import { useId, useState } from 'react';
import { saveTags } from '../keyboard/commands';
import { parseTags } from '../lib/snooze';
import { useDialogStore } from '../stores/dialog-store';
import { useTicketStore } from '../stores/ticket-store';
import { Modal } from './Modal';

/** l: the open ticket's tags as one comma-separated line; Enter saves the whole list. */
export function TagEditor() {
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
    <Modal title={`Tags of ${ticketId ?? 'the ticket'}`} onClose={close} className="picker" testId="tag-editor">
      <div className="modal-body">
        <label htmlFor={inputId}>Tags, separated by commas</label>
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
          {'tags' in parsed && parsed.tags.length > 0 ? `Will be: ${parsed.tags.join(', ')}.` : 'No tags.'} Enter saves, Esc cancels.
        </p>
        <p id={`${inputId}-error`} role="alert" className="settings-error">
          {error}
        </p>
        <div className="picker-actions">
          <button type="button" className="btn btn-primary btn-small" onClick={save}>
            Save tags
          </button>
          <button type="button" className="btn btn-small" onClick={close}>
            Cancel
          </button>
        </div>
      </div>
    </Modal>
  );
}
