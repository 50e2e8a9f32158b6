import { create } from 'zustand';
import type { DeskSettings } from '../../../preload/contract/queue-types';
import type { InterfaceLanguage } from '../../../preload/contract/domain-types';
import { call } from '../bridge';
import { translate, useI18nStore, type MessageId } from '../i18n';
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
  /** The interface language; applied to the i18n store as soon as it is known or changed. */
  interfaceLanguage: InterfaceLanguage;
  load(): Promise<void>;
  /** Replaces an action's keys (already checked by the caller); false when main refused. */
  setKeys(actionId: ActionId, keys: readonly string[]): Promise<boolean>;
  resetKeys(actionId: ActionId): Promise<boolean>;
  resetAll(): Promise<boolean>;
  setAutoAdvance(on: boolean): Promise<boolean>;
  setAckTimeout(minutes: number): Promise<boolean>;
  /** Adds the macro to the favourite keys (first free one), or takes it off. */
  toggleFavoriteMacro(macroId: string): Promise<boolean>;
  setInterfaceLanguage(language: InterfaceLanguage): Promise<boolean>;
}

const platform = currentPlatform();

type Persisted = Pick<SettingsState, 'bindings' | 'autoAdvance' | 'ackTimeoutMinutes' | 'favoriteMacroIds' | 'interfaceLanguage'>;

export const MAX_FAVORITE_MACROS = 5;

function fromDesk(settings: DeskSettings): Persisted {
  return {
    bindings: effectiveBindings(settings.keybindings ?? {}, platform),
    autoAdvance: settings.autoAdvance !== false,
    ackTimeoutMinutes: settings.ackTimeoutMinutes ?? 5,
    favoriteMacroIds: settings.favoriteMacroIds ?? [],
    interfaceLanguage: settings.interfaceLanguage ?? 'en',
  };
}

export const useSettingsStore = create<SettingsState>()((set, get) => {
  /** Optimistic: the new keys work at once; main's answer (or a failure) settles it. */
  async function persist(next: Partial<Persisted>, action: MessageId): Promise<boolean> {
    const { bindings, autoAdvance, ackTimeoutMinutes, favoriteMacroIds, interfaceLanguage } = get();
    const before: Persisted = { bindings, autoAdvance, ackTimeoutMinutes, favoriteMacroIds, interfaceLanguage };
    set(next);
    try {
      const saved = await call('settings.set', {
        ...(next.bindings ? { keybindings: overridesOf(next.bindings, platform) } : {}),
        ...(next.autoAdvance !== undefined ? { autoAdvance: next.autoAdvance } : {}),
        ...(next.ackTimeoutMinutes !== undefined ? { ackTimeoutMinutes: next.ackTimeoutMinutes } : {}),
        ...(next.favoriteMacroIds !== undefined ? { favoriteMacroIds: [...next.favoriteMacroIds] } : {}),
        ...(next.interfaceLanguage !== undefined ? { interfaceLanguage: next.interfaceLanguage } : {}),
      });
      set(fromDesk(saved));
      return true;
    } catch (err) {
      set(before);
      reportError(translate(action), err);
      return false;
    }
  }

  return {
    loaded: false,
    bindings: defaultBindings(),
    autoAdvance: true,
    ackTimeoutMinutes: 5,
    favoriteMacroIds: [],
    interfaceLanguage: 'en',
    async load() {
      try {
        const settings = await call('settings.get', {});
        set({ ...fromDesk(settings), loaded: true });
      } catch (err) {
        set({ loaded: true });
        reportError(translate('settings.error.loading'), err);
      }
    },
    setKeys(actionId, keys) {
      return persist({ bindings: { ...get().bindings, [actionId]: [...keys] } }, 'settings.error.savingBinding');
    },
    resetKeys(actionId) {
      return persist({ bindings: { ...get().bindings, [actionId]: defaultBindings()[actionId] } }, 'settings.error.resettingBinding');
    },
    resetAll() {
      return persist({ bindings: defaultBindings() }, 'settings.error.resettingBindings');
    },
    setAutoAdvance(on) {
      return persist({ autoAdvance: on }, 'settings.error.savingAutoAdvance');
    },
    setAckTimeout(minutes) {
      return persist({ ackTimeoutMinutes: minutes }, 'settings.error.savingAck');
    },
    toggleFavoriteMacro(macroId) {
      const current = get().favoriteMacroIds;
      const next = current.includes(macroId) ? current.filter((id) => id !== macroId) : [...current, macroId].slice(0, MAX_FAVORITE_MACROS);
      return persist({ favoriteMacroIds: next }, 'settings.error.savingFavourites');
    },
    setInterfaceLanguage(language) {
      return persist({ interfaceLanguage: language }, 'settings.error.savingLanguage');
    },
  };
});

// The interface follows the setting, optimistic change and main's answer alike.
useSettingsStore.subscribe((s) => useI18nStore.getState().setLanguage(s.interfaceLanguage));

export const keysOf = (id: ActionId): readonly string[] => useSettingsStore.getState().bindings[id];
export { platform as keyPlatform };
