import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { translate, useT } from '../i18n';
import { snooze } from '../keyboard/commands';
import { formatSnoozeUntil, parseCustomSnooze, snoozeChoices, toDateTimeLocal } from '../lib/snooze';
import { useDialogStore } from '../stores/dialog-store';
import { useTicketStore } from '../stores/ticket-store';
import { Modal } from './Modal';

/** b: 1 hour, 4 hours, tomorrow 9:00, next week, or a time of the agent's choosing (1–5 pick). */
export function SnoozePicker() {
  const t = useT();
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

  const pick = (until: number | null, words: string): void => {
    const ids = ticketIds;
    close();
    void snooze(ids, until, bulk, words);
  };

  const until = (at: number): string => translate('app.snooze.snoozedUntil', { when: formatSnoozeUntil(at) });

  const chooseCustom = (): void => {
    const at = parseCustomSnooze(custom, Date.now());
    if (at === null) {
      setError(translate('app.snooze.futureOnly'));
      return;
    }
    pick(at, until(at));
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
    <Modal title={bulk ? t('app.snooze.titleBulk', { count: ticketIds.length }) : t('app.snooze.title')} onClose={close} className="picker" testId="snooze-picker">
      <div className="modal-body" ref={listRef} onKeyDown={onKeyDown}>
        <p className="muted">{t('app.snooze.explain')}</p>
        <ul className="picker-list">
          {choices.map((c, i) => (
            <li key={c.id}>
              <button
                type="button"
                className="btn picker-choice"
                data-testid={`snooze-${c.id}`}
                data-autofocus={i === 0 ? '' : undefined}
                onClick={() => pick(c.until, until(c.until))}
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
              <span className="picker-label">{t('app.snooze.custom')}</span>
            </button>
          </li>
          {snoozedUntil !== null && (
            <li>
              <button type="button" className="btn picker-choice" data-testid="snooze-wake" onClick={() => pick(null, translate('app.snooze.removed'))}>
                <span className="picker-label">{t('app.snooze.wake')}</span>
                <span className="muted">{t('app.snooze.currently', { when: formatSnoozeUntil(snoozedUntil) })}</span>
              </button>
            </li>
          )}
        </ul>
        <div className="picker-custom">
          <label htmlFor={customId}>{t('app.snooze.untilLabel')}</label>
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
            {t('app.snooze.untilThen')}
          </button>
          <p id={`${customId}-error`} role="alert" className="settings-error">
            {error}
          </p>
        </div>
      </div>
    </Modal>
  );
}
