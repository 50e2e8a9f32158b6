import { create } from 'zustand';
import { QUEUE_VIEWS, type QueuePage, type QueueRow, type QueueView } from '../../../preload/contract/queue-types';
import { call } from '../bridge';
import { translate } from '../i18n';
import { createPagedWindow } from '../lib/paged-window';
import { FOCUS_IDS } from '../keyboard/focus';
import { reportError } from './error-store';

export const PAGE_SIZE = 200;
/** Rows fetched beyond the visible range so slow scrolling never shows placeholders. */
const PREFETCH_ROWS = 60;
/** 40 pages = 8,000 rows: bounded memory however far the agent scrolls. */
const MAX_CACHED_PAGES = 40;

type Pages = Readonly<Record<number, readonly QueueRow[]>>;

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

export const pageOf = (index: number): number => Math.floor(index / PAGE_SIZE);

/** Moves through another presentation of the view: while the queue is grouped by topic, j/k walk the groups. */
export interface QueueCursor {
  move(delta: number): void;
  moveToEdge(edge: 'first' | 'last'): void;
}
export function rowAt(pages: Pages, index: number): QueueRow | undefined {
  if (index < 0) return undefined;
  return pages[pageOf(index)]?.[index % PAGE_SIZE];
}

function isLoaded(pages: Pages, id: string): boolean {
  return findLoaded(pages, id) !== null;
}

function findLoaded(pages: Pages, id: string): number | null {
  for (const [key, rows] of Object.entries(pages)) {
    const i = rows.findIndex((r) => r.id === id);
    if (i >= 0) return Number(key) * PAGE_SIZE + i;
  }
  return null;
}

function queueHasFocus(): boolean {
  return document.activeElement?.id === FOCUS_IDS.queue;
}

