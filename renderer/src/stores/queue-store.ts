import { create, type StoreApi } from 'zustand';
import type { QueueView } from '../../../preload/contract/queue-types';
import { createQueueLoader, type QueueLoader } from './queue-loader';
import { findLoaded, keptPages, pageOf, rowAt, stepTarget, type Pages } from './queue-pages';

export { PAGE_SIZE, pageOf, rowAt } from './queue-pages';

export interface QueueState {
  view: QueueView;
  /** Rows in the view; null until the first page of the view has arrived. */
  total: number | null;
  /** Loaded pages by page index (offset / PAGE_SIZE). */
  pages: Pages;
  counts: Partial<Record<QueueView, number>>;
  /** Position of the selection; the anchor for j/k even when the ticket left the view. */
  selectedIndex: number;
  /** The ticket the pane shows; stays put when that ticket moves or leaves the view. */
  selectedId: string | null;
  /** Bumped when the list should scroll the selection into view (not for j/k: see queue-reveal). */
  scrollSeq: number;
  loadFailed: boolean;

  /** First load: the visible pages of the view the agent lands on (default: the current one) and the per-view counts. */
  start(view?: QueueView): void;
  setView(view: QueueView): void;
  setVisibleRange(start: number, end: number): void;
  select(index: number, opts?: { scroll?: boolean }): void;
  /**
   * Shows a ticket found elsewhere (search, take next): at `index` when main located it in this
   * view, else detached (the pane shows it, j/k continue from the old place).
   */
  showTicket(ticketId: string, index: number | null): void;
  move(delta: number): void;
  moveToEdge(edge: 'first' | 'last'): void;
  /** Scrolls the selection back into view, e.g. when focus returns to the queue. */
  revealSelection(): void;
  /** The ticket was chosen in another presentation of the view (the topic groups): the list's selection goes to it. */
  followSelected(): void;
  /** Refetches what is on screen after a change in main; other cached pages are dropped as stale. */
  refresh(changedIds?: readonly string[], queueChanged?: boolean): void;
  refreshCounts(): void;
  retry(): void;
  /** Hands j/k and friends to another presentation of the view (the topic groups); returns the undo. */
  overrideCursor(cursor: QueueCursor): () => void;
  /**
   * The list on screen scrolls a row into view straight from the keydown handler, before React
   * re-renders: layout is still clean then, so writing scrollTop costs no forced layout on the
   * j/k hot path. Returns the undo.
   */
  registerRevealer(reveal: (index: number) => void): () => void;
  /** Scrolls the row at index into view, if a list is on screen. */
  reveal(index: number): void;
}

/** Moves through another presentation of the view: while the queue is grouped by topic, j/k walk the groups. */
export interface QueueCursor {
  move(delta: number): void;
  moveToEdge(edge: 'first' | 'last'): void;
}

type Set = StoreApi<QueueState>['setState'];
type Get = StoreApi<QueueState>['getState'];
type LoadingActions = Pick<QueueState, 'start' | 'setView' | 'setVisibleRange' | 'refresh' | 'refreshCounts' | 'retry'>;
type SelectionActions = Pick<QueueState, 'select' | 'showTicket' | 'followSelected' | 'revealSelection'>;
type CursorActions = Pick<QueueState, 'move' | 'moveToEdge' | 'overrideCursor' | 'registerRevealer' | 'reveal'>;

/** The view, its pages on screen and the counts: what is loaded and when it goes stale. */
function loadingActions(set: Set, get: Get, loader: QueueLoader): LoadingActions {
  const { win, ensureVisible, fetchPage } = loader;
  return {
    start(view) {
      if (view !== undefined && view !== get().view) {
        win.reset();
        set({ view, total: null, pages: {}, selectedIndex: -1, selectedId: null });
      }
      ensureVisible();
      void loader.loadCounts();
    },

    setView(view) {
      if (view === get().view) return;
      win.reset();
      loader.forgetLocate();
      win.settleSoon.cancel();
      win.setVisible(0, Math.max(20, win.visible.end - win.visible.start));
      set((s) => ({
        view,
        total: null,
        pages: {},
        selectedIndex: -1,
        selectedId: null,
        loadFailed: false,
        scrollSeq: s.scrollSeq + 1,
      }));
      ensureVisible();
    },

    setVisibleRange(start, end) {
      if (!win.setVisible(start, end)) return;
      // While the scrollbar is dragged across 100k rows, fetch where it settles, not every page passed.
      if (Object.keys(get().pages).length === 0) ensureVisible();
      else win.settleSoon();
    },

    refresh(changedIds, queueChanged = true) {
      const { pages, selectedIndex, total } = get();
      if (total === null) {
        ensureVisible();
        return;
      }
      const keep = new Set(loader.pagesOnScreen());
      if (selectedIndex >= 0) keep.add(pageOf(selectedIndex));
      if (!queueChanged) {
        // Only row contents changed: refetch just the on-screen pages that hold those tickets.
        const ids = new Set(changedIds ?? []);
        const affected = [...keep].filter((p) => pages[p]?.some((r) => ids.has(r.id)));
        for (const p of affected) void fetchPage(p);
        return;
      }
      // Off-screen pages are stale now; they are refetched when scrolled to.
      set({ pages: keptPages(pages, keep) });
      // Answers already on their way for dropped pages predate the change.
      win.dropOthers(keep);
      void Promise.all([...keep].map((p) => fetchPage(p))).then(() => loader.locateSelected());
    },

    refreshCounts() {
      void loader.loadCounts();
    },

    retry() {
      set({ loadFailed: false });
      const { total } = get();
      if (total === null) ensureVisible();
      else get().refresh();
    },
  };
}

