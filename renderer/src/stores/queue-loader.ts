import type { StoreApi } from 'zustand';
import { QUEUE_VIEWS, type QueueView } from '../../../preload/contract/queue-types';
import { call } from '../bridge';
import { translate } from '../i18n';
import { FOCUS_IDS } from '../keyboard/focus';
import { createPagedWindow, type PagedWindow } from '../lib/paged-window';
import { reportError } from './error-store';
import { findLoaded, isLoaded, PAGE_SIZE, pageOf, pagesAround, rowAt, withPage } from './queue-pages';
import type { QueueState } from './queue-store';

/** What the queue store's actions ask of main: pages, where a ticket went, the per-view counts. */
export interface QueueLoader {
  /** The window's epoch moves on with each view switch: answers for an older view are dropped. */
  readonly win: PagedWindow<number>;
  /** The pages on screen, with their margin. */
  pagesOnScreen(): number[];
  fetchPage(pageIndex: number): Promise<void>;
  /** Fetches the pages on screen not loaded or on their way. */
  ensureVisible(): void;
  locateSelected(): Promise<void>;
  /** A locate on its way no longer counts (another view). */
  forgetLocate(): void;
  loadCounts(): Promise<void>;
}

export function queueHasFocus(): boolean {
  return document.activeElement?.id === FOCUS_IDS.queue;
}

/** The loader's bookkeeping lives in its closure: none of it triggers renders. */
export function createQueueLoader(set: StoreApi<QueueState>['setState'], get: StoreApi<QueueState>['getState']): QueueLoader {
  const win = createPagedWindow<number>({ start: 0, end: 50 }, () => ensureVisible());
  let searchToken = 0;

  const pagesOnScreen = () => pagesAround(win.visible.start, win.visible.end, get().total);

  function fetchPage(pageIndex: number): Promise<void> {
    const view = get().view;
    return win.load(
      pageIndex,
      () => call('queue.page', { view, offset: pageIndex * PAGE_SIZE, limit: PAGE_SIZE }),
      (page) =>
        set((s) => ({
          ...withPage(s, pageIndex, page, win.visible, queueHasFocus),
          loadFailed: false,
          counts: { ...s.counts, [s.view]: page.total },
        })),
      (err) => {
        set({ loadFailed: true });
        reportError(translate('queue.error.load'), err);
      },
    );
  }

  function ensureVisible(): void {
    const { pages } = get();
    for (const p of pagesOnScreen()) {
      if (pages[p] === undefined && !win.loading(p)) void fetchPage(p);
    }
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
    win,
    pagesOnScreen,
    fetchPage,
    ensureVisible,
    locateSelected,
    forgetLocate: () => {
      searchToken++;
    },
    loadCounts,
  };
}
