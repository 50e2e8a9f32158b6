import { create } from 'zustand';

interface AnnounceState {
  message: string;
  seq: number;
  announce(message: string): void;
}

/** Feeds the polite live region; seq lets the same sentence be announced twice in a row. */
export const useAnnounceStore = create<AnnounceState>()((set) => ({
  message: '',
  seq: 0,
  announce(message) {
    set((s) => ({ message, seq: s.seq + 1 }));
  },
}));

export const announce = (message: string): void => useAnnounceStore.getState().announce(message);
