import { useCallback } from 'react';
import type { Topic } from '../../../../preload/contract/domain-types';
import { FOCUS_IDS } from '../../keyboard/focus';
import { useTopicGroupStore } from '../../stores/topic-group-store';
import { useRowActions } from '../../views/useRowActions';

const pickGroupItem = (index: number): void => useTopicGroupStore.getState().pick(index);

/** What the mouse does on the grouped list's rows and headers; stable, so the rows do not re-render for them. */
export function useGroupItemActions() {
  const rows = useRowActions(pickGroupItem);
  const onToggleGroup = useCallback((topic: Topic) => useTopicGroupStore.getState().toggleExpanded(topic), []);
  const onIncidentReply = useCallback((topic: Topic) => {
    void useTopicGroupStore.getState().openIncidentReply(topic, { context: 'queue', element: document.getElementById(FOCUS_IDS.queue) });
  }, []);
  return { rows, onToggleGroup, onIncidentReply };
}
