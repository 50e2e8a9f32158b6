import type { DeskSettings } from '../../../preload/contract';
import type { KeyValueState } from './key-value-state';

const KEY = 'desk.settings';
export const DEFAULT_SETTINGS: DeskSettings = { keybindings: {}, autoAdvance: true, ackTimeoutMinutes: 5, favoriteMacroIds: [], interfaceLanguage: 'en' };

/** The agent's settings live in the cache, so they survive restarts and need no backend. */
export class SettingsRepository {
  constructor(private readonly state: KeyValueState) {}

  get(): DeskSettings {
    return { ...DEFAULT_SETTINGS, ...(this.state.get<Partial<DeskSettings>>(KEY) ?? {}) };
  }

  update(patch: Partial<DeskSettings>): DeskSettings {
    const next = { ...this.get(), ...patch };
    this.state.set(KEY, next);
    return next;
  }
}
