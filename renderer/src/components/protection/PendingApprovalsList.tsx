import { useEffect } from 'react';
import { useT } from '../../i18n';
import { openTicket } from '../../keyboard/commands';
import { formatTimestamp } from '../../lib/format';
import { UNDO_LABEL } from '../../lib/protection-wording';
import { useProtectionStore, watchPendingApprovals } from '../../stores/protection-store';
import { useSessionStore } from '../../stores/session-store';
import { CustomerText } from '../CustomerText';
import './protection.css';

/** The security desk's requests waiting for a second security agent, with the reason and the evidence. */
export function PendingApprovalsList() {
  const t = useT();
  const security = useSessionStore((s) => s.session?.agent.role === 'security');
  const me = useSessionStore((s) => s.session?.agent.id);
  const agentsById = useSessionStore((s) => s.agentsById);
  const name = (id: string) => agentsById.get(id)?.name ?? id;
  // The store's own list, never a new one per render (a selector answering a fresh array loops).
  const pending = useProtectionStore((s) => s.pending);
  const requests = pending?.requests ?? [];
  useEffect(() => (security ? watchPendingApprovals() : undefined), [security]);
  if (!security || requests.length === 0) return null;
  return (
    <section className="pending-approvals" aria-label={t('protection.approvals.label')} data-testid="pending-approvals">
      <p className="pending-approvals-count">{t('protection.approvals.count', { count: requests.length })}</p>
      <ul>
        {requests.map((r) => {
          const undo = t(UNDO_LABEL[r.undo]);
          return (
            <li key={r.id} data-testid="pending-approval" data-request={r.id}>
              <div>
                <strong>{t('protection.request.summary', { undo, agent: name(r.requestedBy), at: formatTimestamp(r.requestedAt) })}</strong>{' '}
                <button type="button" className="link-button" onClick={() => void openTicket(r.ticketId)}>
                  {t('protection.approvals.open')}: <CustomerText className="mono" text={r.ticketId} /> {r.subject !== null && <CustomerText text={r.subject} {...(r.language ? { lang: r.language } : {})} />}
                </button>
              </div>
              <dl className="pending-approval-why">
                <dt>{t('protection.approvals.reason')}</dt>
                <dd data-testid="pending-reason">{r.reason}</dd>
                <dt>{t('protection.approvals.evidence')}</dt>
                <dd data-testid="pending-evidence">{r.evidence}</dd>
              </dl>
              {r.requestedBy === me ? (
                <span className="muted">{t('protection.request.mine')}</span>
              ) : (
                <button type="button" className="btn btn-small" data-testid="approve-pending" aria-label={t('protection.request.approveLabel', { undo, ticketId: r.ticketId })} onClick={() => void useProtectionStore.getState().approve(r.ticketId, r.id)}>
                  {t('protection.request.approve')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
