import { useCallback, type ReactNode } from 'react';
import type { Topic } from '../../../../preload/contract/domain-types';
import { useT } from '../../i18n';
import { FOCUS_IDS, focusRegion } from '../../keyboard/focus';
import { runAction } from '../../keyboard/commands';
import { useQueueStore } from '../../stores/queue-store';
import { QueueSlot, useRowContext, placeholderDomId, rowDomId } from '../../views/QueueRow';
import { useVirtualListbox } from '../../views/useVirtualListbox';
import { itemAt } from '../../lib/group-layout';
import { TopicGroupHeader, groupDomId } from './TopicGroupHeader';
import { rowOf, useTopicGroupStore } from '../../stores/topic-group-store';
import { useGroupKeys } from './useGroupKeys';

const groupCursor = (): number => useTopicGroupStore.getState().cursor;
const groupVisibleRange = (start: number, end: number): void => useTopicGroupStore.getState().setVisibleRange(start, end);

/**
 * The queue grouped by topic: a tree of one header per group, each opening onto its tickets (the
 * queue's own rows, fetched a page at a time for what is on screen). Headers and rows share one
 * virtualised list, so a group of 50,000 tickets costs no more than the rows in view.
 */
export function TopicGroupList({ viewLabel }: { viewLabel: string }) {
  const t = useT();
  const groups = useTopicGroupStore((s) => s.groups);
  const layout = useTopicGroupStore((s) => s.layout);
  const pages = useTopicGroupStore((s) => s.pages);
  const cursor = useTopicGroupStore((s) => s.cursor);
  const scrollSeq = useTopicGroupStore((s) => s.scrollSeq);
  const loadFailed = useTopicGroupStore((s) => s.loadFailed);
  const view = useQueueStore((s) => s.view);
  const shownId = useQueueStore((s) => s.selectedId);
  const rowContext = useRowContext(view);
  const { checkedIds } = rowContext;
  const onKeyDown = useGroupKeys();

  const { scrollRef, items, firstIndex, lastIndex, virtualizer } = useVirtualListbox({
    count: layout.total,
    cursor: groupCursor,
    scrollSeq,
    setVisibleRange: groupVisibleRange,
  });

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

  const cursorItem = itemAt(layout, cursor);
  let activeDescendant: string | undefined;
  if (cursorItem && cursor >= firstIndex && cursor <= lastIndex) {
    const row = rowOf(pages, cursorItem);
    activeDescendant = cursorItem.kind === 'header' ? groupDomId(cursorItem.span.group.topic) : row ? rowDomId(row.id) : placeholderDomId(cursor);
  }

  let status: ReactNode = null;
  if (groups === null && loadFailed) {
    status = (
      <div className="queue-status" role="note">
        <p>{t('topicGroups.list.failed')}</p>
        <button type="button" className="btn" onClick={() => void useTopicGroupStore.getState().reload()}>
          {t('queue.list.retry')}
        </button>
      </div>
    );
  } else if (groups === null) {
    status = <p className="queue-status">{t('topicGroups.list.loading')}</p>;
  } else if (groups.length === 0) {
    status = <p className="queue-status">{t('topicGroups.list.empty')}</p>;
  }

  return (
    <>
      <div
        ref={scrollRef}
        id={FOCUS_IDS.queue}
        className="queue-scroll topic-groups"
        role="tree"
        aria-multiselectable="true"
        tabIndex={0}
        data-testid="topic-groups"
        data-region="queue"
        data-view={view}
        aria-label={t('topicGroups.list.label', { view: viewLabel, count: groups?.length ?? 0, selected: checkedIds.size })}
        aria-activedescendant={activeDescendant}
        aria-busy={groups === null}
        onKeyDown={onKeyDown}
      >
        <div role="presentation" className="queue-sizer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const at = itemAt(layout, item.index);
            if (!at) return null;
            const group = at.span.group;
            if (at.kind === 'header') {
              return (
                <TopicGroupHeader
                  key={`group-${group.topic}`}
                  group={group}
                  index={item.index}
                  groupIndex={at.groupIndex}
                  groupCount={layout.spans.length}
                  start={item.start}
                  selected={item.index === cursor}
                  expanded={at.span.rows > 0}
                  onPick={onPick}
                  onToggle={onToggleGroup}
                  onIncidentReply={onIncidentReply}
                />
              );
            }
            const place = { posInSet: at.position + 1, setSize: group.count, level: 2 };
            return (
              <QueueSlot
                key={item.key}
                row={rowOf(pages, at)}
                index={item.index}
                place={place}
                start={item.start}
                atCursor={item.index === cursor}
                shownId={shownId}
                context={rowContext}
                onPick={onPick}
                onOpen={onOpen}
                onToggle={onToggle}
              />
            );
          })}
        </div>
      </div>
      {status}
    </>
  );
}
