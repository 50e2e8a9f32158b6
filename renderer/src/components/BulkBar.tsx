import { runAction } from '../keyboard/commands';
import { ariaKeyShortcuts, formatKeys, type ActionId } from '../keyboard/keymap';
import { formatCount } from '../lib/format';
import { useSelectionStore } from '../stores/selection-store';
import { keyPlatform, useSettingsStore } from '../stores/settings-store';

const BUTTONS: ReadonlyArray<{ id: ActionId; label: string; group: 'status' | 'priority' | 'other' }> = [
  { id: 'bulk.status.open', label: 'Open', group: 'status' },
  { id: 'bulk.status.pending', label: 'Pending', group: 'status' },
  { id: 'bulk.status.solved', label: 'Solved', group: 'status' },
  { id: 'bulk.priority.low', label: 'Low', group: 'priority' },
  { id: 'bulk.priority.normal', label: 'Normal', group: 'priority' },
  { id: 'bulk.priority.high', label: 'High', group: 'priority' },
  { id: 'bulk.priority.urgent', label: 'Urgent', group: 'priority' },
  { id: 'bulk.assignToMe', label: 'Assign to me', group: 'other' },
  { id: 'bulk.snooze', label: 'Snooze…', group: 'other' },
  { id: 'selection.clear', label: 'Clear', group: 'other' },
];

/** "N selected" and what can be done to all of them at once (ticket.bulkUpdate, all or nothing). */
export function BulkBar() {
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
      title={`${label} (${formatKeys(bindings[id], keyPlatform)})`}
      aria-keyshortcuts={ariaKeyShortcuts(bindings[id], keyPlatform)}
      onClick={() => runAction(id, { context: 'selection', element: document.activeElement })}
    >
      {label}
    </button>
  );

  return (
    <div className="bulk-bar" role="group" aria-label={`Change ${formatCount(count)} selected tickets`} data-region="queue" data-bulk-bar="" data-testid="bulk-bar">
      <p className="bulk-count" data-testid="bulk-count">
        <strong>{formatCount(count)}</strong> selected
      </p>
      <div className="bulk-actions">
        <span className="bulk-group" role="group" aria-label="Status">
          <span className="bulk-label" aria-hidden="true">
            Status
          </span>
          {BUTTONS.filter((b) => b.group === 'status').map(button)}
        </span>
        <span className="bulk-group" role="group" aria-label="Priority">
          <span className="bulk-label" aria-hidden="true">
            Priority
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
