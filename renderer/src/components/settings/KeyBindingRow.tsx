import type { KeyboardEvent } from 'react';
import { useT } from '../../i18n';
import { formatCombo } from '../../keyboard/clashes';
import { MAX_KEYS_PER_ACTION, actionTitle, formatKeys, whereLabel, type ACTIONS } from '../../keyboard/keymap';
import { keyPlatform } from '../../stores/settings-store';
import { KeyCombo } from '../Keys';
import { DEFAULTS, sameKeys, type Capture } from './useKeyRebinding';

interface Props {
  action: (typeof ACTIONS)[number];
  keys: readonly string[];
  /** The capture in progress, when it is this action's. */
  capture: Capture | null;
  /** The id of the keys' help text (the capture field points to it). */
  helpId: string;
  onCaptureKeyDown(e: KeyboardEvent<HTMLInputElement>): void;
  onStartCapture(capture: Capture | null): void;
  onRemoveKey(combo: string): void;
  onReset(): void;
}

/** One action in the settings' key table: its keys (or the capture field), where they work, change, add, reset. */
export function KeyBindingRow({ action: a, keys, capture, helpId, onCaptureKeyDown, onStartCapture, onRemoveKey, onReset }: Props) {
  const t = useT();
  const title = actionTitle(a.id);
  const changed = !sameKeys(keys, DEFAULTS[a.id]);
  return (
    <tr data-testid="settings-row" data-action-id={a.id} className={changed ? 'is-changed' : undefined}>
      <th scope="row">
        {title}
        {changed && <span className="settings-changed"> {t('settings.keys.changed')}</span>}
      </th>
      <td>
        {capture ? (
          <input
            // Focused on mount: the next key press is the new binding.
            ref={(el) => el?.focus()}
            className="text-input capture-input"
            data-testid="settings-capture"
            readOnly
            value=""
            placeholder={t('settings.keys.capturePlaceholder')}
            aria-label={t(capture.mode === 'add' ? 'settings.keys.captureAdditional' : 'settings.keys.captureNew', { action: title })}
            aria-describedby={helpId}
            onKeyDown={onCaptureKeyDown}
            onBlur={() => onStartCapture(null)}
          />
        ) : (
          <ul className="settings-keys">
            {keys.map((k) => (
              <li key={k}>
                <KeyCombo combo={k} />
                {keys.length > 1 && (
                  <button type="button" className="btn-icon" aria-label={t('settings.keys.removeLabel', { combo: formatCombo(k, keyPlatform), action: title })} onClick={() => onRemoveKey(k)}>
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
        <button type="button" className="btn btn-small" data-testid="settings-change" aria-label={t('settings.keys.changeLabel', { action: title })} onClick={() => onStartCapture({ actionId: a.id, mode: 'replace' })}>
          {t('settings.keys.change')}
        </button>
        {keys.length < MAX_KEYS_PER_ACTION && (
          <button type="button" className="btn btn-small" data-testid="settings-add" aria-label={t('settings.keys.addLabel', { action: title })} onClick={() => onStartCapture({ actionId: a.id, mode: 'add' })}>
            {t('settings.keys.add')}
          </button>
        )}
        {changed && (
          <button
            type="button"
            className="btn btn-small"
            data-testid="settings-reset"
            aria-label={t('settings.keys.resetLabel', { action: title, keys: formatKeys(DEFAULTS[a.id], keyPlatform) })}
            onClick={onReset}
          >
            {t('settings.keys.reset')}
          </button>
        )}
      </td>
    </tr>
  );
}
