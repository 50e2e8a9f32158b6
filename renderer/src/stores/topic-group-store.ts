import { create } from 'zustand';
import type { Topic } from '../../../preload/contract/domain-types';
import type { TopicGroup } from '../../../preload/contract/crisis-types';
import type { QueueRow, QueueView } from '../../../preload/contract/queue-types';
import { call, subscribe } from '../bridge';
import { translate } from '../i18n';
import { formatKeys } from '../keyboard/keymap';
import { debounce } from '../lib/debounce';
import { EMPTY_LAYOUT, GROUP_PAGE_SIZE, headerIndex, itemAt, layoutOf, pageKey, pagesInRange, type GroupItem, type GroupLayout } from '../lib/group-layout';
import { createPagedWindow } from '../lib/paged-window';
import { announce } from './announce-store';
import { useDialogStore, type Origin } from './dialog-store';
import { reportError } from './error-store';
import { useQueueStore } from './queue-store';
import { keyPlatform, useSettingsStore } from './settings-store';

/** Group pages beyond the visible ones are dropped past this: bounded memory however much is expanded. */
const MAX_CACHED_PAGES = 40;
/** Slots fetched beyond the visible range, so slow scrolling never shows placeholders. */
const PREFETCH_SLOTS = 30;

type Pages = Readonly<Record<string, readonly QueueRow[]>>;

/** The group an incident reply is being written for: the macro picker words itself after it. */
export interface IncidentReply {
  topic: Topic;
  /** What the picker was opened with (the same array: that is how the picker recognises it). */
  ticketIds: readonly string[];
  /** The group's size; more than ticketIds when one reply cannot take them all. */
  groupSize: number;
}

export interface TopicGroupState {
  /** The queue is shown grouped by topic. */
  active: boolean;
  view: QueueView | null;
  /** null until the groups of the view have arrived. */
  groups: readonly TopicGroup[] | null;
  loadFailed: boolean;
  expanded: ReadonlySet<Topic>;
  layout: GroupLayout;
  /** Loaded rows by pageKey(topic, page). */
  pages: Pages;
  /** Flat index of the header or row the keyboard is on. */
  cursor: number;
  /** Bumped when the list should scroll the cursor into view. */
  scrollSeq: number;
  incident: IncidentReply | null;

  toggle(): void;
  reload(): Promise<void>;
  toggleExpanded(topic: Topic, expand?: boolean): void;
  move(delta: number): void;
  moveToEdge(edge: 'first' | 'last'): void;
  pick(index: number, opts?: { scroll?: boolean }): void;
  setVisibleRange(start: number, end: number): void;
  openIncidentReply(topic: Topic, origin: Origin): Promise<void>;
}

export function rowOf(pages: Pages, item: GroupItem | null): QueueRow | undefined {
  if (!item || item.kind !== 'row') return undefined;
  return pages[pageKey(item.span.group.topic, Math.floor(item.position / GROUP_PAGE_SIZE))]?.[item.position % GROUP_PAGE_SIZE];
}

export function topicName(topic: Topic): string {
  return translate(`topic.${topic}`);
}

