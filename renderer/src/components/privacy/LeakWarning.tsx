import { useId, useState } from 'react';
import type { CrossCustomerLeak } from '../../../../preload/contract/privacy-types';
import { useT } from '../../i18n';
import { leakText } from '../../lib/privacy-wording';

interface Props {
  leak: CrossCustomerLeak;
  busy: boolean;
  /** Sends the reply anyway with the agent's note (main puts it on the audit log). */
  onSend(note: string): void;
  onKeepEditing(): void;
}

/** The reply names another customer: nothing was sent; it goes only with a note saying why. */
export function LeakWarning({ leak, busy, onSend, onKeepEditing }: Props) {
  const t = useT();
  const [note, setNote] = useState('');
  const noteId = useId();
  const ready = note.trim().length >= 3 && !busy;
  return (
    <div className="collision leak-warning" role="alert" data-testid="leak-warning" data-identifier={leak.identifier}>
      <p className="collision-title">
        <strong>{t('privacy.leak.title')}</strong>
      </p>
      <p data-testid="leak-reason">{leakText(leak, t)}</p>
      <label htmlFor={noteId}>{t('privacy.leak.note')}</label>
      <input id={noteId} type="text" className="leak-note" data-testid="leak-note" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="collision-actions">
        <button type="button" className="btn btn-small btn-primary" data-testid="leak-send-anyway" aria-disabled={!ready} onClick={() => ready && onSend(note.trim())}>
          {t('privacy.leak.sendAnyway')}
        </button>
        <button type="button" className="btn btn-small" data-testid="leak-keep-editing" onClick={onKeepEditing}>
          {t('privacy.leak.keepEditing')}
        </button>
      </div>
    </div>
  );
}
