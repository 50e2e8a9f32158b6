import { useId, useState } from 'react';
import { ESCALATION_REASONS, type EscalationReason, type Ticket } from '../../../preload/contract/domain-types';
import type { OutboxEntry } from '../../../preload/contract/queue-types';
import { useT, type MessageId, SECURITY_REASON_LABEL } from '../i18n';
import { useEscalationStore } from '../stores/escalation-store';
import { useSettingsStore } from '../stores/settings-store';
import { AckTimer } from './AckTimer';
import { Keys } from './Keys';

export type EscalationDelivery = 'queued' | 'failed' | 'delivered' | 'acknowledged';

/** Where the escalation is: still in this desk's outbox, at the backend, or taken by security. */
export function escalationDelivery(ticket: Ticket, outbox: readonly OutboxEntry[]): EscalationDelivery | null {
  const mine = [...outbox].reverse().find((e) => e.kind === 'escalate' && e.state !== 'discarded');
  if (mine && (mine.state === 'pending' || mine.state === 'sending')) return 'queued';
  if (mine?.state === 'failed') return 'failed';
  if (ticket.escalatedAt === null) return null;
  return ticket.acknowledgedAt !== null ? 'acknowledged' : 'delivered';
}

const DELIVERY_WORDS: Record<EscalationDelivery, MessageId> = {
  queued: 'security.delivery.queued',
  failed: 'security.delivery.failed',
  delivered: 'security.delivery.delivered',
  acknowledged: 'security.delivery.acknowledged',
};

/**
 * Always in the ticket header: the escalate button (and its key). The reason pick-list, the note
 * and the withdrawal hold open inline only when asked for; untouched, the defaults go with one
 * key, and the undo window (EscalationUndoBar) takes a mistaken press back.
 */
export function EscalationControls({ ticket, outbox }: { ticket: Ticket; outbox: readonly OutboxEntry[] }) {
  const draft = useEscalationStore((s) => s.drafts[ticket.id]) ?? useEscalationStore.getState().draftFor(ticket.id, ticket.topic);
  const setDraft = useEscalationStore((s) => s.setDraft);
  const escalate = useEscalationStore((s) => s.escalate);
  const keys = useSettingsStore((s) => s.bindings['ticket.escalate']);
  const delivery = escalationDelivery(ticket, outbox);
  const [optionsOpen, setOptionsOpen] = useState(false);
  const optionsId = useId();
  const t = useT();

  return (
    <section className={`escalation${delivery ? ` is-${delivery}` : ''}`} aria-label={t('security.escalation.label')} data-testid="escalation">
      {delivery !== null && (
        <p className="escalation-state" data-testid="escalation-state" data-state={delivery} role="status">
          <span className="escalation-state-dot" aria-hidden="true" />
          {t(DELIVERY_WORDS[delivery])}
          {ticket.escalatedAt !== null && <AckTimer escalatedAt={ticket.escalatedAt} acknowledgedAt={ticket.acknowledgedAt} />}
        </p>
      )}
      {delivery === null && optionsOpen && (
        <div className="escalation-form" id={optionsId}>
          <label>
            <span className="visually-hidden">{t('security.escalation.reasonLabel')}</span>
            <select data-testid="escalation-reason" value={draft.reason} onChange={(e) => setDraft(ticket.id, { reason: e.target.value as EscalationReason }, ticket.topic)}>
              {/* Translated here; the contract's English labels are for the note the backend stores. */}
              {ESCALATION_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(SECURITY_REASON_LABEL[r])}
                </option>
              ))}
            </select>
          </label>
          <label className="escalation-note">
            <span className="visually-hidden">{t('security.escalation.note')}</span>
            <input type="text" data-testid="escalation-note" placeholder={t('security.escalation.note')} maxLength={5000} value={draft.note} onChange={(e) => setDraft(ticket.id, { note: e.target.value }, ticket.topic)} />
          </label>
          <label className="escalation-hold">
            <input type="checkbox" data-testid="escalation-hold" checked={draft.holdWithdrawals} onChange={(e) => setDraft(ticket.id, { holdWithdrawals: e.target.checked }, ticket.topic)} />
            {t('security.escalation.hold')}
          </label>
        </div>
      )}
      {delivery === null && (
        <button type="button" className="btn btn-small escalation-options" data-testid="escalation-options" aria-expanded={optionsOpen} aria-controls={optionsOpen ? optionsId : undefined} onClick={() => setOptionsOpen((open) => !open)}>
          {t(optionsOpen ? 'escalation.options.hide' : 'escalation.options.show')}
        </button>
      )}
      <button type="button" className="btn btn-escalate" data-testid="escalate-button" onClick={() => void escalate(ticket.id, ticket.topic)}>
        {t(delivery === null ? 'security.escalation.escalate' : 'security.escalation.again')} <Keys keys={keys} />
      </button>
    </section>
  );
}