/** The selected ticket: chosen by position or by id, and kept across re-sorts. */
function selectionActions(set: Set, get: Get, loader: QueueLoader): SelectionActions {
  const { win, fetchPage } = loader;
  return {
    select(index, opts) {
      const { total, pages, scrollSeq } = get();
      if (total === null || index < 0 || index >= total) return;
      const id = rowAt(pages, index)?.id ?? null;
      set({ selectedIndex: index, selectedId: id, scrollSeq: opts?.scroll ? scrollSeq + 1 : scrollSeq });
      const p = pageOf(index);
      if (pages[p] === undefined && !win.loading(p)) void fetchPage(p);
    },

    showTicket(ticketId, index) {
      const { total, pages, scrollSeq } = get();
      if (index === null || total === null || index < 0 || index >= total) {
        set({ selectedId: ticketId });
        return;
      }
      set({ selectedIndex: index, selectedId: ticketId, scrollSeq: scrollSeq + 1 });
      const p = pageOf(index);
      if (pages[p] === undefined && !win.loading(p)) void fetchPage(p);
      else if (rowAt(pages, index)?.id !== ticketId) void loader.locateSelected();
    },

    followSelected() {
      const { selectedId, selectedIndex, pages } = get();
      if (selectedId === null) return;
      const at = findLoaded(pages, selectedId);
      if (at === null) {
        void loader.locateSelected();
        return;
      }
      if (at !== selectedIndex) set((s) => ({ selectedIndex: at, scrollSeq: s.scrollSeq + 1 }));
    },

    revealSelection() {
      set((s) => ({ scrollSeq: s.scrollSeq + 1 }));
    },
  };
}

/** j/k and friends, which another presentation of the view may take over, and the list's scroll-into-view. */
function cursorActions(get: Get): CursorActions {
  // Bookkeeping that must not trigger renders.
  let cursorOverride: QueueCursor | null = null;
  let revealer: ((index: number) => void) | null = null;
  return {
    move(delta) {
      if (cursorOverride) {
        cursorOverride.move(delta);
        return;
      }
      const { total, pages, selectedIndex, selectedId } = get();
      if (total === null || total === 0) return;
      const target = stepTarget(pages, total, selectedIndex, selectedId, delta);
      // The keyboard handler scrolls the row into view itself (see views/queue-reveal.ts).
      get().select(Math.min(total - 1, Math.max(0, target)));
    },

    moveToEdge(edge) {
      if (cursorOverride) {
        cursorOverride.moveToEdge(edge);
        return;
      }
      const { total } = get();
      if (!total) return;
      get().select(edge === 'first' ? 0 : total - 1);
    },

    overrideCursor(cursor) {
      cursorOverride = cursor;
      return () => {
        if (cursorOverride === cursor) cursorOverride = null;
      };
    },

    registerRevealer(reveal) {
      revealer = reveal;
      return () => {
        if (revealer === reveal) revealer = null;
      };
    },

    reveal(index) {
      if (index >= 0) revealer?.(index);
    },
  };
}

export const useQueueStore = create<QueueState>()((set, get) => {
  const loader = createQueueLoader(set, get);
  return {
    view: 'all',
    total: null,
    pages: {},
    counts: {},
    selectedIndex: -1,
    selectedId: null,
    scrollSeq: 0,
    loadFailed: false,
    ...loadingActions(set, get, loader),
    ...selectionActions(set, get, loader),
    ...cursorActions(get),
  };
});
