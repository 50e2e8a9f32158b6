import { create } from 'zustand';
import type { KeyContext } from '../keyboard/keymap';

export type DialogKind = 'palette' | 'keymap' | 'settings' | 'tags' | 'snooze' | 'macros' | 'macroEditor';

/** Where the agent was when a dialog opened: palette commands act there, focus goes back there. */
export interface Origin {
  context: KeyContext;
  element: Element | null;
}

interface DialogState {
  open: DialogKind | null;
  /** The tickets a tag editor or snooze picker works on. */
  ticketIds: readonly string[];
  /** The snooze picker works on the bulk selection. */
  bulk: boolean;
  origin: Origin | null;
  /** The macro the picker opens on (a favourite key whose macro still needs a value). */
  macroId: string | null;
  show(kind: DialogKind, origin: Origin, ticketIds?: readonly string[], bulk?: boolean, macroId?: string | null): void;
  close(): void;
}

export const useDialogStore = create<DialogState>()((set) => ({
  open: null,
  ticketIds: [],
  bulk: false,
  origin: null,
  macroId: null,
  show(kind, origin, ticketIds = [], bulk = false, macroId = null) {
    set({ open: kind, origin, ticketIds, bulk, macroId });
  },
  close() {
    set({ open: null, ticketIds: [], bulk: false, macroId: null });
  },
}));

export const dialogOpen = (): boolean => useDialogStore.getState().open !== null;