export const useTopicGroupStore = create<TopicGroupState>()((set, get) => {
  // Bookkeeping that must not trigger renders. The window's epoch moves on with every (re)load:
  // answers for an older layout are dropped.
  const win = createPagedWindow<string>({ start: 0, end: 40 }, () => ensureVisible());
  let detach: Array<() => void> = [];
  /** A row the keyboard moved onto before its page had arrived: shown in the pane once it has. */
  let awaitingIndex: number | null = null;
  /** The ticket under the cursor when the groups were read again: the cursor stays on it if it is still there. */
  let followId: string | null = null;

  const cursorItem = (): GroupItem | null => itemAt(get().layout, get().cursor);

  /** The pane follows the keyboard: the ticket row under the cursor is the ticket shown. */
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
        set((s) => ({ pages: evict({ ...s.pages, [key]: result.rows }) }));
        // The group shrank or grew since its count was read: the layout follows the rows.
        const group = get().groups?.find((g) => g.topic === topic);
        if (group && group.count !== result.total) replaceGroups(get().groups!.map((g) => (g.topic === topic ? { ...g, count: result.total } : g)));
        settleCursor(topic, page, result.rows);
      },
      (err) => reportError(translate('topicGroups.error.rows'), err),
      true,
    );
  }

  function evict(pages: Pages, onlyVisible = false): Record<string, readonly QueueRow[]> {
    const keys = Object.keys(pages);
    if (!onlyVisible && keys.length <= MAX_CACHED_PAGES) return { ...pages };
    const { start, end } = win.visible;
    const wanted = new Set(pagesInRange(get().layout, start - PREFETCH_SLOTS, end + PREFETCH_SLOTS).map((p) => pageKey(p.topic, p.page)));
    const kept: Record<string, readonly QueueRow[]> = {};
    for (const key of keys) if (wanted.has(key)) kept[key] = pages[key]!;
    return kept;
  }

  /** Fetches the pages on screen that are missing; with `again`, the loaded ones too (they are stale). */
  function ensureVisible(again = false): void {
    const { layout, pages } = get();
    const { start, end } = win.visible;
    for (const { topic, page } of pagesInRange(layout, start - PREFETCH_SLOTS, end + PREFETCH_SLOTS)) {
      if (again || pages[pageKey(topic, page)] === undefined) void fetchPage(topic, page);
    }
  }

  /** New groups or a new expansion: the cursor stays on the same header, or the same place in its group. */
  function relayout(groups: readonly TopicGroup[], expanded: ReadonlySet<Topic>, extra: Partial<TopicGroupState> = {}): void {
    const before = cursorItem();
    const layout = layoutOf(groups, expanded);
    let cursor = 0;
    if (before) {
      const header = headerIndex(layout, before.span.group.topic);
      if (header !== null) {
        const span = layout.spans.find((s) => s.start === header)!;
        cursor = before.kind === 'header' || span.rows === 0 ? header : header + 1 + Math.min(before.position, span.rows - 1);
      } else {
        cursor = Math.min(get().cursor, Math.max(0, layout.total - 1));
      }
    }
    set({ groups, expanded, layout, cursor, ...extra });
  }

  function replaceGroups(groups: readonly TopicGroup[]): void {
    relayout(groups, get().expanded);
  }

  // Live changes: counts and rows are read again, a burst at a time.
  const reloadSoon = debounce(() => void get().reload(), 300, 2000);

  function attach(): void {
    detach.push(
      useQueueStore.getState().overrideCursor({ move: (delta) => get().move(delta), moveToEdge: (edge) => get().moveToEdge(edge) }),
      subscribe('tickets.changed', ({ ticketIds, queueChanged }) => {
        const { pages } = get();
        const shown = new Set(Object.values(pages).flatMap((rows) => rows.map((r) => r.id)));
        if (queueChanged || ticketIds.some((id) => shown.has(id))) reloadSoon();
      }),
      useQueueStore.subscribe((s, prev) => {
        if (s.view === prev.view) return;
        // Another view: its groups start closed, at the top.
        set((g) => ({ view: s.view, groups: null, expanded: new Set(), layout: EMPTY_LAYOUT, pages: {}, cursor: 0, scrollSeq: g.scrollSeq + 1, loadFailed: false }));
        void get().reload();
      }),
    );
  }

  return {
    active: false,
    view: null,
    groups: null,
    loadFailed: false,
    expanded: new Set(),
    layout: EMPTY_LAYOUT,
    pages: {},
    cursor: 0,
    scrollSeq: 0,
    incident: null,

    toggle() {
      if (get().active) {
        for (const off of detach) off();
        detach = [];
        win.reset();
        awaitingIndex = null;
        followId = null;
        reloadSoon.cancel();
        win.settleSoon.cancel();
        set({ active: false, groups: null, layout: EMPTY_LAYOUT, pages: {}, loadFailed: false });
        // Back to the list, on the ticket chosen among the groups.
        useQueueStore.getState().followSelected();
        announce(translate('topicGroups.announce.off'));
        return;
      }
      set({ active: true, view: useQueueStore.getState().view, groups: null, layout: EMPTY_LAYOUT, pages: {}, cursor: 0, loadFailed: false });
      attach();
      void get()
        .reload()
        .then(() => {
          const groups = get().groups;
          const keys = (id: 'ticket.open' | 'macro.open') => formatKeys(useSettingsStore.getState().bindings[id], keyPlatform);
          if (get().active && groups) announce(translate('topicGroups.announce.on', { count: groups.length, openKeys: keys('ticket.open'), replyKeys: keys('macro.open') }));
        });
    },

    async reload() {
      const view = get().view;
      if (view === null) return;
      const gen = win.reset();
      let groups: TopicGroup[];
      try {
        groups = (await call('queue.topicGroups', { view })).groups;
      } catch (err) {
        if (gen !== win.epoch()) return;
        set({ loadFailed: true });
        reportError(translate('topicGroups.error.groups'), err);
        return;
      }
      if (gen !== win.epoch() || !get().active) return;
      const present = new Set(groups.map((g) => g.topic));
      const expanded = new Set([...get().expanded].filter((t) => present.has(t)));
      followId = rowOf(get().pages, cursorItem())?.id ?? null;
      // The rows on screen stay until their fresh pages replace them; the others are dropped as stale.
      relayout(groups, expanded, { pages: evict(get().pages, true), loadFailed: false });
      ensureVisible(true);
    },

    toggleExpanded(topic, expand) {
      const { groups, expanded } = get();
      if (!groups) return;
      const open = expand ?? !expanded.has(topic);
      if (open === expanded.has(topic)) return;
      const next = new Set(expanded);
      if (open) next.add(topic);
      else next.delete(topic);
      const cursor = headerIndex(get().layout, topic);
      // The cursor goes to the header first, so collapsing never leaves it inside the closed group.
      if (cursor !== null) set({ cursor });
      relayout(groups, next);
      set((s) => ({ scrollSeq: s.scrollSeq + 1 }));
      ensureVisible();
      const group = groups.find((g) => g.topic === topic);
      announce(translate(open ? 'topicGroups.announce.expanded' : 'topicGroups.announce.collapsed', { topic: topicName(topic), count: group?.count ?? 0 }));
    },

    move(delta) {
      const { layout, cursor } = get();
      if (layout.total === 0) return;
      // Scrolling is the keyboard handler's (it reveals the cursor before React re-renders).
      get().pick(Math.min(layout.total - 1, Math.max(0, cursor + delta)));
    },

    moveToEdge(edge) {
      const { layout } = get();
      if (layout.total === 0) return;
      get().pick(edge === 'first' ? 0 : layout.total - 1);
    },

    pick(index, opts) {
      const { layout } = get();
      if (index < 0 || index >= layout.total) return;
      followId = null;
      set((s) => ({ cursor: index, scrollSeq: opts?.scroll ? s.scrollSeq + 1 : s.scrollSeq }));
      const item = cursorItem();
      if (item?.kind === 'row' && rowOf(get().pages, item) === undefined) void fetchPage(item.span.group.topic, Math.floor(item.position / GROUP_PAGE_SIZE));
      showCursorTicket();
    },

    setVisibleRange(start, end) {
      if (win.setVisible(start, end)) win.settleSoon();
    },

    async openIncidentReply(topic, origin) {
      const { view, groups } = get();
      const group = groups?.find((g) => g.topic === topic);
      if (view === null || !group) return;
      let ticketIds: string[];
      try {
        ticketIds = (await call('queue.topicTickets', { view, topic })).ticketIds;
      } catch (err) {
        reportError(translate('topicGroups.error.tickets'), err);
        return;
      }
      if (ticketIds.length === 0) {
        announce(translate('topicGroups.announce.empty', { topic: topicName(topic) }));
        return;
      }
      set({ incident: { topic, ticketIds, groupSize: Math.max(group.count, ticketIds.length) } });
      useDialogStore.getState().show('macros', origin, ticketIds, true, group.suggestedMacroId);
    },
  };
});