export const useQueueStore = create<QueueState>()((set, get) => {
  // Bookkeeping that must not trigger renders. The window's epoch moves on with each view switch:
  // answers for an older view are dropped.
  const win = createPagedWindow<number>({ start: 0, end: 50 }, () => ensureVisible());
  let searchToken = 0;
  let cursorOverride: QueueCursor | null = null;
  let revealer: ((index: number) => void) | null = null;

  function pagesFor(start: number, end: number): number[] {
    const first = pageOf(Math.max(0, start - PREFETCH_ROWS));
    const total = get().total;
    let last = pageOf(end + PREFETCH_ROWS);
    if (total !== null) last = Math.min(last, pageOf(Math.max(0, total - 1)));
    const out: number[] = [];
    for (let p = first; p <= last; p++) out.push(p);
    return out;
  }

  function fetchPage(pageIndex: number): Promise<void> {
    const view = get().view;
    return win.load(
      pageIndex,
      () => call('queue.page', { view, offset: pageIndex * PAGE_SIZE, limit: PAGE_SIZE }),
      (page) => applyPage(pageIndex, page),
      (err) => {
        set({ loadFailed: true });
        reportError(translate('queue.error.load'), err);
      },
    );
  }

  function applyPage(pageIndex: number, page: QueuePage): void {
    set((s) => {
      const total = page.total;
      const pages: Record<number, readonly QueueRow[]> = { ...s.pages, [pageIndex]: page.rows };
      const lastPage = total > 0 ? pageOf(total - 1) : -1;
      for (const key of Object.keys(pages)) {
        if (Number(key) > lastPage) delete pages[Number(key)];
      }
      let { selectedIndex, selectedId, scrollSeq } = s;
      // Follow the selected ticket if it moved within the view.
      if (selectedId !== null) {
        const i = page.rows.findIndex((r) => r.id === selectedId);
        const moved = i >= 0 && pageIndex * PAGE_SIZE + i !== selectedIndex;
        if (moved) selectedIndex = pageIndex * PAGE_SIZE + i;
        // The active option of a focused listbox must stay visible (WCAG "focus not obscured").
        if (moved && queueHasFocus()) scrollSeq++;
      }
      if (selectedIndex >= total) selectedIndex = total - 1;
      // Open the first ticket of a freshly loaded view so the pane is never idle.
      if (selectedIndex < 0 && selectedId === null && total > 0) selectedIndex = 0;
      if (selectedId === null && selectedIndex >= 0) selectedId = rowAt(pages, selectedIndex)?.id ?? null;
      evict(pages, selectedIndex);
      return {
        pages,
        total,
        selectedIndex,
        selectedId,
        scrollSeq,
        loadFailed: false,
        counts: { ...s.counts, [s.view]: total },
      };
    });
  }

  function evict(pages: Record<number, readonly QueueRow[]>, selectedIndex: number): void {
    const keys = Object.keys(pages).map(Number);
    if (keys.length <= MAX_CACHED_PAGES) return;
    const center = pageOf((win.visible.start + win.visible.end) / 2);
    const pinned = selectedIndex >= 0 ? pageOf(selectedIndex) : -1;
    keys
      .filter((k) => k !== pinned)
      .sort((a, b) => Math.abs(b - center) - Math.abs(a - center))
      .slice(0, keys.length - MAX_CACHED_PAGES)
      .forEach((k) => delete pages[k]);
  }

  /**
   * After a refresh the selected ticket may have moved to a page that is not loaded (a reply
   * changes its urgency). Main says where it is now (queue.locate) and that page is fetched, so
   * the selection stays on it; if it left the view, the selection stays detached: the pane keeps
   * the ticket and j continues from its old place.
   */
  async function locateSelected(): Promise<void> {
    const token = ++searchToken;
    const gen = win.epoch();
    const { selectedId, total, view } = get();
    if (selectedId === null || total === null || total === 0 || isLoaded(get().pages, selectedId)) return;
    const still = () => token === searchToken && gen === win.epoch() && get().selectedId === selectedId;
    let index: number | null;
    try {
      index = (await call('queue.locate', { view, ticketId: selectedId })).index;
    } catch {
      return; // the selection simply stays detached
    }
    if (!still() || index === null) return;
    const p = pageOf(index);
    if (get().pages[p] === undefined) await fetchPage(p);
    if (!still()) return;
    const found = rowAt(get().pages, index)?.id === selectedId ? index : findLoaded(get().pages, selectedId);
    if (found === null) return;
    set((s) => ({ selectedIndex: found, scrollSeq: queueHasFocus() ? s.scrollSeq + 1 : s.scrollSeq }));
  }

  function ensureVisible(): void {
    const { pages } = get();
    for (const p of pagesFor(win.visible.start, win.visible.end)) {
      if (pages[p] === undefined && !win.loading(p)) void fetchPage(p);
    }
  }

  let countsRunning = false;
  let countsDirty = false;
  async function loadCounts(): Promise<void> {
    if (countsRunning) {
      countsDirty = true;
      return;
    }
    countsRunning = true;
    try {
      const results = await Promise.all(
        QUEUE_VIEWS.map(async (view) => {
          try {
            const page = await call('queue.page', { view, offset: 0, limit: 1 });
            return [view, page.total] as const;
          } catch {
            return null; // counts are decoration; the page fetches report real failures
          }
        }),
      );
      const counts: Partial<Record<QueueView, number>> = { ...get().counts };
      for (const r of results) if (r) counts[r[0]] = r[1];
      set({ counts });
    } finally {
      countsRunning = false;
      if (countsDirty) {
        countsDirty = false;
        void loadCounts();
      }
    }
  }

  return {
    view: 'all',
    total: null,
    pages: {},
    counts: {},
    selectedIndex: -1,
    selectedId: null,
    scrollSeq: 0,
    loadFailed: false,

    start(view) {
      if (view !== undefined && view !== get().view) {
        win.reset();
        set({ view, total: null, pages: {}, selectedIndex: -1, selectedId: null });
      }
      ensureVisible();
      void loadCounts();
    },

    setView(view) {
      if (view === get().view) return;
      win.reset();
      searchToken++;
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
      else if (rowAt(pages, index)?.id !== ticketId) void locateSelected();
    },

    move(delta) {
      if (cursorOverride) {
        cursorOverride.move(delta);
        return;
      }
      const { total, pages, selectedIndex, selectedId } = get();
      if (total === null || total === 0) return;
      let target: number;
      if (selectedIndex < 0) {
        target = 0;
      } else {
        const here = rowAt(pages, selectedIndex);
        // The selected ticket left this slot: the row now there is the "next" one.
        const detached = selectedId !== null && here !== undefined && here.id !== selectedId;
        target = detached && delta > 0 ? selectedIndex + delta - 1 : selectedIndex + delta;
        // Pages fetched on either side of a re-sort can show the selected ticket twice: step over its
        // other copy, or j would land on the ticket already shown.
        const step = delta > 0 ? 1 : -1;
        while (selectedId !== null && rowAt(pages, target)?.id === selectedId && target + step >= 0 && target + step < total) target += step;
      }
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

    revealSelection() {
      set((s) => ({ scrollSeq: s.scrollSeq + 1 }));
    },

    followSelected() {
      const { selectedId, selectedIndex, pages } = get();
      if (selectedId === null) return;
      const at = findLoaded(pages, selectedId);
      if (at === null) {
        void locateSelected();
        return;
      }
      if (at !== selectedIndex) set((s) => ({ selectedIndex: at, scrollSeq: s.scrollSeq + 1 }));
    },

    refresh(changedIds, queueChanged = true) {
      const { pages, selectedIndex, total } = get();
      if (total === null) {
        ensureVisible();
        return;
      }
      const keep = new Set(pagesFor(win.visible.start, win.visible.end));
      if (selectedIndex >= 0) keep.add(pageOf(selectedIndex));
      if (!queueChanged) {
        // Only row contents changed: refetch just the on-screen pages that hold those tickets.
        const ids = new Set(changedIds ?? []);
        const affected = [...keep].filter((p) => pages[p]?.some((r) => ids.has(r.id)));
        for (const p of affected) void fetchPage(p);
        return;
      }
      const kept: Record<number, readonly QueueRow[]> = {};
      for (const p of keep) {
        const rows = pages[p];
        if (rows !== undefined) kept[p] = rows;
      }
      // Off-screen pages are stale now; they are refetched when scrolled to.
      set({ pages: kept });
      // Answers already on their way for dropped pages predate the change.
      win.dropOthers(keep);
      void Promise.all([...keep].map((p) => fetchPage(p))).then(() => locateSelected());
    },

    refreshCounts() {
      void loadCounts();
    },

    retry() {
      set({ loadFailed: false });
      const { total } = get();
      if (total === null) ensureVisible();
      else get().refresh();
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
});
