import { create } from 'zustand';
import type { MessageKind } from '../../../preload/contract/domain-types';

/** The desk (queue and ticket), the surge view, or the local reports. */
export type Screen = 'desk' | 'surge' | 'reports';

interface UiState {
  screen: Screen;
  setScreen(screen: Screen): void;
  composerMode: MessageKind;
  /** A pending "focus the composer" request for a ticket whose composer is not mounted yet. */
  composerFocus: { ticketId: string; seq: number } | null;
  setComposerMode(mode: MessageKind): void;
  requestComposerFocus(ticketId: string, mode: MessageKind): void;
  clearComposerFocus(): void;
  /** The ticket whose de-escalation reason is being typed (the form is open), if any. */
  deescalatingTicketId: string | null;
  setDeescalating(ticketId: string | null): void;
}

let seq = 0;

export const useUiStore = create<UiState>()((set) => ({
  screen: 'desk',
  setScreen(screen) {
    set({ screen });
  },
  composerMode: 'reply',
  composerFocus: null,
  setComposerMode(mode) {
    set({ composerMode: mode });
  },
  requestComposerFocus(ticketId, mode) {
    set({ composerMode: mode, composerFocus: { ticketId, seq: ++seq } });
  },
  clearComposerFocus() {
    set({ composerFocus: null });
  },
  deescalatingTicketId: null,
  setDeescalating(ticketId) {
    set({ deescalatingTicketId: ticketId });
  },
}));
