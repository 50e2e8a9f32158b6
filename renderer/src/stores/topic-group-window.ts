import type { StoreApi } from 'zustand';
import type { Topic } from '../../../preload/contract/domain-types';
import type { TopicGroup } from '../../../preload/contract/crisis-types';
import type { QueueRow } from '../../../preload/contract/queue-types';
import { call } from '../bridge';
import { translate } from '../i18n';
import { GROUP_PAGE_SIZE, headerIndex, itemAt, layoutOf, pageKey, type GroupItem } from '../lib/group-layout';
import { createPagedWindow, type PagedWindow } from '../lib/paged-window';
import { reportError } from './error-store';
import { useQueueStore } from './queue-store';
import { cursorInLayout, groupPagesAround, keptGroupPages, rowOf } from './topic-group-pages';
import type { TopicGroupState } from './topic-group-store';

/** The grouped list's rows, fetched page by page, and the cursor that the ticket pane follows. */
export interface GroupWindow {
  /** The window's epoch moves on with every (re)load: answers for an older layout are dropped. */
  readonly win: PagedWindow<string>;
  cursorItem(): GroupItem | null;
  fetchPage(topic: Topic, page: number): Promise<void>;
  /** Fetches the pages on screen that are missing; with `again`, the loaded ones too (they are stale). */
  ensureVisible(again?: boolean): void;
  /** The pages on screen; the others are dropped as stale. */
  visiblePages(): Record<string, readonly QueueRow[]>;
  relayout(groups: readonly TopicGroup[], expanded: ReadonlySet<Topic>, extra?: Partial<TopicGroupState>): void;
  /** The pane follows the keyboard: the ticket row under the cursor is the ticket shown. */
  showCursorTicket(): void;
  /** The groups are read again: the cursor stays on the ticket under it if that is still there. */
  followCursorTicket(): void;
  /** The cursor was moved on purpose: it no longer follows a ticket. */
  stopFollowing(): void;
  /** Grouping is off: nothing is awaited or followed. */
  forget(): void;
}

/** The window's bookkeeping lives in its closure: none of it triggers renders. */
export function createGroupWindow(set: StoreApi<TopicGroupState>['setState'], get: StoreApi<TopicGroupState>['getState']): GroupWindow {
  const win = createPagedWindow<string>({ start: 0, end: 40 }, () => ensureVisible());
  /** A row the keyboard moved onto before its page had arrived: shown in the pane once it has. */
  let awaitingIndex: number | null = null;
  /** The ticket under the cursor when the groups were read again: the cursor stays on it if it is still there. */
  let followId: string | null = null;

  const cursorItem = (): GroupItem | null => itemAt(get().layout, get().cursor);

  function showCursorTicket(): void {
    const row = rowOf(get().pages, cursorItem());
    awaitingIndex = row || cursorItem()?.kind !== 'row' ? null : get().cursor;
    if (row && useQueueStore.getState().selectedId !== row.id) useQueueStore.getState().showTicket(row.id, null);
  }

  /** After a page arrived: keep the cursor on the ticket it was on, or show the row it was waiting for. */
  function settleCursor(topic: Topic, page: number, rows: readonly QueueRow[]): void {
    if (followId !== null) {
      const at = rows.findIndex((r) => r.id === followId);
      const header = headerIndex(get().layout, topic);
      if (at >= 0 && header !== null) {
        followId = null;
        set({ cursor: header + 1 + page * GROUP_PAGE_SIZE + at });
        return;
      }
    }
    if (awaitingIndex !== null && awaitingIndex === get().cursor) showCursorTicket();
  }

  function fetchPage(topic: Topic, page: number): Promise<void> {
    const key = pageKey(topic, page);
    const view = get().view;
    if (view === null) return Promise.resolve();
    return win.load(
      key,
      () => call('queue.topicPage', { view, topic, offset: page * GROUP_PAGE_SIZE, limit: GROUP_PAGE_SIZE }),
      (result) => {
        set((s) => ({ pages: keptGroupPages({ ...s.pages, [key]: result.rows }, get().layout, win.visible) }));
        // The group shrank or grew since its count was read: the layout follows the rows.
        const group = get().groups?.find((g) => g.topic === topic);
        if (group && group.count !== result.total) relayout(get().groups!.map((g) => (g.topic === topic ? { ...g, count: result.total } : g)), get().expanded);
        settleCursor(topic, page, result.rows);
      },
      (err) => reportError(translate('topicGroups.error.rows'), err),
      true,
    );
  }

  function ensureVisible(again = false): void {
    const { layout, pages } = get();
    for (const { topic, page } of groupPagesAround(layout, win.visible)) {
      if (again || pages[pageKey(topic, page)] === undefined) void fetchPage(topic, page);
    }
  }

  function relayout(groups: readonly TopicGroup[], expanded: ReadonlySet<Topic>, extra: Partial<TopicGroupState> = {}): void {
    const layout = layoutOf(groups, expanded);
    const cursor = cursorInLayout(cursorItem(), layout, get().cursor);
    set({ groups, expanded, layout, cursor, ...extra });
  }

  return {
    win,
    cursorItem,
    fetchPage,
    ensureVisible,
    visiblePages: () => keptGroupPages(get().pages, get().layout, win.visible, true),
    relayout,
    showCursorTicket,
    followCursorTicket() {
      followId = rowOf(get().pages, cursorItem())?.id ?? null;
    },
    stopFollowing() {
      followId = null;
    },
    forget() {
      awaitingIndex = null;
      followId = null;
    },
  };
}
