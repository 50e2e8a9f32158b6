import { create } from 'zustand';
import type { SyncStatus } from '../../../preload/contract/queue-types';
import { call } from '../bridge';
import { translate } from '../i18n';
import { reportError } from './error-store';

interface SyncState {
  status: SyncStatus | null;
  syncing: boolean;
  set(status: SyncStatus): void;
  load(): Promise<void>;
  syncNow(): Promise<void>;
}

export const useSyncStore = create<SyncState>()((set) => ({
  status: null,
  syncing: false,
  set(status) {
    set({ status });
  },
  async load() {
    try {
      set({ status: await call('sync.status', {}) });
    } catch (err) {
      reportError(translate('app.error.readingSync'), err);
    }
  },
  async syncNow() {
    set({ syncing: true });
    try {
      set({ status: await call('sync.now', {}) });
    } catch (err) {
      reportError(translate('app.error.syncingNow'), err);
    } finally {
      set({ syncing: false });
    }
  },
}));
