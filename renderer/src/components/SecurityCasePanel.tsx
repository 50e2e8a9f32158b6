import { useEffect, useState } from 'react';
import type { Ticket } from '../../../preload/contract/domain-types';
import type { QueueRow } from '../../../preload/contract/queue-types';
import { call } from '../bridge';
import { translate, useT, STATUS_LABEL } from '../i18n';
import { openTicket } from '../keyboard/commands';
import { formatTimestamp } from '../lib/format';
import { useEscalationStore } from '../stores/escalation-store';
import { reportError } from '../stores/error-store';
import { useSessionStore } from '../stores/session-store';
import { useSettingsStore } from '../stores/settings-store';
import { useTicketStore } from '../stores/ticket-store';
import { useUiStore } from '../stores/ui-store';
import { Keys } from './Keys';
import { CustomerText } from './CustomerText';
import { ProtectionPanel } from './protection/ProtectionPanel';
import { UndoRequestForm } from './protection/UndoRequestForm';
import { useProtectionStore } from '../stores/protection-store';
import { deescalationNeedsApproval } from '../../../preload/rules/protective-actions';

/**
 * The customer's other tickets: a takeover often shows up in more than one. Their number is on the
 * case's action line; the list opens on request, so the conversation keeps its room.
 */
function CustomerTickets({ ticketId }: { ticketId: string }) {
  const [tickets, setTickets] = useState<QueueRow[] | null>(null);
  const t = useT();
  useEffect(() => {
    let live = true;
    call('ticket.customerTickets', { ticketId })
      .then((r) => live && setTickets(r.tickets))
      .catch((err: unknown) => reportError(translate('security.action.loadCustomerTickets'), err));
    return () => {
      live = false;
    };
  }, [ticketId]);
  if (tickets === null) return <p className="muted customer-tickets-note">{t('security.customerTickets.loading')}</p>;
  if (tickets.length === 0) return <p className="muted customer-tickets-note">{t('security.customerTickets.none')}</p>;
  return (
    <details className="customer-tickets-box">
      <summary data-testid="customer-tickets-summary">{t('security.customerTickets.count', { count: tickets.length })}</summary>
      <ul className="customer-tickets" data-testid="customer-tickets">
        {tickets.map((other) => (
          <li key={other.id}>
            <button type="button" className="link-button" onClick={() => void openTicket(other.id)}>
              <CustomerText className="mono" text={other.id} /> <CustomerText text={other.subject} lang={other.language} />
            </button>{' '}
            <span className={`status status-${other.status}`}>{t(STATUS_LABEL[other.status])}</span> <span className="muted">{formatTimestamp(other.updatedAt)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** What a security agent does with a case: acknowledge, claim, de-escalate with a reason, resolve. */
export function SecurityCasePanel({ ticket }: { ticket: Ticket }) {
  const role = useSessionStore((s) => s.session?.agent.role);
  const myId = useSessionStore((s) => s.session?.agent.id);
  const { acknowledge, deescalate } = useEscalationStore.getState();
  const bindings = useSettingsStore((s) => s.bindings);
  const deescalating = useUiStore((s) => s.deescalatingTicketId === ticket.id);
  const setDeescalating = useUiStore((s) => s.setDeescalating);
  const [reason, setReason] = useState('');
  const overview = useProtectionStore((s) => s.byTicket[ticket.id]);
  const t = useT();
  if (role !== 'security' || !ticket.security) return null;
  const inForce = overview?.kind === 'found' ? overview.inForce : [];
  // With withdrawals frozen, de-escalating is a request a second security agent approves.
  const needsApproval = deescalationNeedsApproval(inForce);
  const escalated = ticket.escalatedAt !== null;

  return (
    <section className="security-panel" aria-label={t('security.case.label')} data-testid="security-panel">
      <div className="security-actions">
        {escalated && ticket.acknowledgedAt === null && (
          <button type="button" className="btn" data-testid="acknowledge-button" onClick={() => void acknowledge(ticket.id, false)}>
            {t('security.case.acknowledge')} <Keys keys={bindings['security.acknowledge']} />
          </button>
        )}
        {escalated && ticket.assigneeId !== myId && (
          <button type="button" className="btn btn-primary" data-testid="claim-button" onClick={() => void acknowledge(ticket.id, true)}>
            {t('security.case.claim')} <Keys keys={bindings['security.claim']} />
          </button>
        )}
        <button type="button" className="btn" data-testid="deescalate-button" aria-expanded={deescalating} onClick={() => setDeescalating(deescalating ? null : ticket.id)}>
          {t('security.case.deescalate')} <Keys keys={bindings['security.deescalate']} />
        </button>
        <button type="button" className="btn" data-testid="resolve-button" onClick={() => void useTicketStore.getState().update(ticket.id, { status: 'solved' })}>
          {t('security.case.resolve')}
        </button>
      </div>
      {deescalating && needsApproval && <UndoRequestForm ticketId={ticket.id} inForce={inForce} initial="deescalate" onDone={() => setDeescalating(null)} />}
      {deescalating && !needsApproval && (
        <form
          className="deescalate-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim().length < 3) return;
            void deescalate(ticket.id, reason.trim()).then((ok) => {
              if (ok) {
                setReason('');
                setDeescalating(null);
              }
            });
          }}
        >
          <label>
            {t('security.case.deescalateQuestion')}
            <input
              type="text"
              data-testid="deescalate-reason"
              // The form opened on request: the reason is what the agent types next.
              autoFocus
              required
              minLength={3}
              maxLength={2000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setDeescalating(null);
              }}
            />
          </label>
          <button type="submit" className="btn" data-testid="deescalate-confirm" disabled={reason.trim().length < 3}>
            {t('security.case.deescalateConfirm')}
          </button>
        </form>
      )}
      <ProtectionPanel ticketId={ticket.id} />
      <CustomerTickets ticketId={ticket.id} />
    </section>
  );
}
