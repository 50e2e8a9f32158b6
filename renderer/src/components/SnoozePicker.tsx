import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { snooze } from '../keyboard/commands';
import { formatCount } from '../lib/format';
import { formatSnoozeUntil, parseCustomSnooze, snoozeChoices, toDateTimeLocal } from '../lib/snooze';
import { useDialogStore } from '../stores/dialog-store';
import { useTicketStore } from '../stores/ticket-store';
import { Modal } from './Modal';

/** b: 1 hour, 4 hours, tomorrow 9:00, next week, or a time of the agent's choosing (1–5 pick). */
export function SnoozePicker() {
  const ticketIds = useDialogStore((s) => s.ticketIds);
  const bulk = useDialogStore((s) => s.bulk);
  const close = useDialogStore((s) => s.close);
  const snoozedUntil = useTicketStore((s) => (ticketIds.length === 1 && !bulk ? (s.details[ticketIds[0]!]?.ticket.snoozedUntil ?? null) : null));
  const [now] = useState(() => Date.now());
  const choices = snoozeChoices(new Date(now));
  const [custom, setCustom] = useState(() => toDateTimeLocal(choices[2]!.until));
  const [error, setError] = useState('');
  const listRef = useRef<HTMLDivElement>(null);
  const customId = useId();
  const what = bulk ? `${formatCount(ticketIds.length)} selected ${ticketIds.length === 1 ? 'ticket' : 'tickets'}` : 'this ticket';

  const pick = (until: number | null, words: string): void => {
    const ids = ticketIds;
    close();
    void snooze(ids, until, bulk, words);
  };

  const chooseCustom = (): void => {
    const until = parseCustomSnooze(custom, Date.now());
    if (until === null) {
      setError('Choose a date and time in the future.');
      return;
    }
    pick(until, `Snoozed until ${formatSnoozeUntil(until)}`);
  };

  // Arrow keys walk the choices, digits pick one directly.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = buttons[(at + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length];
      next?.focus();
      return;
    }
    if (/^[1-5]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      buttons[Number(e.key) - 1]?.focus();
      if (Number(e.key) <= choices.length) buttons[Number(e.key) - 1]?.click();
      else document.getElementById(customId)?.focus();
    }
  };

  return (
    <Modal title={`Snooze ${what}`} onClose={close} className="picker" testId="snooze-picker">
      <div className="modal-body" ref={listRef} onKeyDown={onKeyDown}>
        <p className="muted">The ticket leaves the working views until then and comes back on its own.</p>
        <ul className="picker-list">
          {choices.map((c, i) => (
            <li key={c.id}>
              <button
                type="button"
                className="btn picker-choice"
                data-testid={`snooze-${c.id}`}
                data-autofocus={i === 0 ? '' : undefined}
                onClick={() => pick(c.until, `Snoozed until ${formatSnoozeUntil(c.until)}`)}
              >
                <kbd aria-hidden="true">{i + 1}</kbd>
                <span className="picker-label">{c.label}</span>
                <span className="muted">{formatSnoozeUntil(c.until)}</span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="btn picker-choice" data-testid="snooze-custom" onClick={() => document.getElementById(customId)?.focus()}>
              <kbd aria-hidden="true">5</kbd>
              <span className="picker-label">Custom…</span>
            </button>
          </li>
          {snoozedUntil !== null && (
            <li>
              <button type="button" className="btn picker-choice" data-testid="snooze-wake" onClick={() => pick(null, 'Snooze removed')}>
                <span className="picker-label">Wake it now</span>
                <span className="muted">snoozed until {formatSnoozeUntil(snoozedUntil)}</span>
              </button>
            </li>
          )}
        </ul>
        <div className="picker-custom">
          <label htmlFor={customId}>Snooze until</label>
          <input
            id={customId}
            type="datetime-local"
            className="text-input"
            data-testid="snooze-custom-input"
            value={custom}
            min={toDateTimeLocal(now)}
            onChange={(e) => {
              setCustom(e.target.value);
              setError('');
            }}
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === 'Enter') {
                e.preventDefault();
                chooseCustom();
              }
            }}
            aria-describedby={`${customId}-error`}
          />
          <button type="button" className="btn btn-small" onClick={chooseCustom}>
            Snooze until then
          </button>
          <p id={`${customId}-error`} role="alert" className="settings-error">
            {error}
          </p>
        </div>
      </div>
    </Modal>
  );
}
