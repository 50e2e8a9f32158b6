import { useId, useState, type FormEvent } from 'react';
import { REVEAL_DURATION_MS, REVEAL_REASONS, type RevealableField, type RevealReason } from '../../../../preload/contract/privacy-types';
import { useT, REVEAL_FIELD_LABEL, REVEAL_REASON_LABEL } from '../../i18n';
import { usePrivacyStore } from '../../stores/privacy-store';
import { useTicketStore } from '../../stores/ticket-store';
import { Modal } from '../Modal';

/** One masked detail of the open ticket's customer, shown for a while with a reason on the audit log. */
export function RevealDialog({ ticketId }: { ticketId: string }) {
  const t = useT();
  const masked = useTicketStore((s) => s.details[ticketId]?.privacy?.masked ?? []);
  const origin = usePrivacyStore((s) => s.revealOrigin);
  const close = usePrivacyStore((s) => s.closeReveal);
  const reveal = usePrivacyStore((s) => s.reveal);
  const [field, setField] = useState<RevealableField | null>(masked[0] ?? null);
  const [reason, setReason] = useState<RevealReason>('verify_identity');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = { field: useId(), reason: useId(), note: useId() };
  const ready = field !== null && !busy && (reason !== 'other' || note.trim().length >= 3);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready || field === null) return;
    setBusy(true);
    const shown = await reveal(ticketId, field, reason, note);
    setBusy(false);
    if (shown) close();
  };

  return (
    <Modal title={t('privacy.reveal.title')} onClose={close} returnFocus={origin?.element ?? null} testId="reveal-dialog">
      {masked.length === 0 ? (
        <p>{t('privacy.reveal.nothingMasked')}</p>
      ) : (
        <form className="reveal-form" onSubmit={(e) => void submit(e)}>
          <p className="muted">{t('privacy.reveal.intro', { minutes: REVEAL_DURATION_MS / 60_000 })}</p>
          <label htmlFor={ids.field}>{t('privacy.reveal.field')}</label>
          <select id={ids.field} data-testid="reveal-field" data-autofocus value={field ?? ''} onChange={(e) => setField(e.target.value as RevealableField)}>
            {masked.map((f) => (
              <option key={f} value={f}>
                {t(REVEAL_FIELD_LABEL[f])}
              </option>
            ))}
          </select>
          <label htmlFor={ids.reason}>{t('privacy.reveal.reason')}</label>
          <select id={ids.reason} data-testid="reveal-reason" value={reason} onChange={(e) => setReason(e.target.value as RevealReason)}>
            {REVEAL_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(REVEAL_REASON_LABEL[r])}
              </option>
            ))}
          </select>
          <label htmlFor={ids.note}>{t('privacy.reveal.note')}</label>
          <input id={ids.note} type="text" data-testid="reveal-note" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
          <div className="modal-actions">
            <button type="submit" className="btn btn-primary" data-testid="reveal-submit" aria-disabled={!ready}>
              {t('privacy.reveal.submit')}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
