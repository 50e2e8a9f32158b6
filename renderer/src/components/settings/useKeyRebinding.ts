import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { translate } from '../../i18n';
import { checkBinding, comboFromEvent, formatCombo, sameCombo } from '../../keyboard/clashes';
import { MAX_KEYS_PER_ACTION, actionById, actionTitle, boundActions, defaultBindings, formatKeys, type ActionId, type Bindings } from '../../keyboard/keymap';
import { keyPlatform, useSettingsStore } from '../../stores/settings-store';

export interface Capture {
  actionId: ActionId;
  mode: 'replace' | 'add';
}

export type SettingsMessage = { kind: 'error' | 'ok'; text: string } | null;

export const DEFAULTS = defaultBindings();

export function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => sameCombo(k, b[i]!, keyPlatform));
}

/**
 * Rebinding an action by pressing the new keys: the capture in progress, the checks (refused with
 * the reason when the browser or system keeps the keys, or another action answers to them in the
 * same place), removing one key, resetting to the defaults; `say` reports the outcome.
 */
export function useKeyRebinding(bindings: Bindings, say: (message: SettingsMessage) => void) {
  const { setKeys, resetKeys } = useSettingsStore.getState();
  const [capture, setCapture] = useState<Capture | null>(null);
  // After a change, focus goes to this action's "Change" button (the capture field is gone).
  const [focusAction, setFocusAction] = useState<ActionId | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusAction === null) return;
    const button = bodyRef.current?.querySelector<HTMLButtonElement>(`[data-action-id="${focusAction}"] [data-testid="settings-change"]`);
    button?.focus();
    setFocusAction(null);
  }, [focusAction]);

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

  return { capture, setCapture, bodyRef, onCaptureKeyDown, removeKey, reset };
}
