import { useEffect } from 'react';
import { useT } from '../i18n';
import { useNow } from '../lib/clock';
import { useEscalationStore } from '../stores/escalation-store';
import { useSettingsStore } from '../stores/settings-store';
import { Keys } from './Keys';

/** The escalation just made, counting down to the moment it leaves the desk, with its one-key undo. */
export function EscalationUndoBar() {
  const t = useT();
  const pending = useEscalationStore((s) => s.pending);
  const keys = useSettingsStore((s) => s.bindings['escalation.undo']);
  const now = useNow(250);
  const left = pending ? Math.ceil((pending.undoUntil - now) / 1000) : 0;
  useEffect(() => {
    if (pending && left <= 0) useEscalationStore.setState({ pending: null });
  }, [pending, left]);
  if (!pending || left <= 0) return null;
  return (
    <div className="bulk-undo escalation-undo" role="status" data-testid="escalation-undo" data-ticket-id={pending.ticketId}>
      <span>{t('escalation.undo.pending', { ticket: pending.ticketId, seconds: left, hold: String(pending.holdWithdrawals) })}</span>
      <button type="button" className="btn" data-testid="escalation-undo-button" onClick={() => void useEscalationStore.getState().withdrawLast()}>
        {t('escalation.undo.button')} <Keys keys={keys} />
      </button>
    </div>
  );
}
