import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { translate, useT } from '../i18n';
import { checkBinding, comboFromEvent, formatCombo, sameCombo } from '../keyboard/clashes';
import { actionMatcher } from '../keyboard/action-filter';
import {
  ACTION_GROUPS,
  ACTIONS,
  MAX_KEYS_PER_ACTION,
  actionById,
  actionTitle,
  boundActions,
  defaultBindings,
  formatKeys,
  groupTitle,
  whereLabel,
  type ActionId,
} from '../keyboard/keymap';
import { announce } from '../stores/announce-store';
import { useDialogStore } from '../stores/dialog-store';
import { keyPlatform, useSettingsStore } from '../stores/settings-store';
import { BackendSettings } from './BackendSettings';
import { InterfaceLanguageSetting } from './InterfaceLanguageSetting';
import { KeyCombo } from './Keys';
import { Modal } from './Modal';

interface Capture {
  actionId: ActionId;
  mode: 'replace' | 'add';
}

type Message = { kind: 'error' | 'ok'; text: string } | null;

const DEFAULTS = defaultBindings();

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => sameCombo(k, b[i]!, keyPlatform));
}

/**
 * Settings: the interface language; rebind any action by pressing the new keys (refused with the
 * reason when the browser or system keeps them, or another action answers to them in the same
 * place), reset to the defaults, and the auto-advance switch. Saved in the cache through settings.set.
 */
