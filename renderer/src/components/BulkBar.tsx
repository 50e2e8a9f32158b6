import { useT, type MessageId } from '../i18n';
import { runAction } from '../keyboard/commands';
import { ariaKeyShortcuts, formatKeys, type ActionId } from '../keyboard/keymap';
import { useSelectionStore } from '../stores/selection-store';
import { keyPlatform, useSettingsStore } from '../stores/settings-store';

const BUTTONS: ReadonlyArray<{ id: ActionId; label: MessageId; group: 'status' | 'priority' | 'other' }> = [
  { id: 'bulk.status.open', label: 'status.open', group: 'status' },
  { id: 'bulk.status.pending', label: 'status.pending', group: 'status' },
  { id: 'bulk.status.solved', label: 'status.solved', group: 'status' },
  { id: 'bulk.priority.low', label: 'priority.low', group: 'priority' },
  { id: 'bulk.priority.normal', label: 'priority.normal', group: 'priority' },
  { id: 'bulk.priority.high', label: 'priority.high', group: 'priority' },
  { id: 'bulk.priority.urgent', label: 'priority.urgent', group: 'priority' },
  { id: 'bulk.assignToMe', label: 'queue.bulk.assignToMe', group: 'other' },
  { id: 'bulk.snooze', label: 'queue.bulk.snooze', group: 'other' },
  { id: 'selection.clear', label: 'queue.bulk.clear', group: 'other' },
];

/** "N selected" and what can be done to all of them at once (ticket.bulkUpdate, all or nothing). */
export function BulkBar() {
  const t = useT();
  const count = useSelectionStore((s) => s.ids.size);
  const note = useSelectionStore((s) => s.note);
  const bindings = useSettingsStore((s) => s.bindings);
  if (count === 0) return null;

  const button = ({ id, label }: (typeof BUTTONS)[number]) => (
    <button
      key={id}
      type="button"
      className="btn btn-small"
      data-testid={`bulk-${id.replace(/\./g, '-')}`}
      title={t('queue.bulk.buttonTitle', { label: t(label), keys: formatKeys(bindings[id], keyPlatform) })}
      aria-keyshortcuts={ariaKeyShortcuts(bindings[id], keyPlatform)}
      onClick={() => runAction(id, { context: 'selection', element: document.activeElement })}
    >
      {t(label)}
    </button>
  );

  return (
    <div className="bulk-bar" role="group" aria-label={t('queue.bulk.label', { count })} data-region="queue" data-bulk-bar="" data-testid="bulk-bar">
      <p className="bulk-count" data-testid="bulk-count">
        <strong>{t('queue.bulk.count', { count })}</strong>
      </p>
      <div className="bulk-actions">
        <span className="bulk-group" role="group" aria-label={t('queue.bulk.status')}>
          <span className="bulk-label" aria-hidden="true">
            {t('queue.bulk.status')}
          </span>
          {BUTTONS.filter((b) => b.group === 'status').map(button)}
        </span>
        <span className="bulk-group" role="group" aria-label={t('queue.bulk.priority')}>
          <span className="bulk-label" aria-hidden="true">
            {t('queue.bulk.priority')}
          </span>
          {BUTTONS.filter((b) => b.group === 'priority').map(button)}
        </span>
        <span className="bulk-group">{BUTTONS.filter((b) => b.group === 'other').map(button)}</span>
      </div>
      {note && (
        <p className="bulk-note" data-testid="bulk-note">
          {note}
        </p>
      )}
    </div>
  );
}
