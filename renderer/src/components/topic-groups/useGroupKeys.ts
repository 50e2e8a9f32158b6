import { useMemo, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { createKeybindingsHandler, type KeybindingsMap } from 'tinykeys';
import { translate } from '../../i18n';
import { parseCombo } from '../../keyboard/clashes';
import type { ActionId } from '../../keyboard/keymap';
import { announce } from '../../stores/announce-store';
import { useQueueStore } from '../../stores/queue-store';
import { useSelectionStore } from '../../stores/selection-store';
import { keyPlatform, useSettingsStore } from '../../stores/settings-store';
import { headerIndex, itemAt, type GroupItem } from '../../lib/group-layout';
import { rowOf, useTopicGroupStore } from '../../stores/topic-group-store';

type HeaderItem = Extract<GroupItem, { kind: 'header' }>;

const groups = () => useTopicGroupStore.getState();

/**
 * The keys that mean something else on a group header than on a ticket: Enter or Space opens and
 * closes the group, the macro key writes the group's incident reply, → and ← open, close and climb
 * back to the header (as in any tree). On a ticket row these keys are left to the desk's own
 * handler, which runs after this one; j/k reach the groups through the queue's cursor.
 */
export function useGroupKeys(): (e: ReactKeyboardEvent<HTMLElement>) => void {
  const bindings = useSettingsStore((s) => s.bindings);
  return useMemo(() => {
    const current = (): GroupItem | null => itemAt(groups().layout, groups().cursor);
    /** Runs `act` when the cursor is on a header; otherwise the key goes on to the desk. */
    const onHeader = (act: (item: HeaderItem, e: KeyboardEvent) => void) => (e: KeyboardEvent) => {
      const item = current();
      if (item?.kind !== 'header') return;
      e.preventDefault();
      if (!e.repeat) act(item, e);
    };
    const extend = (delta: 1 | -1) => (e: KeyboardEvent) => {
      e.preventDefault();
      const { layout, cursor, pages } = groups();
      const view = useQueueStore.getState().view;
      const from = rowOf(pages, itemAt(layout, cursor));
      if (from) useSelectionStore.getState().add([from.id], view);
      groups().pick(Math.min(layout.total - 1, Math.max(0, cursor + delta)), { scroll: true });
      const to = rowOf(groups().pages, current());
      if (to) useSelectionStore.getState().add([to.id], view);
      announce(translate('topicGroups.announce.selected', { count: useSelectionStore.getState().ids.size }));
    };

    const map: KeybindingsMap = {};
    const bind = (id: ActionId, handler: (e: KeyboardEvent) => void) => {
      for (const combo of bindings[id]) if (parseCombo(combo, keyPlatform)) map[combo] = handler;
    };
    const toggle = onHeader((item) => groups().toggleExpanded(item.span.group.topic));
    bind('ticket.open', toggle);
    bind('macro.open', onHeader((item, e) => void groups().openIncidentReply(item.span.group.topic, { context: 'queue', element: e.target instanceof Element ? e.target : null })));
    bind('selection.toggle', onHeader(() => announce(translate('topicGroups.announce.headerNotSelectable'))));
    bind('selection.extendDown', extend(1));
    bind('selection.extendUp', extend(-1));
    map.Space = (e) => {
      // On a row Space does nothing, but it must not scroll the list away from the cursor either.
      e.preventDefault();
      toggle(e);
    };
    map.ArrowRight = onHeader((item) => groups().toggleExpanded(item.span.group.topic, true));
    map.ArrowLeft = (e) => {
      const item = current();
      if (!item) return;
      e.preventDefault();
      if (item.kind === 'header') groups().toggleExpanded(item.span.group.topic, false);
      else groups().pick(headerIndex(groups().layout, item.span.group.topic) ?? 0, { scroll: true });
    };
    const handler = createKeybindingsHandler(map, { ignore: () => false });
    return (e) => {
      // Only keys aimed at the tree itself: a button inside keeps its own Enter and Space.
      if (e.target !== e.currentTarget || e.nativeEvent.defaultPrevented) return;
      handler(e.nativeEvent);
    };
  }, [bindings]);
}
