import { create } from 'zustand';
import type { ExplorerTemplates } from '../../../preload/contract/account-settings-types';
import { call } from '../bridge';

// The block explorers the exchange set per network (Settings → Backend), for the account panel's
// links: read once when a link first needs them, replaced when the settings are saved.

interface ExplorerState {
  configured: Readonly<Record<string, ExplorerTemplates>>;
  loaded: boolean;
  load(): Promise<void>;
  set(configured: Readonly<Record<string, ExplorerTemplates>>): void;
}

export const useExplorerStore = create<ExplorerState>()((set, get) => ({
  configured: {},
  loaded: false,
  async load() {
    if (get().loaded) return;
    set({ loaded: true });
    try {
      const view = await call('accountSettings.get', {});
      set({ configured: view.explorers });
    } catch {
      // The defaults stand; the next opening of the settings reads them again.
      set({ loaded: false });
    }
  },
  set(configured) {
    set({ configured, loaded: true });
  },
}));
