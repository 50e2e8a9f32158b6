import { ACTION_IDS, type DeskSettings } from '../../../preload/contract';
import type { KeyValueState } from './key-value-state';

const KEY = 'desk.settings';
export const DEFAULT_SETTINGS: DeskSettings = { keybindings: {}, autoAdvance: true, ackTimeoutMinutes: 5, favoriteMacroIds: [], interfaceLanguage: 'en' };

const KNOWN_ACTIONS: ReadonlySet<string> = new Set(ACTION_IDS);

/** The agent's settings live in the cache, so they survive restarts and need no backend. */
export class SettingsRepository {
  constructor(private readonly state: KeyValueState) {}

  get(): DeskSettings {
    const stored = { ...DEFAULT_SETTINGS, ...(this.state.get<Partial<DeskSettings>>(KEY) ?? {}) };
    // A cache written before settings.set checked action ids may hold bindings for ids that do not exist.
    return { ...stored, keybindings: Object.fromEntries(Object.entries(stored.keybindings).filter(([id]) => KNOWN_ACTIONS.has(id))) };
  }

  update(patch: Partial<DeskSettings>): DeskSettings {
    const next = { ...this.get(), ...patch };
    this.state.set(KEY, next);
    return next;
  }
}
