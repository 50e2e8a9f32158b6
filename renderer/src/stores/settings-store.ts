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
  favoriteMacroIds: readonly string[];
  load(): Promise<void>;
  /** Replaces an action's keys (already checked by the caller); false when main refused. */
  setKeys(actionId: ActionId, keys: readonly string[]): Promise<boolean>;
  resetKeys(actionId: ActionId): Promise<boolean>;
  resetAll(): Promise<boolean>;
  setAutoAdvance(on: boolean): Promise<boolean>;
  setAckTimeout(minutes: number): Promise<boolean>;
  /** Adds the macro to the favourite keys (first free one), or takes it off. */
  toggleFavoriteMacro(macroId: string): Promise<boolean>;
}

const platform = currentPlatform();

type Persisted = Pick<SettingsState, 'bindings' | 'autoAdvance' | 'ackTimeoutMinutes' | 'favoriteMacroIds'>;

export const MAX_FAVORITE_MACROS = 5;

function fromDesk(settings: DeskSettings): Persisted {
  return {
    bindings: effectiveBindings(settings.keybindings ?? {}, platform),
    autoAdvance: settings.autoAdvance !== false,
    ackTimeoutMinutes: settings.ackTimeoutMinutes ?? 5,
    favoriteMacroIds: settings.favoriteMacroIds ?? [],
  };
}

export const useSettingsStore = create<SettingsState>()((set, get) => {
  /** Optimistic: the new keys work at once; main's answer (or a failure) settles it. */
  async function persist(next: Partial<Persisted>, action: string): Promise<boolean> {
    const before: Persisted = { bindings: get().bindings, autoAdvance: get().autoAdvance, ackTimeoutMinutes: get().ackTimeoutMinutes, favoriteMacroIds: get().favoriteMacroIds };
    set(next);
    try {
      const saved = await call('settings.set', {
        ...(next.bindings ? { keybindings: overridesOf(next.bindings, platform) } : {}),
        ...(next.autoAdvance !== undefined ? { autoAdvance: next.autoAdvance } : {}),
        ...(next.ackTimeoutMinutes !== undefined ? { ackTimeoutMinutes: next.ackTimeoutMinutes } : {}),
        ...(next.favoriteMacroIds !== undefined ? { favoriteMacroIds: [...next.favoriteMacroIds] } : {}),
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
    favoriteMacroIds: [],
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
    toggleFavoriteMacro(macroId) {
      const current = get().favoriteMacroIds;
      const next = current.includes(macroId) ? current.filter((id) => id !== macroId) : [...current, macroId].slice(0, MAX_FAVORITE_MACROS);
      return persist({ favoriteMacroIds: next }, 'Saving favourite macros');
    },
  };
});

export const keysOf = (id: ActionId): readonly string[] => useSettingsStore.getState().bindings[id];
export { platform as keyPlatform };