export function SettingsView() {
  const t = useT();
  const close = useDialogStore((s) => s.close);
  const bindings = useSettingsStore((s) => s.bindings);
  const autoAdvance = useSettingsStore((s) => s.autoAdvance);
  const ackTimeout = useSettingsStore((s) => s.ackTimeoutMinutes);
  const { setKeys, resetKeys, resetAll, setAutoAdvance, setAckTimeout } = useSettingsStore.getState();
  const [filter, setFilter] = useState('');
  const [capture, setCapture] = useState<Capture | null>(null);
  const [message, setMessage] = useState<Message>(null);
  // After a change, focus goes to this action's "Change" button (the capture field is gone).
  const [focusAction, setFocusAction] = useState<ActionId | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const ids = { filter: useId(), auto: useId(), ack: useId(), help: useId() };

  useEffect(() => {
    if (focusAction === null) return;
    const button = bodyRef.current?.querySelector<HTMLButtonElement>(`[data-action-id="${focusAction}"] [data-testid="settings-change"]`);
    button?.focus();
    setFocusAction(null);
  }, [focusAction]);

  const say = (next: Message): void => {
    setMessage(next);
    if (next?.kind === 'ok') announce(next.text);
  };

  const shown = ACTIONS.filter(actionMatcher(filter, bindings));

  const onCaptured = async (combo: string): Promise<void> => {
    if (!capture) return;
    const def = actionById(capture.actionId)!;
    const id = def.id as ActionId;
    const current = bindings[capture.actionId];
    if (capture.mode === 'add' && current.some((k) => sameCombo(k, combo, keyPlatform))) {
      say({ kind: 'error', text: translate('settings.keys.alreadyKey', { combo: formatCombo(combo, keyPlatform), action: actionTitle(id) }) });
      return;
    }
    const verdict = checkBinding(def, combo, boundActions(bindings), keyPlatform);
    if (!verdict.ok) {
      // Still listening: the agent can press another combination straight away.
      say({ kind: 'error', text: verdict.message });
      return;
    }
    const keys = capture.mode === 'replace' ? [combo] : [...current, combo].slice(0, MAX_KEYS_PER_ACTION);
    setCapture(null);
    setFocusAction(id);
    if (await setKeys(id, keys)) say({ kind: 'ok', text: translate('settings.keys.nowKeys', { action: actionTitle(id), keys: formatKeys(keys, keyPlatform) }) });
    else say({ kind: 'error', text: translate('settings.keys.notSaved') });
  };

  const onCaptureKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
    if (e.key === 'Tab' && plain) {
      // Tab keeps moving focus (it is reserved anyway); leaving the field cancels.
      setCapture(null);
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Escape' && plain && !e.shiftKey) {
      const id = capture?.actionId ?? null;
      setCapture(null);
      setFocusAction(id);
      say({ kind: 'ok', text: translate('settings.keys.nothingChanged') });
      return;
    }
    const combo = comboFromEvent(e.nativeEvent, keyPlatform);
    if (combo !== null) void onCaptured(combo);
  };

  const removeKey = async (actionId: ActionId, combo: string): Promise<void> => {
    const keys = bindings[actionId].filter((k) => k !== combo);
    if (keys.length === 0) {
      say({ kind: 'error', text: translate('settings.keys.needsOne', { action: actionTitle(actionId) }) });
      return;
    }
    setFocusAction(actionId);
    if (await setKeys(actionId, keys)) {
      say({ kind: 'ok', text: translate('settings.keys.removed', { combo: formatCombo(combo, keyPlatform), action: actionTitle(actionId), keys: formatKeys(keys, keyPlatform) }) });
    }
  };

  const reset = async (actionId: ActionId): Promise<void> => {
    const def = actionById(actionId)!;
    // The default may meanwhile belong to another action the agent rebound.
    const others = boundActions({ ...bindings, [actionId]: [] });
    const clash = DEFAULTS[actionId].map((k) => checkBinding(def, k, others, keyPlatform)).find((v) => !v.ok);
    if (clash && !clash.ok) {
      say({ kind: 'error', text: translate('settings.keys.cannotReset', { reason: clash.message }) });
      return;
    }
    if (await resetKeys(actionId)) {
      say({ kind: 'ok', text: translate('settings.keys.backTo', { action: actionTitle(actionId), keys: formatKeys(DEFAULTS[actionId], keyPlatform) }) });
    }
  };

  return (
    <Modal title={t('settings.title')} onClose={close} className="settings" testId="settings-view">
      <div className="modal-body settings-body" ref={bodyRef}>
        <InterfaceLanguageSetting />

        <section className="settings-section" aria-labelledby={`${ids.auto}-h`}>
          <h3 id={`${ids.auto}-h`} className="section-title">
            {t('settings.triage.title')}
          </h3>
          <div className="settings-toggle">
            <input
              id={ids.auto}
              type="checkbox"
              data-testid="auto-advance"
              checked={autoAdvance}
              onChange={(e) => {
                const on = e.target.checked;
                void setAutoAdvance(on).then((ok) => ok && say({ kind: 'ok', text: translate(on ? 'settings.autoAdvance.on' : 'settings.autoAdvance.off') }));
              }}
              aria-describedby={`${ids.auto}-d`}
            />
            <label htmlFor={ids.auto}>{t('settings.autoAdvance.label')}</label>
            <span id={`${ids.auto}-d`} className="muted">
              {t('settings.autoAdvance.help', { sendAndNext: actionTitle('composer.sendAndNext') })}
            </span>
          </div>
          <div className="setting-row">
            <label htmlFor={ids.ack}>{t('settings.ack.label')}</label>
            <input
              id={ids.ack}
              type="number"
              min={1}
              max={120}
              data-testid="ack-timeout"
              defaultValue={ackTimeout}
              key={ackTimeout}
              onBlur={(e) => {
                const minutes = Number(e.target.value);
                if (!Number.isInteger(minutes) || minutes < 1 || minutes > 120) {
                  say({ kind: 'error', text: translate('settings.ack.invalid') });
                  return;
                }
                if (minutes !== ackTimeout) void setAckTimeout(minutes).then((ok) => ok && say({ kind: 'ok', text: translate('settings.ack.saved', { minutes }) }));
              }}
              aria-describedby={`${ids.ack}-d`}
            />
            <span id={`${ids.ack}-d`} className="muted">
              {t('settings.ack.help')}
            </span>
          </div>
        </section>

        <section className="settings-section" aria-labelledby={`${ids.help}-h`}>
          <h3 id={`${ids.help}-h`} className="section-title">
            {t('settings.keys.title')}
          </h3>
          <div className="modal-toolbar">
            <label htmlFor={ids.filter} className="visually-hidden">
              {t('settings.keys.filterLabel')}
            </label>
            <input
              id={ids.filter}
              type="search"
              className="text-input"
              data-autofocus=""
              data-testid="settings-filter"
              placeholder={t('settings.keys.filterPlaceholder')}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
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
                <caption>{groupTitle(group)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('actionTable.action')}</th>
                    <th scope="col">{t('actionTable.keys')}</th>
                    <th scope="col">{t('actionTable.where')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('settings.keys.change')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((a) => {
                    const keys = bindings[a.id];
                    const title = actionTitle(a.id);
                    const capturing = capture?.actionId === a.id;
                    const changed = !sameKeys(keys, DEFAULTS[a.id]);
                    return (
                      <tr key={a.id} data-testid="settings-row" data-action-id={a.id} className={changed ? 'is-changed' : undefined}>
                        <th scope="row">
                          {title}
                          {changed && <span className="settings-changed"> {t('settings.keys.changed')}</span>}
                        </th>
                        <td>
                          {capturing ? (
                            <input
                              // Focused on mount: the next key press is the new binding.
                              ref={(el) => el?.focus()}
                              className="text-input capture-input"
                              data-testid="settings-capture"
                              readOnly
                              value=""
                              placeholder={t('settings.keys.capturePlaceholder')}
                              aria-label={t(capture.mode === 'add' ? 'settings.keys.captureAdditional' : 'settings.keys.captureNew', { action: title })}
                              aria-describedby={`${ids.help}-d`}
                              onKeyDown={onCaptureKeyDown}
                              onBlur={() => setCapture(null)}
                            />
                          ) : (
                            <ul className="settings-keys">
                              {keys.map((k) => (
                                <li key={k}>
                                  <KeyCombo combo={k} />
                                  {keys.length > 1 && (
                                    <button
                                      type="button"
                                      className="btn-icon"
                                      aria-label={t('settings.keys.removeLabel', { combo: formatCombo(k, keyPlatform), action: title })}
                                      onClick={() => void removeKey(a.id, k)}
                                    >
                                      ×
                                    </button>
                                  )}
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                        <td className="muted">{whereLabel(a.when)}</td>
                        <td className="settings-actions">
                          <button
                            type="button"
                            className="btn btn-small"
                            data-testid="settings-change"
                            aria-label={t('settings.keys.changeLabel', { action: title })}
                            onClick={() => {
                              setMessage(null);
                              setCapture({ actionId: a.id, mode: 'replace' });
                            }}
                          >
                            {t('settings.keys.change')}
                          </button>
                          {keys.length < MAX_KEYS_PER_ACTION && (
                            <button
                              type="button"
                              className="btn btn-small"
                              data-testid="settings-add"
                              aria-label={t('settings.keys.addLabel', { action: title })}
                              onClick={() => {
                                setMessage(null);
                                setCapture({ actionId: a.id, mode: 'add' });
                              }}
                            >
                              {t('settings.keys.add')}
                            </button>
                          )}
                          {changed && (
                            <button
                              type="button"
                              className="btn btn-small"
                              data-testid="settings-reset"
                              aria-label={t('settings.keys.resetLabel', { action: title, keys: formatKeys(DEFAULTS[a.id], keyPlatform) })}
                              onClick={() => void reset(a.id)}
                            >
                              {t('settings.keys.reset')}
                            </button>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            );
          })}
          {shown.length === 0 && <p className="empty-note">{t('settings.keys.noMatch', { filter })}</p>}
        </section>

        {/* After the keys: Shift+Tab from the keys' filter still reaches the triage settings. */}
        <BackendSettings />
      </div>
    </Modal>
  );
}
