import { DOMAIN_OF_TOPIC } from '../../../../preload/contract/domain-types';
import type { TicketDetail } from '../../../../preload/contract/queue-types';
import { useT, EXECUTIVE_REASON_LABEL } from '../../i18n';
import { outboxFailureText } from '../../lib/kind-wording';
import { ariaKeyShortcuts } from '../../keyboard/keymap';
import { keyPlatform } from '../../stores/settings-store';
import { useExecutiveStore } from '../../stores/executive-store';
import { alreadyEscalated, canEscalate, entryOf, escalationDefaults } from '../../lib/executive-rules';
import { KeyCombo } from '../Keys';
import { deliveryOf } from './DeliveryLine';

export const ESCALATE_KEYS = ['Shift+E'] as const;
export const ESCALATE_NOTE_ID = 'executive-escalate-note';

/**
 * The way out when in doubt, always on screen with a ticket: one press sends it to security with
 * the reason its topic suggests; a note is optional. Afterwards it says where the escalation is.
 */
export function EscalatePanel({ detail }: { detail: TicketDetail }) {
  const t = useT();
  const phase = useExecutiveStore((s) => s.phase);
  const note = useExecutiveStore((s) => s.note);
  const setNote = useExecutiveStore((s) => s.setNote);
  const escalate = useExecutiveStore((s) => s.escalate);
  const retry = useExecutiveStore((s) => s.retry);
  const entry = useExecutiveStore((s) => entryOf(s.detail, s.escalationEntryId));
  const mine = useExecutiveStore((s) => s.escalationEntryId !== null);
  const allowed = useExecutiveStore((s) => canEscalate(s));
  const escalating = useExecutiveStore((s) => s.escalating);
  const { reason, holdWithdrawals } = escalationDefaults(detail);
  const already = alreadyEscalated(detail);
  const state = mine ? deliveryOf(entry) : null;
  const securityTopic = DOMAIN_OF_TOPIC[detail.ticket.topic] === 'security' && phase === 'working';

  return (
    <section className={`executive-escalate${already ? ' is-done' : ''}`} aria-label={t('executive.escalate.region')} data-testid="executive-escalation">
      {mine && state !== null ? (
        <p className={`executive-escalation-state is-${state}`} data-testid="executive-escalation-state" data-state={state} role="status">
          <span className="executive-dot" aria-hidden="true" />
          <span>
            {state === 'failed'
              ? t('executive.escalate.failed', { error: entry?.failure ? outboxFailureText(entry.failure, t) : '' })
              : state === 'delivered'
                ? t('executive.escalate.delivered')
                : t('executive.escalate.queued')}
          </span>
          {state === 'failed' && entry?.state === 'failed' && (
            <button type="button" className="btn" onClick={() => void retry(entry.id)}>
              {t('executive.delivery.retry')}
            </button>
          )}
        </p>
      ) : already ? (
        <p className="executive-escalation-state" data-testid="executive-escalation-state" data-state="already" role="status">
          {t('executive.escalate.already')}
        </p>
      ) : (
        <>
          {securityTopic && <p className="executive-warning">{t('executive.escalate.securityTopic')}</p>}
          <p className="executive-hint">{t('executive.escalate.explain')}</p>
          <p className="executive-hint" data-testid="executive-escalation-reason" data-reason={reason}>
            {t('executive.escalate.reason', { reason: t(EXECUTIVE_REASON_LABEL[reason]) })}
            {holdWithdrawals && ` ${t('executive.escalate.hold')}`}
          </p>
          <div className="executive-escalate-row">
            <label className="executive-field">
              <span>{t('executive.escalate.note')}</span>
              <input id={ESCALATE_NOTE_ID} type="text" className="text-input" data-testid="executive-escalate-note" maxLength={5000} value={note} onChange={(e) => setNote(e.target.value)} />
            </label>
            <button
              type="button"
              className="btn btn-escalate executive-big"
              data-testid="executive-escalate"
              aria-disabled={!allowed || escalating}
              aria-keyshortcuts={ariaKeyShortcuts(ESCALATE_KEYS, keyPlatform)}
              onClick={() => void escalate()}
            >
              <span>{t('executive.escalate.button')}</span>
              <span className="executive-button-keys" aria-hidden="true">
                <KeyCombo combo={ESCALATE_KEYS[0]} />
              </span>
            </button>
          </div>
        </>
      )}
    </section>
  );
}
