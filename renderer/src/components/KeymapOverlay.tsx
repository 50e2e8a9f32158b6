import { useId, useState } from 'react';
import { useRich, useT } from '../i18n';
import { actionMatcher } from '../keyboard/action-filter';
import { ACTION_GROUPS, ACTIONS, actionTitle, whereLabel } from '../keyboard/keymap';
import { useDialogStore } from '../stores/dialog-store';
import { useSettingsStore } from '../stores/settings-store';
import { ActionFilterField } from './ActionFilterField';
import { ActionTableHead } from './ActionTableHead';
import { Keys } from './Keys';
import { Modal } from './Modal';

/** `?`: every action, grouped, with the keys in force; the filter matches titles and keys. */
export function KeymapOverlay() {
  const t = useT();
  const rich = useRich();
  const close = useDialogStore((s) => s.close);
  const bindings = useSettingsStore((s) => s.bindings);
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const matches = actionMatcher(filter, bindings);
  const shown = ACTION_GROUPS.map((group) => ({ group, actions: ACTIONS.filter((a) => a.group === group && matches(a)) })).filter((g) => g.actions.length > 0);
  const count = shown.reduce((n, g) => n + g.actions.length, 0);

  return (
    <Modal title={t('app.keymap.title')} onClose={close} className="keymap-overlay" testId="keymap-overlay">
      <div className="modal-toolbar">
        <ActionFilterField
          id={filterId}
          label={t('app.keymap.filterLabel')}
          placeholder={t('app.keymap.filterPlaceholder')}
          testId="keymap-filter"
          value={filter}
          onChange={setFilter}
          describedBy={`${filterId}-count`}
        />
        <span id={`${filterId}-count`} className="muted" role="status">
          {count === ACTIONS.length ? t('app.keymap.count', { count }) : t('app.keymap.countOf', { count, total: ACTIONS.length })}
        </span>
      </div>
      {/* Focusable so the list scrolls with the arrow keys (it holds no controls of its own). */}
      <div className="modal-body keymap-groups" tabIndex={0} role="region" aria-label={t('app.keymap.groupsLabel')}>
        {shown.length === 0 && <p className="empty-note">{t('app.keymap.noMatch', { filter })}</p>}
        {shown.map(({ group, actions }) => (
          <table key={group} className="keymap-table" data-testid="keymap-group">
            <ActionTableHead group={group} />
            <tbody>
              {actions.map((a) => (
                <tr key={a.id} data-action-id={a.id}>
                  <th scope="row">{actionTitle(a.id)}</th>
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
      <p className="modal-footer muted">{rich('app.keymap.footer', { keys: <Keys keys={bindings['settings.open']} /> })}</p>
    </Modal>
  );
}
