import { create, type StoreApi } from 'zustand';
import type { Topic } from '../../../preload/contract/domain-types';
import type { TopicGroup } from '../../../preload/contract/crisis-types';
import type { QueueView } from '../../../preload/contract/queue-types';
import { call, subscribe } from '../bridge';
import { translate, TOPIC_LABEL } from '../i18n';
import { formatKeys } from '../keyboard/keymap';
import { debounce } from '../lib/debounce';
import { EMPTY_LAYOUT, GROUP_PAGE_SIZE, headerIndex, type GroupLayout } from '../lib/group-layout';
import { announce } from './announce-store';
import { useDialogStore, type Origin } from './dialog-store';
import { reportError } from './error-store';
import { useQueueStore } from './queue-store';
import { keyPlatform, useSettingsStore } from './settings-store';
import { rowOf, type GroupPages } from './topic-group-pages';
import { createGroupWindow, type GroupWindow } from './topic-group-window';

export { rowOf } from './topic-group-pages';

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
  pages: GroupPages;
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

export function topicName(topic: Topic): string {
  return translate(TOPIC_LABEL[topic]);
}

type Set = StoreApi<TopicGroupState>['setState'];
type Get = StoreApi<TopicGroupState>['getState'];
type GroupingActions = Pick<TopicGroupState, 'toggle' | 'reload' | 'toggleExpanded' | 'openIncidentReply'>;
type CursorActions = Pick<TopicGroupState, 'move' | 'moveToEdge' | 'pick' | 'setVisibleRange'>;

/** Grouping on and off, the groups read (again) from main, a group opened or closed, a reply to a group. */
function groupingActions(set: Set, get: Get, w: GroupWindow): GroupingActions {
  const { win } = w;
  let detach: Array<() => void> = [];
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
    toggle() {
      if (get().active) {
        for (const off of detach) off();
        detach = [];
        win.reset();
        w.forget();
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
      w.followCursorTicket();
      // The rows on screen stay until their fresh pages replace them; the others are dropped as stale.
      w.relayout(groups, expanded, { pages: w.visiblePages(), loadFailed: false });
      w.ensureVisible(true);
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
      w.relayout(groups, next);
      set((s) => ({ scrollSeq: s.scrollSeq + 1 }));
      w.ensureVisible();
      const group = groups.find((g) => g.topic === topic);
      announce(translate(open ? 'topicGroups.announce.expanded' : 'topicGroups.announce.collapsed', { topic: topicName(topic), count: group?.count ?? 0 }));
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
}

/** The keyboard's cursor over headers and rows, and the slots on screen. */
function cursorActions(set: Set, get: Get, w: GroupWindow): CursorActions {
  return {
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
      w.stopFollowing();
      set((s) => ({ cursor: index, scrollSeq: opts?.scroll ? s.scrollSeq + 1 : s.scrollSeq }));
      const item = w.cursorItem();
      if (item?.kind === 'row' && rowOf(get().pages, item) === undefined) void w.fetchPage(item.span.group.topic, Math.floor(item.position / GROUP_PAGE_SIZE));
      w.showCursorTicket();
    },

    setVisibleRange(start, end) {
      if (w.win.setVisible(start, end)) w.win.settleSoon();
    },
  };
}

export const useTopicGroupStore = create<TopicGroupState>()((set, get) => {
  const w = createGroupWindow(set, get);
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
    ...groupingActions(set, get, w),
    ...cursorActions(set, get, w),
  };
});
