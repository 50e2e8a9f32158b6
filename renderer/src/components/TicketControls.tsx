import { useRef } from 'react';
import { useT, PRIORITY_LABEL, STATUS_LABEL } from '../i18n';
import { runAction } from '../keyboard/commands';
import { PRIORITIES, TICKET_STATUSES, type Ticket } from '../../../preload/contract/domain-types';
import { announce } from '../stores/announce-store';
import { useSessionStore } from '../stores/session-store';
import { useTicketStore } from '../stores/ticket-store';
import { ActionButton } from './ActionButton';
import { ChoiceSelect } from './ChoiceSelect';

/**
 * Status, priority and "Take" for the open ticket. Reached with Tab: they come right after the
 * queue and before the conversation. Mount keyed by ticket id so a pending choice is sent for
 * the ticket it was made on.
 */
export function TicketControls({ ticket }: { ticket: Ticket }) {
  const t = useT();
  const myId = useSessionStore((s) => s.session?.agent.id ?? null);
  const update = useTicketStore((s) => s.update);
  const statusRef = useRef<HTMLSelectElement>(null);
  const mine = myId !== null && ticket.assigneeId === myId;

  return (
    <div className="ticket-controls" role="group" aria-label={t('app.controls.label')}>
      <ChoiceSelect
        label={t('app.controls.status')}
        testId="status-select"
        value={ticket.status}
        options={TICKET_STATUSES}
        optionLabel={(status) => t(STATUS_LABEL[status])}
        selectRef={statusRef}
        onCommit={(status) => {
          void update(ticket.id, { status });
          announce(t('app.announce.statusSet', { status }));
        }}
      />
      <ChoiceSelect
        label={t('app.controls.priority')}
        testId="priority-select"
        value={ticket.priority}
        options={PRIORITIES}
        optionLabel={(priority) => t(PRIORITY_LABEL[priority])}
        onCommit={(priority) => {
          void update(ticket.id, { priority });
          announce(t('app.announce.prioritySet', { priority }));
        }}
      />
      <ActionButton id="ticket.tag" messageId="app.controls.tags" testId="action-ticket-tag" context="ticket" />
      <ActionButton id="ticket.snooze" messageId="app.controls.snooze" testId="action-ticket-snooze" context="ticket" />
      {myId !== null && !mine && (
        <button
          type="button"
          className="btn btn-small btn-take"
          data-testid="take-button"
          title={t('app.controls.takeTitle')}
          onClick={() => {
            runAction('ticket.take', { context: 'ticket', element: document.activeElement });
            // The button goes away once the ticket is mine: focus stays in the same group.
            statusRef.current?.focus();
          }}
        >
          {t('app.controls.take')}
        </button>
      )}
    </div>
  );
}
