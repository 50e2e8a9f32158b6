import { useState } from 'react';
import type { ProtectionInForce, UndoKind } from '../../../../preload/contract/protection-types';
import { useT } from '../../i18n';
import { UNDO_LABEL } from '../../lib/protection-wording';
import { useProtectionStore } from '../../stores/protection-store';

/** The undos that make sense now: lifting what is in force, and a de-escalation while withdrawals are frozen. */
export function possibleUndos(inForce: readonly ProtectionInForce[]): UndoKind[] {
  const frozen = inForce.some((p) => p.action === 'freeze_withdrawals');
  const locked = inForce.some((p) => p.action === 'lock_account');
  return [...(frozen ? (['unfreeze_withdrawals'] as const) : []), ...(locked ? (['unlock_account'] as const) : []), ...(frozen ? (['deescalate'] as const) : [])];
}

/** Asks a second security agent to approve an undo: which one, why, and the evidence. */
export function UndoRequestForm({ ticketId, inForce, initial, onDone }: { ticketId: string; inForce: readonly ProtectionInForce[]; initial: UndoKind | null; onDone?: () => void }) {
  const t = useT();
  const choices = possibleUndos(inForce);
  const [undo, setUndo] = useState<UndoKind | null>(initial && choices.includes(initial) ? initial : (choices[0] ?? null));
  const [reason, setReason] = useState('');
  const [evidence, setEvidence] = useState('');
  const { requestUndo, closeRequest } = useProtectionStore.getState();
  if (undo === null) return <p className="muted" data-testid="undo-nothing">{t('protection.undo.nothing')}</p>;
  const ready = reason.trim().length >= 3 && evidence.trim().length >= 3;
  return (
    <form
      className="undo-request-form"
      aria-label={t('protection.undo.title')}
      data-testid="undo-request-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) void requestUndo(ticketId, undo, reason.trim(), evidence.trim()).then((ok) => ok && onDone?.());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          closeRequest();
          onDone?.();
        }
      }}
    >
      <p className="undo-request-title">{t('protection.undo.title')}</p>
      {initial === 'deescalate' && <p className="muted">{t('protection.deescalate.needsApproval')}</p>}
      <label>
        {t('protection.undo.which')}
        <select data-testid="undo-kind" value={undo} onChange={(e) => setUndo(e.target.value as UndoKind)}>
          {choices.map((c) => (
            <option key={c} value={c}>
              {t(UNDO_LABEL[c])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('protection.undo.reason')}
        {/* The form opened on request: the reason is what the agent types next. */}
        <input type="text" data-testid="undo-reason" autoFocus required minLength={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <label>
        {t('protection.undo.evidence')}
        <textarea data-testid="undo-evidence" required minLength={3} maxLength={5000} rows={2} value={evidence} onChange={(e) => setEvidence(e.target.value)} />
      </label>
      <button type="submit" className="btn" data-testid="undo-submit" disabled={!ready}>
        {t('protection.undo.submit')}
      </button>
    </form>
  );
}
