import { useT } from '../../i18n';
import { useQueueStore } from '../../stores/queue-store';
import { QueueSlot, useRowContext, placeholderDomId, rowDomId } from '../../views/QueueRow';
import { QueueScroll } from '../../views/QueueScroll';
import { useVirtualListbox } from '../../views/useVirtualListbox';
import { itemAt } from '../../lib/group-layout';
import { TopicGroupHeader, groupDomId } from './TopicGroupHeader';
import { rowOf, useTopicGroupStore } from '../../stores/topic-group-store';
import { TopicGroupListStatus } from './TopicGroupListStatus';
import { useGroupItemActions } from './useGroupItemActions';
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
  const { rows, onToggleGroup, onIncidentReply } = useGroupItemActions();
  const rowContext = useRowContext(view, rows);
  const onKeyDown = useGroupKeys();

  const { scrollRef, items, firstIndex, lastIndex, virtualizer } = useVirtualListbox({
    count: layout.total,
    cursor: groupCursor,
    scrollSeq,
    setVisibleRange: groupVisibleRange,
  });

  const cursorItem = itemAt(layout, cursor);
  let activeDescendant: string | undefined;
  if (cursorItem && cursor >= firstIndex && cursor <= lastIndex) {
    const row = rowOf(pages, cursorItem);
    activeDescendant = cursorItem.kind === 'header' ? groupDomId(cursorItem.span.group.topic) : row ? rowDomId(row.id) : placeholderDomId(cursor);
  }

  return (
    <>
      <QueueScroll
        scrollRef={scrollRef}
        role="tree"
        className="queue-scroll topic-groups"
        testId="topic-groups"
        view={view}
        label={t('topicGroups.list.label', { view: viewLabel, count: groups?.length ?? 0, selected: rowContext.checkedIds.size })}
        activeDescendant={activeDescendant}
        busy={groups === null}
        totalSize={virtualizer.getTotalSize()}
        onKeyDown={onKeyDown}
      >
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
                onPick={rows.onPick}
                onToggle={onToggleGroup}
                onIncidentReply={onIncidentReply}
              />
            );
          }
          const place = { posInSet: at.position + 1, setSize: group.count, level: 2 };
          return <QueueSlot key={item.key} item={item} row={rowOf(pages, at)} place={place} atCursor={item.index === cursor} context={rowContext} />;
        })}
      </QueueScroll>
      <TopicGroupListStatus groups={groups} loadFailed={loadFailed} />
    </>
  );
}
