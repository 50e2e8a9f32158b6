import { create } from 'zustand';
import { MAX_BULK_TICKETS } from '../../../preload/contract/channels';
import type { QueueView } from '../../../preload/contract/queue-types';

/** One bulk change takes at most this many tickets (ticket.bulkUpdate's limit). */
export const MAX_SELECTION = MAX_BULK_TICKETS;

/** Shift+j/k: the rows between where it started (anchor) and the cursor, on top of what was checked before (base). */
export interface SelectionRange {
  view: string;
  anchor: number;
  cursor: number;
  base: ReadonlySet<string>;
}

interface SelectionState {
  /** Tickets checked for a bulk change, in the order they were checked. */
  ids: ReadonlySet<string>;
  /** The view they were checked in; switching views clears them. */
  view: QueueView | null;
  /** Shown in the bulk bar, e.g. when select-all stopped at the cap. */
  note: string | null;
  /** The range Shift+j/k is extending; any other action ends it. */
  range: SelectionRange | null;
  setRange(range: SelectionRange | null): void;
  toggle(id: string, view: QueueView): boolean;
  add(ids: readonly string[], view: QueueView): void;
  remove(ids: readonly string[]): void;
  replace(ids: readonly string[], view: QueueView, note?: string | null): void;
  clear(): void;
}

const EMPTY: ReadonlySet<string> = new Set();

export const useSelectionStore = create<SelectionState>()((set, get) => ({
  ids: EMPTY,
  view: null,
  note: null,
  range: null,
  setRange(range) {
    if (range !== get().range) set({ range });
  },
  toggle(id, view) {
    const ids = new Set(get().view === view ? get().ids : EMPTY);
    const checked = !ids.has(id);
    if (checked) {
      if (ids.size >= MAX_SELECTION) return false;
      ids.add(id);
    } else {
      ids.delete(id);
    }
    set({ ids, view, note: null });
    return checked;
  },
  add(added, view) {
    const ids = new Set(get().view === view ? get().ids : EMPTY);
    for (const id of added) if (ids.size < MAX_SELECTION) ids.add(id);
    set({ ids, view });
  },
  remove(removed) {
    const ids = new Set(get().ids);
    for (const id of removed) ids.delete(id);
    set({ ids, note: ids.size === 0 ? null : get().note });
  },
  replace(ids, view, note = null) {
    set({ ids: new Set(ids.slice(0, MAX_SELECTION)), view, note });
  },
  clear() {
    if (get().ids.size === 0 && get().note === null) return;
    set({ ids: EMPTY, view: null, note: null });
  },
}));

export const selectionCount = (): number => useSelectionStore.getState().ids.size;
