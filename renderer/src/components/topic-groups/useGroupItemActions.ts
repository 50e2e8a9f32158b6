import { useCallback } from 'react';
import type { Topic } from '../../../../preload/contract/domain-types';
import { runAction } from '../../keyboard/commands';
import { FOCUS_IDS, focusRegion } from '../../keyboard/focus';
import { useTopicGroupStore } from '../../stores/topic-group-store';

/** What the mouse does on the grouped list's rows and headers; stable, so the rows do not re-render for them. */
export function useGroupItemActions() {
  const onPick = useCallback((index: number) => {
    useTopicGroupStore.getState().pick(index);
    focusRegion('queue');
  }, []);
  const onOpen = useCallback((index: number) => {
    useTopicGroupStore.getState().pick(index);
    focusRegion('ticket');
  }, []);
  const onToggle = useCallback((index: number) => {
    useTopicGroupStore.getState().pick(index);
    focusRegion('queue');
    runAction('selection.toggle', { context: 'queue', element: document.activeElement });
  }, []);
  const onToggleGroup = useCallback((topic: Topic) => useTopicGroupStore.getState().toggleExpanded(topic), []);
  const onIncidentReply = useCallback((topic: Topic) => {
    void useTopicGroupStore.getState().openIncidentReply(topic, { context: 'queue', element: document.getElementById(FOCUS_IDS.queue) });
  }, []);
  return { onPick, onOpen, onToggle, onToggleGroup, onIncidentReply };
}
