import { create } from 'zustand';
import type { DeskSettings } from '../../../preload/contract/queue-types';
import { call } from '../bridge';
import { currentPlatform, defaultBindings, effectiveBindings, overridesOf, type ActionId, type Bindings } from '../keyboard/keymap';
import { reportError } from './error-store';

interface SettingsState {
  /** False until settings.get answered; the default keymap works meanwhile. */
  loaded: boolean;
  bindings: Bindings;
  autoAdvance: boolean;
  /** Minutes an escalation may wait for security before its timer turns red. */
  ackTimeoutMinutes: number;
  load(): Promise<void>;
  /** Replaces an action's keys (already checked by the caller); false when main refused. */
  setKeys(actionId: ActionId, keys: readonly string[]): Promise<boolean>;
  resetKeys(actionId: ActionId): Promise<boolean>;
  resetAll(): Promise<boolean>;
  setAutoAdvance(on: boolean): Promise<boolean>;
  setAckTimeout(minutes: number): Promise<boolean>;
}

const platform = currentPlatform();

function fromDesk(settings: DeskSettings): Pick<SettingsState, 'bindings' | 'autoAdvance' | 'ackTimeoutMinutes'> {
  return { bindings: effectiveBindings(settings.keybindings ?? {}, platform), autoAdvance: settings.autoAdvance !== false, ackTimeoutMinutes: settings.ackTimeoutMinutes ?? 5 };
}

export const useSettingsStore = create<SettingsState>()((set, get) => {
  /** Optimistic: the new keys work at once; main's answer (or a failure) settles it. */
  async function persist(next: Partial<Pick<SettingsState, 'bindings' | 'autoAdvance' | 'ackTimeoutMinutes'>>, action: string): Promise<boolean> {
    const before = { bindings: get().bindings, autoAdvance: get().autoAdvance, ackTimeoutMinutes: get().ackTimeoutMinutes };
    set(next);
    try {
      const saved = await call('settings.set', {
        ...(next.bindings ? { keybindings: overridesOf(next.bindings, platform) } : {}),
        ...(next.autoAdvance !== undefined ? { autoAdvance: next.autoAdvance } : {}),
        ...(next.ackTimeoutMinutes !== undefined ? { ackTimeoutMinutes: next.ackTimeoutMinutes } : {}),
      });
      set(fromDesk(saved));
      return true;
    } catch (err) {
      set(before);
      reportError(action, err);
      return false;
    }
  }

  return {
    loaded: false,
    bindings: defaultBindings(),
    autoAdvance: true,
    ackTimeoutMinutes: 5,
    async load() {
      try {
        const settings = await call('settings.get', {});
        set({ ...fromDesk(settings), loaded: true });
      } catch (err) {
        set({ loaded: true });
        reportError('Loading your settings', err);
      }
    },
    setKeys(actionId, keys) {
      return persist({ bindings: { ...get().bindings, [actionId]: [...keys] } }, 'Saving the key binding');
    },
    resetKeys(actionId) {
      return persist({ bindings: { ...get().bindings, [actionId]: defaultBindings()[actionId] } }, 'Resetting the key binding');
    },
    resetAll() {
      return persist({ bindings: defaultBindings() }, 'Resetting the key bindings');
    },
    setAutoAdvance(on) {
      return persist({ autoAdvance: on }, 'Saving auto-advance');
    },
    setAckTimeout(minutes) {
      return persist({ ackTimeoutMinutes: minutes }, 'Saving the acknowledgement target');
    },
  };
});

export const keysOf = (id: ActionId): readonly string[] => useSettingsStore.getState().bindings[id];
export { platform as keyPlatform };
