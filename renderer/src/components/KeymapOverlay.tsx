import { useId, useState } from 'react';
import { actionMatcher } from '../keyboard/action-filter';
import { ACTION_GROUPS, ACTIONS, whereLabel } from '../keyboard/keymap';
import { useDialogStore } from '../stores/dialog-store';
import { useSettingsStore } from '../stores/settings-store';
import { Keys } from './Keys';
import { Modal } from './Modal';

/** `?`: every action, grouped, with the keys in force; the filter matches titles and keys. */
export function KeymapOverlay() {
  const close = useDialogStore((s) => s.close);
  const bindings = useSettingsStore((s) => s.bindings);
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const matches = actionMatcher(filter, bindings);
  const shown = ACTION_GROUPS.map((group) => ({ group, actions: ACTIONS.filter((a) => a.group === group && matches(a)) })).filter((g) => g.actions.length > 0);
  const count = shown.reduce((n, g) => n + g.actions.length, 0);

  return (
    <Modal title="Keyboard shortcuts" onClose={close} className="keymap-overlay" testId="keymap-overlay">
      <div className="modal-toolbar">
        <label htmlFor={filterId} className="visually-hidden">
          Filter shortcuts
        </label>
        <input
          id={filterId}
          type="search"
          className="text-input"
          data-autofocus=""
          data-testid="keymap-filter"
          placeholder="Filter: a title or a key…"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          aria-describedby={`${filterId}-count`}
        />
        <span id={`${filterId}-count`} className="muted" role="status">
          {count === ACTIONS.length ? `${count} shortcuts` : `${count} of ${ACTIONS.length} shortcuts`}
        </span>
      </div>
      {/* Focusable so the list scrolls with the arrow keys (it holds no controls of its own). */}
      <div className="modal-body keymap-groups" tabIndex={0} role="region" aria-label="Shortcuts by group">
        {shown.length === 0 && <p className="empty-note">No shortcut matches “{filter}”.</p>}
        {shown.map(({ group, actions }) => (
          <table key={group} className="keymap-table" data-testid="keymap-group">
            <caption>{group}</caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Keys</th>
                <th scope="col">Where</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <tr key={a.id} data-action-id={a.id}>
                  <th scope="row">{a.title}</th>
                  <td>
                    <Keys keys={bindings[a.id]} />
                  </td>
                  <td className="muted">{whereLabel(a.when)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <p className="modal-footer muted">
        Change any of these in Settings (<Keys keys={bindings['settings.open']} />
        ). Keys without Ctrl or Alt do nothing while you type in a text field.
      </p>
    </Modal>
  );
}
