import { useRef } from 'react';
import { runAction } from '../keyboard/commands';
import { ariaKeyShortcuts, formatKeys, type ActionId } from '../keyboard/keymap';
import { keyPlatform, useSettingsStore } from '../stores/settings-store';
import { PRIORITIES, TICKET_STATUSES, type Ticket } from '../../../preload/contract/domain-types';
import { announce } from '../stores/announce-store';
import { useSessionStore } from '../stores/session-store';
import { useTicketStore } from '../stores/ticket-store';
import { ChoiceSelect } from './ChoiceSelect';

/**
 * Status, priority and "Take" for the open ticket. Reached with Tab: they come right after the
 * queue and before the conversation. Mount keyed by ticket id so a pending choice is sent for
 * the ticket it was made on.
 */
export function TicketControls({ ticket }: { ticket: Ticket }) {
  const myId = useSessionStore((s) => s.session?.agent.id ?? null);
  const update = useTicketStore((s) => s.update);
  const statusRef = useRef<HTMLSelectElement>(null);
  const mine = myId !== null && ticket.assigneeId === myId;

  return (
    <div className="ticket-controls" role="group" aria-label="Ticket actions">
      <ChoiceSelect
        label="Status"
        testId="status-select"
        value={ticket.status}
        options={TICKET_STATUSES}
        selectRef={statusRef}
        onCommit={(status) => {
          void update(ticket.id, { status });
          announce(`Status set to ${status}`);
        }}
      />
      <ChoiceSelect
        label="Priority"
        testId="priority-select"
        value={ticket.priority}
        options={PRIORITIES}
        onCommit={(priority) => {
          void update(ticket.id, { priority });
          announce(`Priority set to ${priority}`);
        }}
      />
      <ActionButton id="ticket.tag" label="Tags…" />
      <ActionButton id="ticket.snooze" label="Snooze…" />
      {myId !== null && !mine && (
        <button
          type="button"
          className="btn btn-small btn-take"
          data-testid="take-button"
          title="Assign this ticket to me"
          onClick={() => {
            runAction('ticket.take', { context: 'ticket', element: document.activeElement });
            // The button goes away once the ticket is mine: focus stays in the same group.
            statusRef.current?.focus();
          }}
        >
          Take
        </button>
      )}
    </div>
  );
}

/** A keymap action as a button, showing its keys. */
function ActionButton({ id, label }: { id: ActionId; label: string }) {
  const keys = useSettingsStore((s) => s.bindings[id]);
  return (
    <button
      type="button"
      className="btn btn-small"
      data-testid={`action-${id.replace(/\./g, '-')}`}
      title={`${label} (${formatKeys(keys, keyPlatform)})`}
      aria-keyshortcuts={ariaKeyShortcuts(keys, keyPlatform)}
      onClick={() => runAction(id, { context: 'ticket', element: document.activeElement })}
    >
      {label}
    </button>
  );
}
