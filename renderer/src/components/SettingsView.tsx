import { useId, useState } from 'react';
import { translate, useT } from '../i18n';
import { actionMatcher } from '../keyboard/action-filter';
import { ACTION_GROUPS, ACTIONS } from '../keyboard/keymap';
import { announce } from '../stores/announce-store';
import { useDialogStore } from '../stores/dialog-store';
import { useSettingsStore } from '../stores/settings-store';
import { ActionFilterField } from './ActionFilterField';
import { ActionTableHead } from './ActionTableHead';
import { BackendSettings } from './BackendSettings';
import { InterfaceLanguageSetting } from './InterfaceLanguageSetting';
import { Modal } from './Modal';
import { KeyBindingRow } from './settings/KeyBindingRow';
import { TriageSettings } from './settings/TriageSettings';
import { useKeyRebinding, type Capture, type SettingsMessage } from './settings/useKeyRebinding';

/**
 * Settings: the interface language; the backend; triage (auto-advance, the acknowledgement
 * timeout); rebind any action by pressing the new keys (settings/useKeyRebinding.ts), reset to the
 * defaults. Saved in the cache through settings.set.
 */
export function SettingsView() {
  const t = useT();
  const close = useDialogStore((s) => s.close);
  const bindings = useSettingsStore((s) => s.bindings);
  const { resetAll } = useSettingsStore.getState();
  const [filter, setFilter] = useState('');
  const [message, setMessage] = useState<SettingsMessage>(null);
  const ids = { filter: useId(), help: useId() };

  const say = (next: SettingsMessage): void => {
    setMessage(next);
    if (next?.kind === 'ok') announce(next.text);
  };
  const { capture, setCapture, bodyRef, onCaptureKeyDown, removeKey, reset } = useKeyRebinding(bindings, say);
  const startCapture = (next: Capture | null): void => {
    if (next) setMessage(null);
    setCapture(next);
  };

  const shown = ACTIONS.filter(actionMatcher(filter, bindings));

  return (
    <Modal title={t('settings.title')} onClose={close} className="settings" testId="settings-view">
      <div className="modal-body settings-body" ref={bodyRef}>
        <InterfaceLanguageSetting />

        {/* Near the top, not below the long list of keys; triage stays just before the keys' filter (Shift+Tab). */}
        <BackendSettings />

        <TriageSettings say={say} />

        <section className="settings-section" aria-labelledby={`${ids.help}-h`}>
          <h3 id={`${ids.help}-h`} className="section-title">
            {t('settings.keys.title')}
          </h3>
          <div className="modal-toolbar">
            <ActionFilterField
              id={ids.filter}
              label={t('settings.keys.filterLabel')}
              placeholder={t('settings.keys.filterPlaceholder')}
              testId="settings-filter"
              value={filter}
              onChange={setFilter}
            />
            <button
              type="button"
              className="btn btn-small"
              data-testid="settings-reset-all"
              onClick={() => void resetAll().then((ok) => ok && say({ kind: 'ok', text: translate('settings.keys.allReset') }))}
            >
              {t('settings.keys.resetAll')}
            </button>
          </div>
          <p id={`${ids.help}-d`} className="muted settings-help">
            {t('settings.keys.help')}
          </p>
          <div className="settings-messages">
            <p role="alert" className="settings-error" data-testid="settings-error">
              {message?.kind === 'error' ? message.text : ''}
            </p>
            <p role="status" className="settings-ok" data-testid="settings-status">
              {message?.kind === 'ok' ? message.text : ''}
            </p>
          </div>
          {ACTION_GROUPS.map((group) => {
            const rows = shown.filter((a) => a.group === group);
            if (rows.length === 0) return null;
            return (
              <table key={group} className="keymap-table settings-table">
                <ActionTableHead group={group}>
                  <th scope="col">
                    <span className="visually-hidden">{t('settings.keys.change')}</span>
                  </th>
                </ActionTableHead>
                <tbody>
                  {rows.map((a) => (
                    <KeyBindingRow
                      key={a.id}
                      action={a}
                      keys={bindings[a.id]}
                      capture={capture?.actionId === a.id ? capture : null}
                      helpId={`${ids.help}-d`}
                      onCaptureKeyDown={onCaptureKeyDown}
                      onStartCapture={startCapture}
                      onRemoveKey={(combo) => void removeKey(a.id, combo)}
                      onReset={() => void reset(a.id)}
                    />
                  ))}
                </tbody>
              </table>
            );
          })}
          {shown.length === 0 && <p className="empty-note">{t('settings.keys.noMatch', { filter })}</p>}
        </section>
      </div>
    </Modal>
  );
}
